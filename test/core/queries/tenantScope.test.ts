/**
 * Tenant isolation of every named query on the real engine: a scoped compile returns exactly the
 * scoped customers' totals (checked against direct SQL), nothing of anyone else's, and no param —
 * however hostile — widens it.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/core/contract';
import { AnalyticsError } from '../../../src/core/errors';
import { compileQuery } from '../../../src/core/queries/compileQuery';
import { NAMED_QUERIES } from '../../../src/core/queries/registry';
import type { AnyNamedQuery } from '../../../src/core/queries/types';
import { startTestEmulator } from '../../support/emulator';
import type { TestEmulator } from '../../support/emulator';
import { decimalUnits, instantSql, literal, runNamedQuery, runSql, sumBigInt } from './namedQueryHarness';

let emulator: TestEmulator;
let customerA: string;
let customerB: string;
let parent: string;
let children: string[];
let creditsCurrency: string;

const FROM = '2026-06-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const AS_OF = '2026-11-20';
const WINDOW = `created_at >= ${instantSql(FROM)} AND created_at < ${instantSql(TO)}`;

/** How each query's rows add up, and the same number computed directly from the views. */
interface Measured {
  query: AnyNamedQuery;
  params: () => Record<string, unknown>;
  measure(rows: never[]): bigint;
  direct(condition: string): string;
}

