import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const probe = fileURLToPath(new URL('./fixtures/hostZoneProbe.ts', import.meta.url));
const ZONES = ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Kolkata'] as const;
/** Minutes `getTimezoneOffset()` gives on 2026-01-01 in each zone: proof the child really ran there. */
const EXPECTED_OFFSETS: Record<(typeof ZONES)[number], number> = {
  UTC: 0,
  'Pacific/Kiritimati': -840,
  'America/Los_Angeles': 480,
  'Asia/Kolkata': -330,
};

interface ProbeOutput {
  hostZone: string;
  hostOffsetMinutes: number;
  rows: Record<string, string>[];
}

/** Runs the probe in a fresh Node process whose host time zone is `zone`. */
function runIn(zone: string): ProbeOutput {
  const output = execFileSync(process.execPath, ['--import', 'tsx', probe], {
    env: { ...process.env, TZ: zone },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(output) as ProbeOutput;
}

describe('dates under different host time zones', () => {
  const outputs = ZONES.map((zone) => ({ zone, output: runIn(zone) }));

  it('really runs each probe in its host zone', () => {
    for (const { zone, output } of outputs) {
      // ICU may report a zone by its older canonical alias (Asia/Kolkata as Asia/Calcutta).
      expect(zone === 'Asia/Kolkata' ? ['Asia/Kolkata', 'Asia/Calcutta'] : [zone]).toContain(output.hostZone);
      expect(output.hostOffsetMinutes).toBe(EXPECTED_OFFSETS[zone]);
    }
  });

  it('decodes and formats dates identically in every host zone', () => {
    const [first, ...rest] = outputs;
    for (const { output } of rest) expect(output.rows).toEqual(first!.output.rows);
  });

  it('gives the right instants and calendar days whatever the host zone', () => {
    for (const { output } of outputs) {
      expect(output.rows).toEqual([
        {
          day: '2026-01-01',
          at: '2025-12-31T19:00:00.000Z',
          nyAt: '2026-03-08T07:00:00.000Z',
          bucket: '2026-11-01T00:00:00.000Z',
          dayText: 'Jan 1, 2026',
          dayTextHostFormatters: 'Jan 1, 2026',
          dayBucket: 'Jan 2026',
          atText: 'Dec 31, 2025, 7:00 PM',
          nyText: 'Mar 8, 2026',
          hourBucket: 'Nov 1, 12:00 AM',
        },
        {
          day: '2026-12-31',
          at: '2026-12-31T18:29:59.000Z',
          nyAt: '2026-11-01T05:30:00.000Z',
          bucket: '2026-11-23T23:00:00.000Z',
          dayText: 'Dec 31, 2026',
          dayTextHostFormatters: 'Dec 31, 2026',
          dayBucket: 'Dec 2026',
          atText: 'Dec 31, 2026, 6:29 PM',
          nyText: 'Nov 1, 2026',
          hourBucket: 'Nov 23, 11:00 PM',
        },
      ]);
    }
  });
});
