import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Granularity } from '../../../src/core/queries/timeBucket';
import { timeBucketExpression } from '../../../src/core/queries/timeBucket';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/**
 * The buckets ClickHouse itself puts every minute of a window in (the same SQL the named queries
 * use), as ISO instants: what `listTimeBuckets` must agree with.
 */
async function engineBuckets(from: string, to: string, granularity: Granularity, timeZone: string): Promise<string[]> {
  const minutes = (Date.parse(to) - Date.parse(from)) / 60_000;
  const bucket = timeBucketExpression('ts', granularity, timeZone);
  const sql = `SELECT DISTINCT toUnixTimestamp(${bucket}) AS start
FROM (SELECT toDateTime('${from.slice(0, 19).replace('T', ' ')}', 'UTC') + toIntervalMinute(arrayJoin(range(${Math.ceil(minutes / 15)})) * 15) AS ts)
ORDER BY start`;
  const body = await queryRows(emulator, sql);
  return body.rows.map((row) => new Date(Number(row[0]) * 1000).toISOString());
}

describe('listTimeBuckets agrees with the engine', () => {
  const cases: [string, string, Granularity, string][] = [
    ['2026-03-01T05:00:00Z', '2026-03-15T04:00:00Z', 'day', 'America/New_York'],
    ['2026-10-25T04:00:00Z', '2026-11-08T05:00:00Z', 'day', 'America/New_York'],
    ['2026-03-07T05:00:00Z', '2026-03-10T04:00:00Z', 'hour', 'America/New_York'],
    ['2026-10-31T04:00:00Z', '2026-11-03T05:00:00Z', 'hour', 'America/New_York'],
    ['2026-09-01T00:00:00Z', '2026-12-01T00:00:00Z', 'week', 'Europe/Berlin'],
    ['2025-12-01T00:00:00Z', '2026-12-01T00:00:00Z', 'month', 'Asia/Kolkata'],
  ];
  it.each(cases)('%s to %s by %s in %s', async (from, to, granularity, timeZone) => {
    const ours = listTimeBuckets({ from: new Date(from), to: new Date(to), granularity, timeZone }).map((date) => date.toISOString());
    expect(ours).toEqual(await engineBuckets(from, to, granularity, timeZone));
  });
});
