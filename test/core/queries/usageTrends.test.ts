import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usageSummary } from '../../../src/core/queries/usageSummary';
import { timeBucketExpression } from '../../../src/core/queries/timeBucket';
import { usageTrends } from '../../../src/core/queries/usageTrends';
import type { UsageTrendsRow } from '../../../src/core/queries/usageTrends';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { instantSql, literal, runNamedQuery, runSql, sumBigInt, wallClock, weekday } from './namedQueryHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const FROM = '2026-09-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';

/** Signals per name in [from, to), computed independently, most first. */
async function countsByName(from: string, to: string, extra = '1'): Promise<Map<string, bigint>> {
  const rows = await runSql<{ name: string; n: bigint }>(
    emulator,
    `SELECT toString(signal_name) AS name, count() AS n FROM fact_signal
     WHERE toUnixTimestamp64Milli(created_at) BETWEEN toUnixTimestamp64Milli(${instantSql(from)})
       AND toUnixTimestamp64Milli(${instantSql(to)}) - 1 AND ${extra}
     GROUP BY name`,
  );
  return new Map(rows.map((r) => [r.name, r.n]));
}

function totalsBySeries(rows: readonly UsageTrendsRow[]): Map<string, bigint> {
  const totals = new Map<string, bigint>();
  for (const row of rows) {
    const key = row.is_other ? '(other)' : row.series;
    totals.set(key, (totals.get(key) ?? 0n) + row.signals);
  }
  return totals;
}

