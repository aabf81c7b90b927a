import { describe, expect, it } from 'vitest';
import { ANALYTICS_VIEWS } from '../../src/core/views';
import { queryRows, startTestEmulator, TEST_ANCHOR_DATE } from '../support/emulator';
import type { TestEmulator } from '../support/emulator';
import { startEmulator } from '../../src/emulator/startEmulator';
import type { EmulatorOptions } from '../../src/emulator/startEmulator';

/** A fingerprint of every view of both organizations: row count and an order-free hash of all rows. */
async function fingerprint(options: EmulatorOptions = {}): Promise<Record<string, string>> {
  // startEmulator itself, not the test helper: each run must generate, not copy a seeded directory.
  const emulator = await startEmulator({ scale: 'tiny', seed: 42, anchorDate: TEST_ANCHOR_DATE, ...options });
  expect(emulator.reusedData).toBe(false);
  return fingerprintOf(emulator);
}

async function fingerprintOf(emulator: TestEmulator): Promise<Record<string, string>> {
  try {
    const prints: Record<string, string> = {};
    for (const org of emulator.orgs) {
      for (const view of ANALYTICS_VIEWS) {
        const body = await queryRows(emulator, `SELECT count(), sum(cityHash64(formatRow('TSV', *))) FROM ${view.name}`, org.apiKey);
        prints[`${org.id}.${view.name}`] = `${String(body.rows[0]?.[0])}:${String(body.rows[0]?.[1])}`;
      }
    }
    return prints;
  } finally {
    await emulator.close();
  }
}

describe('seed determinism', () => {
  it('gives the same rows in every view for the same seed and anchor, and different rows for another seed', async () => {
    const first = await fingerprint();
    const again = await fingerprint();
    expect(again).toEqual(first);
    expect(Object.keys(first)).toHaveLength(30);
    for (const [name, print] of Object.entries(first)) expect({ name, empty: print.startsWith('0:') }).toEqual({ name, empty: false });

    // The test helper's copies of a shared seeded directory hold exactly the generated data.
    const copied = await startTestEmulator();
    expect(copied.reusedData).toBe(true);
    expect(await fingerprintOf(copied)).toEqual(first);

    const other = await fingerprint({ seed: 43 });
    expect(other['org_acme.fact_signal']).not.toBe(first['org_acme.fact_signal']);
    expect(other['org_acme.fact_invoice']).not.toBe(first['org_acme.fact_invoice']);
  });
});

describe('an instant anchor', () => {
  it('writes nothing later than the instant (floored to the minute), and the same day up to it', async () => {
    const emulator = await startEmulator({ scale: 'tiny', seed: 42, anchorDate: new Date('2026-11-20T09:30:45.500Z') });
    try {
      expect({ date: emulator.anchorDate, time: emulator.anchorTime }).toEqual({ date: '2026-11-20', time: '2026-11-20T09:30:00.000Z' });
      const now = "toDateTime64('2026-11-20 09:30:00', 3, 'UTC')";
      for (const org of emulator.orgs) {
        for (const view of ANALYTICS_VIEWS) {
          const body = await queryRows(emulator, `SELECT count() FROM ${view.name} WHERE created_at > ${now}`, org.apiKey);
          expect({ org: org.id, view: view.name, later: body.rows[0]?.[0] }).toEqual({ org: org.id, view: view.name, later: '0' });
        }
        const paid = await queryRows(emulator, `SELECT count() FROM fact_payment WHERE paid_at > ${now}`, org.apiKey);
        expect(paid.rows[0]?.[0]).toBe('0');
      }
      const today = await queryRows(emulator, "SELECT count() FROM fact_signal WHERE toDate(created_at) = '2026-11-20'");
      expect(Number(today.rows[0]?.[0])).toBeGreaterThan(0);
    } finally {
      await emulator.close();
    }
  });
});