const MEASURED: Measured[] = [
  {
    query: NAMED_QUERIES['usage-trends'],
    params: () => ({ from: FROM, to: TO, topN: 20, granularity: 'week' }),
    measure: (rows: { signals: bigint }[]) => sumBigInt(rows.map((r) => r.signals)),
    direct: (c) => `SELECT toInt64(count()) AS n FROM fact_signal WHERE ${WINDOW} AND ${c}`,
  },
  {
    query: NAMED_QUERIES['usage-summary'],
    params: () => ({ from: FROM, to: TO }),
    measure: (rows: { current: bigint }[]) => sumBigInt(rows.map((r) => r.current)),
    direct: (c) => `SELECT toInt64(count()) AS n FROM fact_signal WHERE ${WINDOW} AND ${c}`,
  },
  {
    query: NAMED_QUERIES['cost-per-model'],
    params: () => ({ from: FROM, to: TO, limit: 1000, includeCostPerSignal: true }),
    measure: (rows: { calls: bigint }[]) => sumBigInt(rows.map((r) => r.calls)),
    direct: (c) => `SELECT toInt64(count()) AS n FROM fact_cost WHERE ${WINDOW} AND ${c}`,
  },
  {
    query: NAMED_QUERIES['revenue-aging'],
    params: () => ({ asOf: AS_OF }),
    measure: (rows: { amount_due: bigint; is_total: boolean }[]) => sumBigInt(rows.filter((r) => r.is_total).map((r) => r.amount_due)),
    direct: (c) =>
      `SELECT toInt64(sum(amount_due)) AS n FROM fact_invoice
       WHERE status = 'posted' AND amount_due > 0 AND issue_date <= ${literal(AS_OF)} AND ${c}`,
  },
  {
    query: NAMED_QUERIES['credit-burn'],
    params: () => ({ from: FROM, to: TO, creditsCurrencyId: creditsCurrency }),
    // Credits are Decimals (exact decimal text): measured in 10⁻¹⁰ credits, exactly.
    measure: (rows: { granted: string; spent: string }[]) => sumBigInt(rows.map((r) => decimalUnits(r.granted) + decimalUnits(r.spent))),
    direct: (c) =>
      `SELECT toInt64(sumIf(toDecimal128(amount, 10), type IN ('GRANT', 'SPEND')) * 10000000000) AS n FROM fact_credit_transaction
       WHERE ${WINDOW} AND credits_currency_id = ${literal(creditsCurrency)} AND ${c}`,
  },
  {
    // Signals used in the current billing periods: summarized ones, and the running ones counted from fact_signal.
    query: NAMED_QUERIES['billing-period-usage'],
    params: () => ({ asOf: '2026-11-20T12:00:00.000Z' }),
    measure: (rows: { used: bigint }[]) => sumBigInt(rows.map((r) => r.used)),
    direct: (c) =>
      `SELECT toInt64(
         (SELECT sum(signal_count) FROM fact_usage_summary WHERE period_start <= '2026-11-20' AND period_end >= '2026-11-20' AND ${c})
         + (SELECT count() FROM fact_signal AS s
            INNER JOIN (
              SELECT customer_id, product_id, signal_name, max(period_start) AS last_start, max(period_end) AS last_end
              FROM fact_usage_summary WHERE period_start <= '2026-11-20' AND ${c}
              GROUP BY customer_id, product_id, signal_name, order_line_id
              HAVING last_end < '2026-11-20' AND addMonths(last_start, 2) - 1 >= '2026-11-20' AND last_end = addMonths(last_start, 1) - 1
            ) AS l ON s.customer_id = l.customer_id AND s.product_id = l.product_id AND s.signal_name = l.signal_name
            WHERE toDate(s.created_at) > l.last_end AND s.created_at < ${instantSql('2026-11-20T12:00:00.000Z')})) AS n`,
  },
  {
    query: NAMED_QUERIES['cost-trend'],
    params: () => ({ from: FROM, to: TO, topN: 3, granularity: 'week', groupBy: 'product' }),
    measure: (rows: { calls: bigint }[]) => sumBigInt(rows.map((r) => r.calls)),
    direct: (c) => `SELECT toInt64(count()) AS n FROM fact_cost WHERE ${WINDOW} AND ${c}`,
  },
  {
    // Revenue and cash together, so a leak in either shows.
    query: NAMED_QUERIES['revenue-trend'],
    params: () => ({ from: FROM, to: TO, granularity: 'month' }),
    measure: (rows: { invoiced: bigint; collected: bigint }[]) => sumBigInt(rows.map((r) => r.invoiced + r.collected)),
    direct: (c) =>
      `SELECT toInt64((SELECT sum(total_excl_tax) FROM fact_invoice WHERE status = 'posted' AND issue_date >= toDate(${literal(FROM.slice(0, 10))}) AND issue_date < toDate(${literal(TO.slice(0, 10))}) AND ${c})
         + (SELECT sum(amount) FROM fact_payment WHERE payment_status = 'posted' AND paid_at >= ${instantSql(FROM)} AND paid_at < ${instantSql(TO)} AND ${c})) AS n`,
  },
  {
    // Signals + revenue + outstanding: every integer KPI, so a leak in any of the three shows.
    query: NAMED_QUERIES['analytics-kpis'],
    params: () => ({ from: FROM, to: TO }),
    measure: (rows: { kpi: string; current: string }[]) =>
      sumBigInt(rows.filter((r) => r.kpi === 'signals' || r.kpi === 'revenue' || r.kpi === 'outstanding').map((r) => BigInt(r.current))),
    direct: (c) =>
      `SELECT toInt64((SELECT count() FROM fact_signal WHERE ${WINDOW} AND ${c})
         + (SELECT sum(total_excl_tax) FROM fact_invoice WHERE status = 'posted' AND issue_date >= toDate(${literal(FROM.slice(0, 10))}) AND issue_date < toDate(${literal(TO.slice(0, 10))}) AND ${c})
         + (SELECT sum(amount_due) FROM fact_invoice WHERE status = 'posted' AND amount_due > 0 AND issue_date < toDate(${literal(TO.slice(0, 10))}) AND ${c})) AS n`,
  },
];

async function measure(entry: Measured, scope: Scope, extra: Record<string, unknown> = {}): Promise<bigint> {
  const rows = await runNamedQuery(emulator, entry.query, { ...entry.params(), ...extra } as never, scope);
  return entry.measure(rows as never[]);
}

async function direct(entry: Measured, condition: string): Promise<bigint> {
  const [row] = await runSql<{ n: bigint }>(emulator, entry.direct(condition));
  return row!.n;
}