describe('usage-trends on the engine', () => {
  it('sums to the window total, with the top N names as series and the rest as "other"', async () => {
    const rows = await runNamedQuery(emulator, usageTrends, { from: FROM, to: TO, topN: 3 });
    const byName = await countsByName(FROM, TO);
    expect(byName.size).toBeGreaterThan(3);
    const total = sumBigInt([...byName.values()]);
    expect(total).toBeGreaterThan(0n);
    expect(sumBigInt(rows.map((r) => r.signals))).toBe(total);

    const ranked = [...byName.entries()].sort((a, b) => (a[1] === b[1] ? (a[0] < b[0] ? -1 : 1) : a[1] > b[1] ? -1 : 1));
    const top = ranked.slice(0, 3);
    const series = totalsBySeries(rows);
    for (const [name, count] of top) expect(series.get(name)).toBe(count);
    expect(series.get('(other)')).toBe(sumBigInt(ranked.slice(3).map(([, n]) => n)));
    expect(series.size).toBe(4);
    for (const row of rows) {
      expect(typeof row.signals).toBe('bigint');
      expect(row.bucket).toBeInstanceOf(Date);
      if (row.is_other) expect(row.series).toBe('');
    }
  });

  it('has no "other" series when the top N covers every name', async () => {
    const rows = await runNamedQuery(emulator, usageTrends, { from: FROM, to: TO, topN: 20 });
    const byName = await countsByName(FROM, TO);
    expect(rows.some((r) => r.is_other)).toBe(false);
    expect(totalsBySeries(rows)).toEqual(byName);
  });

  it.each(['Asia/Kolkata', 'America/New_York'])('starts daily buckets at midnight in %s, each holding that local day', async (timeZone) => {
    // The window spans the end of US daylight saving time (2026-11-01).
    const from = '2026-10-20T00:00:00.000Z';
    const to = '2026-11-10T00:00:00.000Z';
    const rows = await runNamedQuery(emulator, usageTrends, { from, to, granularity: 'day', timeZone, topN: 20 });
    expect(rows.length).toBeGreaterThan(0);
    const perBucket = new Map<string, bigint>();
    for (const row of rows) {
      expect(wallClock(row.bucket, timeZone).endsWith(' 00:00')).toBe(true);
      const day = wallClock(row.bucket, timeZone).slice(0, 10);
      perBucket.set(day, (perBucket.get(day) ?? 0n) + row.signals);
    }
    const independent = await runSql<{ day: string; n: bigint }>(
      emulator,
      `SELECT toString(toDate(created_at, ${literal(timeZone)})) AS day, count() AS n FROM fact_signal
       WHERE created_at >= ${instantSql(from)} AND created_at < ${instantSql(to)} GROUP BY day`,
    );
    expect(perBucket).toEqual(new Map(independent.map((r) => [r.day, r.n])));
    if (timeZone === 'America/New_York') {
      const offsets = new Set(rows.map((r) => r.bucket.getUTCHours()));
      expect(offsets).toEqual(new Set([4, 5])); // EDT midnights, then EST midnights
    }
  });

  it('starts weekly buckets on Monday and monthly buckets on the 1st, local time', async () => {
    const timeZone = 'Europe/Berlin';
    const weeks = await runNamedQuery(emulator, usageTrends, { from: FROM, to: TO, granularity: 'week', timeZone });
    expect(weeks.length).toBeGreaterThan(0);
    for (const row of weeks) {
      expect(weekday(row.bucket, timeZone)).toBe('Mon');
      expect(wallClock(row.bucket, timeZone).endsWith(' 00:00')).toBe(true);
    }
    const months = await runNamedQuery(emulator, usageTrends, { from: FROM, to: TO, granularity: 'month', timeZone });
    expect(new Set(months.map((r) => wallClock(r.bucket, timeZone)))).toEqual(
      // FROM is 02:00 on 1 September in Berlin: no August bucket.
      new Set(['2026-09-01 00:00', '2026-10-01 00:00', '2026-11-01 00:00']),
    );
    expect(sumBigInt(months.map((r) => r.signals))).toBe(sumBigInt(weeks.map((r) => r.signals)));
  });

  // Day, week and month are counted per local day and folded into buckets (usageTrends.ts): the
  // buckets must be exactly timeBucket's of each signal's created_at, in zones with 30- and
  // 45-minute offsets and with daylight-saving changes at midnight (Santiago 6 Sep, Beirut 25 Oct)
  // or by half an hour (Lord Howe 4 Oct), all inside the window.
  it.each(['Asia/Kathmandu', 'America/Santiago', 'Asia/Beirut', 'Australia/Lord_Howe'])(
    'counts exactly timeBucket of each created_at at day, week and month in %s',
    async (timeZone) => {
      for (const granularity of ['day', 'week', 'month'] as const) {
        const rows = await runNamedQuery(emulator, usageTrends, { from: FROM, to: TO, granularity, timeZone, topN: 20 });
        const independent = await runSql<{ bucket: string; name: string; n: bigint }>(
          emulator,
          `SELECT toString(toUnixTimestamp(${timeBucketExpression('created_at', granularity, timeZone)})) AS bucket,
             toString(signal_name) AS name, count() AS n
           FROM fact_signal WHERE created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}
           GROUP BY bucket, name`,
        );
        expect(independent.length).toBeGreaterThan(0);
        const key = (bucketSeconds: string | number, name: string) => `${bucketSeconds} ${name}`;
        expect(new Map(rows.map((row) => [key(row.bucket.getTime() / 1000, row.series), row.signals]))).toEqual(
          new Map(independent.map((row) => [key(row.bucket, row.name), row.n])),
        );
      }
    },
  );

  it('buckets by local hour at hour granularity', async () => {
    const rows = await runNamedQuery(emulator, usageTrends, {
      from: '2026-11-10T00:00:00Z',
      to: '2026-11-12T00:00:00Z',
      granularity: 'hour',
      timeZone: 'Asia/Kolkata',
    });
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.bucket.getUTCMinutes()).toBe(30); // Kolkata hours start at :30 UTC
  });

  it('filters by signal name, product and customer', async () => {
    const [firstName] = [...(await countsByName(FROM, TO)).keys()].sort();
    const product = (await runSql<{ id: string }>(emulator, 'SELECT any(product_id) AS id FROM fact_signal'))[0]!.id;
    const customer = (await runSql<{ id: string }>(emulator, 'SELECT any(customer_id) AS id FROM fact_signal'))[0]!.id;
    const cases: [Record<string, string>, string][] = [
      [{ signalName: firstName! }, `signal_name = ${literal(firstName!)}`],
      [{ productId: product }, `product_id = ${literal(product)}`],
      [{ customerId: customer }, `customer_id = ${literal(customer)}`],
    ];
    for (const [filter, condition] of cases) {
      const rows = await runNamedQuery(emulator, usageTrends, { from: FROM, to: TO, ...filter });
      const expected = sumBigInt([...(await countsByName(FROM, TO, condition)).values()]);
      expect(expected).toBeGreaterThan(0n);
      expect(sumBigInt(rows.map((r) => r.signals))).toBe(expected);
    }
  });

  it('runs fast enough for a dashboard', async () => {
    const started = performance.now();
    await runNamedQuery(emulator, usageTrends, { from: FROM, to: TO, granularity: 'day', timeZone: 'Asia/Kolkata' });
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('usage-summary on the engine', () => {
  it('returns the window total and the total of the equally long period before it', async () => {
    const from = '2026-10-01T00:00:00.000Z';
    const to = '2026-11-01T00:00:00.000Z';
    const previousFrom = '2026-08-31T00:00:00.000Z'; // 31 days before
    const rows = await runNamedQuery(emulator, usageSummary, { from, to });
    expect(rows).toHaveLength(1);
    const [summary] = rows;
    const current = sumBigInt([...(await countsByName(from, to)).values()]);
    const previous = sumBigInt([...(await countsByName(previousFrom, from)).values()]);
    expect(current).toBeGreaterThan(0n);
    expect(previous).toBeGreaterThan(0n);
    expect(summary).toEqual({ current, previous });
  });

  it('accepts the usage-trends params as they are', async () => {
    const rows = await runNamedQuery(emulator, usageSummary, {
      from: FROM,
      to: TO,
      granularity: 'week',
      timeZone: 'Asia/Kolkata',
      topN: 3,
    });
    expect(rows[0]!.current).toBe(sumBigInt([...(await countsByName(FROM, TO)).values()]));
  });

  it('returns one row of zeros for an empty window', async () => {
    const rows = await runNamedQuery(emulator, usageSummary, { from: '2030-01-01T00:00:00Z', to: '2030-01-02T00:00:00Z' });
    expect(rows).toEqual([{ current: 0n, previous: 0n }]);
  });
});