function inList(ids: readonly string[]): string {
  return `customer_id IN (${ids.map(literal).join(', ')})`;
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  const currencies = await runSql<{ id: string }>(
    emulator,
    'SELECT credits_currency_id AS id FROM fact_credit_transaction GROUP BY id ORDER BY count() DESC, id LIMIT 1',
  );
  creditsCurrency = currencies[0]?.id ?? 'none';
  // Two customers with rows in every fact view the queries read, in the windows tested.
  const active = await runSql<{ id: string }>(
    emulator,
    `SELECT id FROM (
       SELECT customer_id AS id FROM fact_signal WHERE ${WINDOW}
       INTERSECT DISTINCT SELECT customer_id FROM fact_cost WHERE ${WINDOW}
       INTERSECT DISTINCT SELECT customer_id FROM fact_invoice
         WHERE status = 'posted' AND amount_due > 0 AND issue_date <= ${literal(AS_OF)}
       INTERSECT DISTINCT SELECT customer_id FROM fact_credit_transaction
         WHERE ${WINDOW} AND credits_currency_id = ${literal(creditsCurrency)} AND type IN ('GRANT', 'SPEND'))
     ORDER BY id LIMIT 2`,
  );
  [customerA, customerB] = active.map((r) => r.id) as [string, string];
  const families = await runSql<{ parent: string; children: string[] }>(
    emulator,
    `SELECT assumeNotNull(parent_customer_id) AS parent, groupArray(id) AS children FROM dim_customer
     WHERE parent_customer_id IS NOT NULL GROUP BY parent ORDER BY parent LIMIT 1`,
  );
  parent = families[0]?.parent ?? '';
  children = families[0]?.children ?? [];
});
afterAll(async () => {
  await emulator.close();
});

describe.each(MEASURED.map((entry) => [entry.query.name, entry] as const))('%s under a tenant scope', (_name, entry) => {
  it('returns exactly one customer’s totals for a one-customer scope, for each of two customers', async () => {
    for (const customer of [customerA, customerB]) {
      const expected = await direct(entry, `customer_id = ${literal(customer)}`);
      expect(expected).toBeGreaterThan(0n);
      expect(await measure(entry, { customerIds: [customer] })).toBe(expected);
    }
    expect(customerA).not.toBe(customerB);
  });

  it('adds up to the two customers together and never includes anyone else', async () => {
    const a = await measure(entry, { customerIds: [customerA] });
    const b = await measure(entry, { customerIds: [customerB] });
    expect(await measure(entry, { customerIds: [customerA, customerB] })).toBe(a + b);
    const everyone = await measure(entry, {});
    expect(everyone).toBe(await direct(entry, '1'));
    expect(everyone).toBeGreaterThan(a + b);
  });

  it('returns nothing for an empty customer list', async () => {
    expect(await measure(entry, { customerIds: [] })).toBe(0n);
  });

  it('includes the children of a customer with includeChildCustomers', async () => {
    expect(children.length).toBeGreaterThan(0);
    const family = [parent, ...children];
    expect(await measure(entry, { customerIds: [parent], includeChildCustomers: true })).toBe(await direct(entry, inList(family)));
    expect(await measure(entry, { customerIds: [parent] })).toBe(await direct(entry, inList([parent])));
  });

  it('lets a customerId param narrow within the scope but never widen it', async () => {
    expect(await measure(entry, { customerIds: [customerA] }, { customerId: customerB })).toBe(0n);
    expect(await measure(entry, { customerIds: [customerA, customerB] }, { customerId: customerB })).toBe(
      await direct(entry, `customer_id = ${literal(customerB)}`),
    );
    expect(await measure(entry, { customerIds: [] }, { customerId: customerA })).toBe(0n);
  });
});

describe('named queries against hostile params', () => {
  const HOSTILE = [
    "' OR 1=1 --",
    "x') OR ('1'='1",
    "\\' OR 1=1 --",
    'trailing\\',
    "' UNION ALL SELECT * FROM fact_signal --",
    'a\0b',
    'line\nbreak\t😀',
    "2026-10-01T00:00:00Z' OR '1'='1",
    "Europe/Berlin'); DROP TABLE fact_signal; --",
    '%',
    '__proto__',
  ];
  /** The params of each query that a browser may fill with a string. */
  const STRING_PARAMS: Record<string, readonly string[]> = {
    'usage-trends': ['from', 'to', 'granularity', 'timeZone', 'topN', 'signalName', 'productId', 'customerId'],
    'usage-summary': ['from', 'to', 'granularity', 'timeZone', 'topN', 'signalName', 'productId', 'customerId'],
    'cost-per-model': ['from', 'to', 'productId', 'customerId', 'vendor', 'limit', 'includeCostPerSignal'],
    'revenue-aging': ['asOf', 'timeZone', 'customerId', 'currency', 'topCustomers'],
    'credit-burn': ['from', 'to', 'granularity', 'timeZone', 'creditsCurrencyId', 'customerId'],
    'billing-period-usage': ['asOf', 'customerId', 'signalName'],
    'cost-trend': ['from', 'to', 'granularity', 'timeZone', 'groupBy', 'topN', 'productId', 'customerId', 'vendor'],
    'revenue-trend': ['from', 'to', 'granularity', 'timeZone', 'customerId', 'currency'],
    'analytics-kpis': ['from', 'to', 'timeZone', 'customerId', 'creditsCurrencyId'],
  };

  it('covers every param of every query', () => {
    for (const entry of MEASURED) expect(STRING_PARAMS[entry.query.name]).toBeDefined();
    expect(Object.keys(STRING_PARAMS).sort()).toEqual(Object.keys(NAMED_QUERIES).sort());
  });

  it.each(MEASURED.map((entry) => [entry.query.name, entry] as const))(
    '%s: every hostile string is refused as INVALID_PARAMS or gives at most the scoped rows',
    async (name, entry) => {
      const scope: Scope = { customerIds: [customerA] };
      const scoped = await measure(entry, scope);
      let refused = 0;
      let ran = 0;
      for (const param of STRING_PARAMS[name]!) {
        for (const hostile of [...HOSTILE, `${customerA}' OR customer_id = '${customerB}`]) {
          const params = { ...entry.params(), [param]: hostile };
          let sql: string;
          try {
            sql = compileQuery(name, params, scope);
          } catch (error) {
            expect(error).toBeInstanceOf(AnalyticsError);
            expect((error as AnalyticsError).code).toBe('INVALID_PARAMS');
            expect((error as AnalyticsError).message).toContain(param);
            refused += 1;
            continue;
          }
          ran += 1;
          const got = await measure(entry, scope, { [param]: hostile });
          expect(got <= scoped, `${name}.${param} = ${JSON.stringify(hostile)} gave ${got} > ${scoped}\n${sql}`).toBe(true);
        }
      }
      expect(refused).toBeGreaterThan(0);
      expect(ran + refused).toBe(STRING_PARAMS[name]!.length * (HOSTILE.length + 1));
    },
  );

  it.each(MEASURED.map((entry) => [entry.query.name, entry] as const))(
    '%s: random strings in random params never widen the scope',
    async (name, entry) => {
      const scope: Scope = { customerIds: [customerB] };
      const scoped = await measure(entry, scope);
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...STRING_PARAMS[name]!),
          fc.oneof(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }), fc.constant(customerA)),
          async (param, value) => {
            let compiled = true;
            try {
              compileQuery(name, { ...entry.params(), [param]: value }, scope);
            } catch (error) {
              expect((error as AnalyticsError).code).toBe('INVALID_PARAMS');
              compiled = false;
            }
            if (compiled) expect((await measure(entry, scope, { [param]: value })) <= scoped).toBe(true);
          },
        ),
        { numRuns: 40 },
      );
    },
  );
});
