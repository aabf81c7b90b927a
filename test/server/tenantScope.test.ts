/**
 * The proxy's promise to customer-facing hosts, on the real engine: through the emulator over
 * loopback HTTP, a user scoped to one customer gets exactly that customer's totals for every named
 * query — checked against direct emulator queries with a hand-written `WHERE customer_id = …` —
 * never another customer's, whatever they put in params; raw SQL is refused for them; and the API
 * key appears in no response and no log event.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../../src/core/client/createHttpFetcher';
import type { Scope } from '../../src/core/contract';
import { AnalyticsError } from '../../src/core/errors';
import { addDecimals, canonicalDecimal } from '../../src/core/decimal/decimalArithmetic';
import { NAMED_QUERY_NAMES } from '../../src/core/queries/registry';
import type { NamedQueryName } from '../../src/core/queries/registry';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import { isSingleSelectStatement } from '../../src/server/isSingleSelectStatement';
import type { ProxyQueryEvent } from '../../src/server/proxyOptions';
import { toNodeHandler } from '../../src/server/toNodeHandler';
import { queryRows, startTestEmulator } from '../support/emulator';
import type { TestEmulator } from '../support/emulator';

type Row = Record<string, unknown>;

/** One end customer of the fixture, with what their queries need. */
interface Customer {
  id: string;
  /** The credits currency this customer has the most transactions in. */
  creditsCurrencyId: string;
}

/** How one named query is checked: its params, its string params, and its totals both ways. */
interface QueryCheck {
  params(customer: Customer): Record<string, unknown>;
  /** Every param that takes a string (or accepts one), to be fed hostile strings. */
  stringParams: readonly string[];
  /** The totals computed from the proxy's rows. */
  totals(rows: Row[]): unknown;
  /** The same totals from a hand-written SQL query with `condition` on `customer_id`. */
  directTotals(condition: string, customer: Customer): Promise<unknown>;
  /** One non-negative number that can only grow with more rows: the bound hostile params must respect. */
  magnitude(rows: Row[]): bigint;
}

let emulator: TestEmulator;
let customerA: Customer;
let customerB: Customer;
const responseTexts: string[] = [];
const events: ProxyQueryEvent[] = [];

const DAY_MS = 24 * 60 * 60 * 1000;
let windowFrom: string;
let windowTo: string;
let asOf: string;

beforeAll(async () => {
  // A low concurrency limit, so the proxy's pass-through of the emulator's 429 can be seen.
  emulator = await startTestEmulator({ concurrencyLimit: 2 });
  const anchorEnd = Date.parse(`${emulator.anchorDate}T00:00:00Z`) + DAY_MS;
  windowTo = new Date(anchorEnd).toISOString();
  windowFrom = new Date(anchorEnd - 365 * DAY_MS).toISOString();
  asOf = emulator.anchorDate;

  // The two customers with the most signals that also have AI costs, money owed and credits.
  const candidates = await direct(`
    SELECT customer_id, count() AS signals
    FROM fact_signal
    WHERE customer_id IN (SELECT customer_id FROM fact_cost)
      AND customer_id IN (SELECT customer_id FROM fact_invoice WHERE status = 'posted' AND amount_due > 0)
      AND customer_id IN (SELECT customer_id FROM fact_credit_transaction)
    GROUP BY customer_id
    ORDER BY signals DESC, customer_id ASC
    LIMIT 2`);
  expect(candidates).toHaveLength(2);
  const [a, b] = await Promise.all(candidates.map(async (row) => customerFixture(String(row['customer_id']))));
  customerA = a!;
  customerB = b!;
});

afterAll(async () => {
  await emulator?.close();
});

async function customerFixture(id: string): Promise<Customer> {
  expect(id).toMatch(/^[A-Za-z0-9_-]+$/); // safe to write into hand-written SQL below
  const [currency] = await direct(`
    SELECT credits_currency_id FROM fact_credit_transaction
    WHERE customer_id = '${id}'
    GROUP BY credits_currency_id ORDER BY count() DESC, credits_currency_id ASC LIMIT 1`);
  return { id, creditsCurrencyId: String(currency!['credits_currency_id']) };
}

/** Runs hand-written SQL on the emulator directly, with the organization's key. */
async function direct(sql: string): Promise<Row[]> {
  const body = await queryRows(emulator, sql);
  return body.rows.map((values) => Object.fromEntries(body.columns.map((column, i) => [column.name, values[i]])));
}

function proxyFor(scope: Scope, apiKey = emulator.apiKey) {
  return createAnalyticsProxy({
    upstream: { baseUrl: emulator.url, apiKey },
    resolveScope: () => scope,
    allowSql: (_request, resolved) => resolved.customerIds === undefined,
    onQuery: (event) => events.push(event),
  });
}

/** POSTs a body to the proxy as `scope` and returns the status and the parsed body; records the text. */
async function ask(scope: Scope, body: unknown, apiKey?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await proxyFor(scope, apiKey)(
    new Request('http://host.test/api/analytics/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    }),
  );
  const text = await response.text();
  responseTexts.push(text);
  return { status: response.status, body: JSON.parse(text) as Record<string, unknown> };
}

/** The rows of a 200 query body as records keyed by column name. */
function recordsOf(body: Record<string, unknown>): Row[] {
  const columns = body['columns'] as { name: string }[];
  const rows = body['rows'] as unknown[][];
  return rows.map((values) => Object.fromEntries(columns.map((column, i) => [column.name, values[i]])));
}

async function namedRows(scope: Scope, name: string, params: Record<string, unknown>): Promise<Row[]> {
  const { status, body } = await ask(scope, { name, params });
  expect(status, JSON.stringify(body)).toBe(200);
  return recordsOf(body);
}

const big = (value: unknown): bigint => BigInt(String(value));
const creditSum = (rows: Row[], column: string): string => rows.reduce((total, row) => addDecimals(total, String(row[column])), '0');
const wholeCredits = (value: unknown): bigint => BigInt(String(value).split('.')[0]!);
const sum = (rows: Row[], column: string): bigint => rows.reduce((total, row) => total + big(row[column]), 0n);
const sqlInstant = (iso: string) => `parseDateTime64BestEffort('${iso}', 3, 'UTC')`;

const CHECKS: Record<NamedQueryName, QueryCheck> = {
  'usage-trends': {
    params: () => ({ from: windowFrom, to: windowTo, granularity: 'month', topN: 20 }),
    stringParams: ['from', 'to', 'granularity', 'timeZone', 'topN', 'signalName', 'productId', 'customerId'],
    totals(rows) {
      expect(rows.some((row) => row['is_other'] === true)).toBe(false); // topN 20 covers every name
      const bySeries: Record<string, string> = {};
      for (const row of rows) {
        const series = String(row['series']);
        bySeries[series] = String(big(bySeries[series] ?? 0) + big(row['signals']));
      }
      return bySeries;
    },
    async directTotals(condition) {
      const rows = await direct(`
        SELECT signal_name, count() AS signals FROM fact_signal
        WHERE ${condition} AND created_at >= ${sqlInstant(windowFrom)} AND created_at < ${sqlInstant(windowTo)}
        GROUP BY signal_name`);
      return Object.fromEntries(rows.map((row) => [String(row['signal_name']), String(row['signals'])]));
    },
    magnitude: (rows) => sum(rows, 'signals'),
  },
  'usage-summary': {
    params: () => ({ from: windowFrom, to: windowTo }),
    stringParams: ['from', 'to', 'granularity', 'timeZone', 'topN', 'signalName', 'productId', 'customerId'],
    totals: (rows) => {
      expect(rows).toHaveLength(1);
      return { current: String(rows[0]!['current']), previous: String(rows[0]!['previous']) };
    },
    async directTotals(condition) {
      const previousFrom = new Date(2 * Date.parse(windowFrom) - Date.parse(windowTo)).toISOString();
      const [row] = await direct(`
        SELECT
          countIf(created_at >= ${sqlInstant(windowFrom)} AND created_at < ${sqlInstant(windowTo)}) AS current,
          countIf(created_at >= ${sqlInstant(previousFrom)} AND created_at < ${sqlInstant(windowFrom)}) AS previous
        FROM fact_signal WHERE ${condition}`);
      return { current: String(row!['current']), previous: String(row!['previous']) };
    },
    magnitude: (rows) => sum(rows, 'current') + sum(rows, 'previous'),
  },
  'cost-per-model': {
    params: () => ({ from: windowFrom, to: windowTo, limit: 1000 }),
    stringParams: ['from', 'to', 'productId', 'customerId', 'vendor', 'limit'],
    totals: (rows) =>
      Object.fromEntries(
        rows.map((row) => [
          `${String(row['vendor'])}/${String(row['model'])}`,
          [String(row['cost_amount']), String(row['calls']), String(row['input_tokens']), String(row['output_tokens'])],
        ]),
      ),
    async directTotals(condition) {
      const rows = await direct(`
        SELECT toString(vendor) AS v, toString(model) AS m, toString(sum(cost_amount)) AS cost, count() AS calls,
          sum(input_tokens) AS input, sum(output_tokens) AS output
        FROM fact_cost
        WHERE ${condition} AND created_at >= ${sqlInstant(windowFrom)} AND created_at < ${sqlInstant(windowTo)}
        GROUP BY v, m`);
      return Object.fromEntries(
        rows.map((row) => [
          `${String(row['v'])}/${String(row['m'])}`,
          [String(row['cost']), String(row['calls']), String(row['input']), String(row['output'])],
        ]),
      );
    },
    magnitude: (rows) => sum(rows, 'calls'),
  },
  'revenue-aging': {
    params: () => ({ asOf, topCustomers: 100 }),
    stringParams: ['asOf', 'timeZone', 'customerId', 'currency', 'topCustomers'],
    totals(rows) {
      const byCurrency: Record<string, [string, string]> = {};
      for (const row of rows.filter((r) => r['is_total'] === true)) {
        const currency = String(row['currency']);
        const [amount, invoices] = byCurrency[currency] ?? ['0', '0'];
        byCurrency[currency] = [String(big(amount) + big(row['amount_due'])), String(big(invoices) + big(row['invoices']))];
      }
      return byCurrency;
    },
    async directTotals(condition) {
      const rows = await direct(`
        SELECT toString(currency) AS c, sum(amount_due) AS amount, count() AS invoices
        FROM fact_invoice
        WHERE ${condition} AND status = 'posted' AND amount_due > 0 AND issue_date <= toDate('${asOf}')
        GROUP BY c`);
      return Object.fromEntries(rows.map((row) => [String(row['c']), [String(row['amount']), String(row['invoices'])]]));
    },
    magnitude: (rows) => sum(rows, 'invoices'),
  },
  'credit-burn': {
    params: (customer) => ({ from: windowFrom, to: windowTo, granularity: 'month', creditsCurrencyId: customer.creditsCurrencyId }),
    stringParams: ['from', 'to', 'granularity', 'timeZone', 'creditsCurrencyId', 'customerId'],
    // Credits are exact decimal text: summed and compared as decimals, never as bigint or double.
    totals: (rows) => ({
      granted: creditSum(rows, 'granted'),
      spent: creditSum(rows, 'spent'),
      pending: creditSum(rows, 'pending'),
      balance: canonicalDecimal(String(rows.at(-1)?.['balance'] ?? '0')),
    }),
    async directTotals(condition, customer) {
      const inWindow = `created_at >= ${sqlInstant(windowFrom)} AND created_at < ${sqlInstant(windowTo)}`;
      const [row] = await direct(`
        SELECT
          toString(sumIf(amount, type = 'GRANT' AND ${inWindow})) AS granted,
          toString(sumIf(amount, type = 'SPEND' AND ${inWindow})) AS spent,
          toString(sumIf(amount, type = 'PENDING_GRANT' AND ${inWindow})) AS pending,
          toString(sumIf(amount, type = 'GRANT' AND created_at < ${sqlInstant(windowTo)})
            - sumIf(amount, type = 'SPEND' AND created_at < ${sqlInstant(windowTo)})) AS balance
        FROM fact_credit_transaction
        WHERE ${condition} AND credits_currency_id = '${customer.creditsCurrencyId}'`);
      return {
        granted: canonicalDecimal(String(row!['granted'])),
        spent: canonicalDecimal(String(row!['spent'])),
        pending: canonicalDecimal(String(row!['pending'])),
        balance: canonicalDecimal(String(row!['balance'])),
      };
    },
    // Whole credits are enough to tell "some rows" from "none".
    magnitude: (rows) =>
      rows.reduce((total, row) => total + wholeCredits(row['granted']) + wholeCredits(row['spent']) + wholeCredits(row['pending']), 0n),
  },
  'billing-period-usage': {
    params: () => ({ asOf: `${asOf}T12:00:00.000Z` }),
    stringParams: ['asOf', 'customerId', 'signalName'],
    totals: (rows) => ({ used: String(sum(rows, 'used')), included: String(sum(rows, 'included')) }),
    async directTotals(condition) {
      const [row] = await direct(`
        SELECT
          (SELECT sum(signal_count) FROM fact_usage_summary WHERE period_start <= '${asOf}' AND period_end >= '${asOf}' AND ${condition})
          + (SELECT count() FROM fact_signal AS s
             INNER JOIN (
               SELECT customer_id, product_id, signal_name, max(period_start) AS last_start, max(period_end) AS last_end
               FROM fact_usage_summary WHERE period_start <= '${asOf}' AND ${condition}
               GROUP BY customer_id, product_id, signal_name, order_line_id
               HAVING last_end < '${asOf}' AND addMonths(last_start, 2) - 1 >= '${asOf}' AND last_end = addMonths(last_start, 1) - 1
             ) AS l ON s.customer_id = l.customer_id AND s.product_id = l.product_id AND s.signal_name = l.signal_name
             WHERE toDate(s.created_at) > l.last_end AND s.created_at < ${sqlInstant(`${asOf}T12:00:00.000Z`)}) AS used,
          (SELECT sum(included) FROM (
             SELECT max(period_start) AS last_start, max(period_end) AS last_end, argMax(included_quantity, period_start) AS included
             FROM fact_usage_summary WHERE period_start <= '${asOf}' AND ${condition}
             GROUP BY customer_id, product_id, signal_name, order_line_id
             HAVING last_end >= '${asOf}' OR (addMonths(last_start, 2) - 1 >= '${asOf}' AND last_end = addMonths(last_start, 1) - 1))) AS included`);
      return { used: String(row!['used']), included: String(row!['included']) };
    },
    magnitude: (rows) => sum(rows, 'used'),
  },
  'cost-trend': {
    params: () => ({ from: windowFrom, to: windowTo, granularity: 'month', groupBy: 'model', topN: 20 }),
    stringParams: ['from', 'to', 'granularity', 'timeZone', 'groupBy', 'topN', 'productId', 'customerId', 'vendor'],
    totals(rows) {
      expect(rows.some((row) => row['is_other'] === true)).toBe(false); // topN 20 covers every model
      const byModel: Record<string, [string, string]> = {};
      for (const row of rows) {
        const model = String(row['series']);
        const [cost, calls] = byModel[model] ?? ['0', '0'];
        byModel[model] = [addDecimals(cost, String(row['cost_amount'])), String(big(calls) + big(row['calls']))];
      }
      return byModel;
    },
    async directTotals(condition) {
      const rows = await direct(`
        SELECT toString(model) AS m, toString(sum(cost_amount)) AS cost, count() AS calls
        FROM fact_cost
        WHERE ${condition} AND created_at >= ${sqlInstant(windowFrom)} AND created_at < ${sqlInstant(windowTo)}
        GROUP BY m`);
      return Object.fromEntries(rows.map((row) => [String(row['m']), [canonicalDecimal(String(row['cost'])), String(row['calls'])]]));
    },
    magnitude: (rows) => sum(rows, 'calls'),
  },
  'revenue-trend': {
    params: () => ({ from: windowFrom, to: windowTo, granularity: 'month' }),
    stringParams: ['from', 'to', 'granularity', 'timeZone', 'customerId', 'currency'],
    totals: (rows) => Object.fromEntries(rows.map((row) => [`${String(row['currency'])} ${String(row['bucket'])}`, [String(row['invoiced']), String(row['collected'])]])),
    async directTotals(condition) {
      const month = (day: string) => `toString(toDateTime(toStartOfMonth(${day}), 'UTC'))`;
      const invoiced = await direct(`
        SELECT toString(currency) AS c, ${month('issue_date')} AS b, toString(sum(total_excl_tax)) AS amount FROM fact_invoice
        WHERE ${condition} AND status = 'posted'
          AND toDateTime(issue_date, 'UTC') >= ${sqlInstant(windowFrom)} AND toDateTime(issue_date, 'UTC') < ${sqlInstant(windowTo)}
        GROUP BY c, b`);
      const collected = await direct(`
        SELECT toString(currency) AS c, ${month("toDate(paid_at, 'UTC')")} AS b, toString(sum(amount)) AS amount FROM fact_payment
        WHERE ${condition} AND payment_status = 'posted' AND paid_at >= ${sqlInstant(windowFrom)} AND paid_at < ${sqlInstant(windowTo)}
        GROUP BY c, b`);
      const totals: Record<string, [string, string]> = {};
      for (const row of invoiced) totals[`${String(row['c'])} ${String(row['b'])}`] = [String(row['amount']), '0'];
      for (const row of collected) {
        const key = `${String(row['c'])} ${String(row['b'])}`;
        totals[key] = [totals[key]?.[0] ?? '0', String(row['amount'])];
      }
      return totals;
    },
    magnitude: (rows) => sum(rows, 'invoiced') + sum(rows, 'collected'),
  },
  'analytics-kpis': {
    params: () => ({ from: windowFrom, to: windowTo }),
    stringParams: ['from', 'to', 'timeZone', 'customerId', 'creditsCurrencyId'],
    totals: (rows) =>
      Object.fromEntries(
        rows.map((row) => [
          `${String(row['kpi'])}:${String(row['unit'])}`,
          [canonicalDecimal(String(row['current'])), row['previous'] === null ? null : canonicalDecimal(String(row['previous']))],
        ]),
      ),
    async directTotals(condition) {
      const previousFrom = new Date(2 * Date.parse(windowFrom) - Date.parse(windowTo)).toISOString();
      const between = (from: string, to: string) => `created_at >= ${sqlInstant(from)} AND created_at < ${sqlInstant(to)}`;
      const day = (iso: string) => `toDate(${sqlInstant(iso)}, 'UTC')`;
      const [usage] = await direct(`
        SELECT countIf(${between(windowFrom, windowTo)}) AS current, countIf(${between(previousFrom, windowFrom)}) AS previous
        FROM fact_signal WHERE ${condition}`);
      const [cost] = await direct(`
        SELECT toString(sumIf(cost_amount, ${between(windowFrom, windowTo)})) AS current,
          toString(sumIf(cost_amount, ${between(previousFrom, windowFrom)})) AS previous
        FROM fact_cost WHERE ${condition}`);
      const revenue = await direct(`
        SELECT toString(currency) AS c, sumIf(total_excl_tax, issue_date >= ${day(windowFrom)}) AS current,
          sumIf(total_excl_tax, issue_date < ${day(windowFrom)}) AS previous
        FROM fact_invoice
        WHERE ${condition} AND status = 'posted' AND issue_date >= ${day(previousFrom)} AND issue_date < ${day(windowTo)}
        GROUP BY c`);
      const owed = await direct(`
        SELECT toString(currency) AS c, sum(amount_due) AS owed FROM fact_invoice
        WHERE ${condition} AND status = 'posted' AND amount_due > 0 AND issue_date < ${day(windowTo)} GROUP BY c`);
      const balances = await direct(`
        SELECT credits_currency_id AS c,
          toString(sumIf(amount, type = 'GRANT' AND created_at < ${sqlInstant(windowTo)}) - sumIf(amount, type = 'SPEND' AND created_at < ${sqlInstant(windowTo)})) AS at_end,
          toString(sumIf(amount, type = 'GRANT' AND created_at < ${sqlInstant(windowFrom)}) - sumIf(amount, type = 'SPEND' AND created_at < ${sqlInstant(windowFrom)})) AS at_start
        FROM fact_credit_transaction
        WHERE ${condition} AND type IN ('GRANT', 'SPEND') AND created_at < ${sqlInstant(windowTo)} GROUP BY c`);
      return Object.fromEntries([
        ['signals:', [String(usage!['current']), String(usage!['previous'])]],
        ['ai_cost:', [canonicalDecimal(String(cost!['current'])), canonicalDecimal(String(cost!['previous']))]],
        ...revenue.map((row) => [`revenue:${String(row['c'])}`, [String(row['current']), String(row['previous'])]]),
        ...owed.map((row) => [`outstanding:${String(row['c'])}`, [String(row['owed']), null]]),
        ...balances.map((row) => [`credits_balance:${String(row['c'])}`, [canonicalDecimal(String(row['at_end'])), canonicalDecimal(String(row['at_start']))]]),
      ]);
    },
    magnitude: (rows) => rows.filter((row) => row['kpi'] === 'signals').reduce((total, row) => total + big(row['current']) + big(row['previous']), 0n),
  },
};

const only = (customer: Customer) => `customer_id = '${customer.id}'`;

describe('createAnalyticsProxy on the emulator: tenant scope', () => {
  it('has a check for every registered named query', () => {
    expect(Object.keys(CHECKS).sort()).toEqual([...NAMED_QUERY_NAMES].sort());
  });

  it.each(NAMED_QUERY_NAMES)('%s: each scoped user gets exactly their own totals', async (name) => {
    const check = CHECKS[name];
    const totals: unknown[] = [];
    for (const customer of [customerA, customerB]) {
      const rows = await namedRows({ customerIds: [customer.id] }, name, check.params(customer));
      const expected = await check.directTotals(only(customer), customer);
      expect(check.totals(rows)).toEqual(expected);
      expect(check.magnitude(rows)).toBeGreaterThan(0n);
      for (const row of rows) {
        if ('customer_id' in row && row['is_total'] !== true) expect(row['customer_id']).toBe(customer.id);
      }
      totals.push(expected);
    }
    // The two customers' data differ, so equality above could not come from ignoring the scope.
    expect(totals[0]).not.toEqual(totals[1]);
  });

  it.each(NAMED_QUERY_NAMES)('%s: a trusted user ({}) gets the whole organization', async (name) => {
    const check = CHECKS[name];
    const rows = await namedRows({}, name, check.params(customerA));
    expect(check.totals(rows)).toEqual(await check.directTotals('1', customerA));
    expect(check.totals(rows)).not.toEqual(await check.directTotals(only(customerA), customerA));
  });

  it.each(NAMED_QUERY_NAMES)("%s: a customerId in params never widens the scope to another customer", async (name) => {
    const check = CHECKS[name];
    const rows = await namedRows({ customerIds: [customerA.id] }, name, { ...check.params(customerA), customerId: customerB.id });
    expect(check.magnitude(rows)).toBe(0n);
  });

  it('a scope of two customers gets both, and an empty scope gets nothing', async () => {
    const check = CHECKS['usage-summary'];
    const both = await namedRows({ customerIds: [customerA.id, customerB.id] }, 'usage-summary', check.params(customerA));
    expect(check.totals(both)).toEqual(await check.directTotals(`customer_id IN ('${customerA.id}', '${customerB.id}')`, customerA));
    const none = await namedRows({ customerIds: [] }, 'usage-summary', check.params(customerA));
    expect(check.magnitude(none)).toBe(0n);
  });

  it('with includeChildCustomers a parent also sees its children', async () => {
    const parents = await direct(`
      SELECT parent_customer_id AS parent, groupArray(id) AS children FROM dim_customer
      WHERE parent_customer_id IS NOT NULL GROUP BY parent ORDER BY parent LIMIT 1`);
    expect(parents).toHaveLength(1);
    const parent = String(parents[0]!['parent']);
    const family = [parent, ...(parents[0]!['children'] as string[])].map((id) => `'${id}'`).join(', ');
    const check = CHECKS['usage-summary'];
    const rows = await namedRows({ customerIds: [parent], includeChildCustomers: true }, 'usage-summary', check.params(customerA));
    expect(check.totals(rows)).toEqual(await check.directTotals(`customer_id IN (${family})`, customerA));
  });
});

/** Strings meant to break out of a literal, widen a filter or confuse the engine. */
function hostileStrings(): string[] {
  const fixed = [
    "' OR 1=1 --",
    "x' OR customer_id != '",
    "\\' OR 1=1 --",
    'trailing backslash\\',
    "'); DROP TABLE fact_signal; --",
    "' UNION ALL SELECT * FROM fact_signal --",
    '"; SELECT 1; --',
    'line\nbreak',
    'nul\u0000byte',
    'ünïcødé 🙂',
    '%',
    '*',
    '$$',
    '{customer_id:String}',
    '\\x27 OR 1',
    'a'.repeat(300),
    ' ',
  ];
  const random = fc.sample(fc.string({ unit: 'binary', maxLength: 24 }), { numRuns: 6, seed: 20261123 });
  return [...fixed, ...random];
}

describe('createAnalyticsProxy on the emulator: hostile params', () => {
  it.each(NAMED_QUERY_NAMES)('%s: hostile strings in every string param give 400 or scoped rows, never more', async (name) => {
    const check = CHECKS[name];
    const scope: Scope = { customerIds: [customerA.id] };
    const baseParams = check.params(customerA);
    const baseline = check.magnitude(await namedRows(scope, name, baseParams));
    const strings = [...hostileStrings(), customerB.id];
    let refused = 0;
    for (const param of check.stringParams) {
      for (const value of strings) {
        const { status, body } = await ask(scope, { name, params: { ...baseParams, [param]: value } });
        expect([200, 400], `${param}=${JSON.stringify(value)}: ${JSON.stringify(body)}`).toContain(status);
        if (status === 400) {
          refused += 1;
          expect(body['code']).toMatch(/^(INVALID_PARAMS|QUERY_ERROR)$/);
          continue;
        }
        const rows = recordsOf(body);
        expect(check.magnitude(rows), `${param}=${JSON.stringify(value)}`).toBeLessThanOrEqual(baseline);
        for (const row of rows) {
          if ('customer_id' in row && row['is_total'] !== true) expect(row['customer_id']).toBe(customerA.id);
        }
      }
    }
    expect(refused).toBeGreaterThan(0);
  });

  it('answers an unknown or hostile query name with 400 UNKNOWN_QUERY', async () => {
    for (const name of ["usage-trends'; DROP TABLE fact_signal", '__proto__', 'constructor', '']) {
      const { status, body } = await ask({ customerIds: [customerA.id] }, { name, params: {} });
      expect(status).toBe(400);
      expect(body['code']).toMatch(/^(UNKNOWN_QUERY|BAD_REQUEST)$/);
    }
  });
});

describe('createAnalyticsProxy on the emulator: raw SQL, metadata and the key', () => {
  it('refuses raw SQL for a customer-scoped user and runs it for a trusted one', async () => {
    const sql = 'SELECT count() AS n FROM fact_signal';
    const scoped = await ask({ customerIds: [customerA.id] }, { query: sql });
    expect(scoped.status).toBe(403);
    expect(scoped.body['code']).toBe('SQL_NOT_ALLOWED');
    const trusted = await ask({}, { kind: 'sql', sql });
    expect(trusted.status).toBe(200);
    expect(recordsOf(trusted.body)).toEqual(await direct(sql));
  });

  it("agrees with the engine's own parser on what is one statement", async () => {
    const statements = [
      "SELECT ';' AS semicolon",
      "SELECT 'it''s; fine'",
      "SELECT 'a\\'; DROP TABLE t; --'",
      '-- a comment; with a semicolon\nSELECT 1',
      '/* lead; /* nested; */ still comment; */ SELECT 1',
      'SELECT $$;$$',
      'SELECT $tag$ ; $tag$',
      '# comment; here\nSELECT 1',
      'SELECT 1; SELECT 2',
      "SELECT 'back\\\\'; DROP TABLE t",
      'SELECT 1 -- comment\n; DROP TABLE t',
      "SELECT $$'$$; DROP TABLE t; SELECT '",
    ];
    for (const sql of statements) {
      const body = (await (await fetch(`${emulator.url}/query`, {
        method: 'POST',
        headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query: sql }),
      })).json()) as Record<string, unknown>;
      const engineSaysMultiple = body['code'] === 'INVALID_QUERY';
      expect(isSingleSelectStatement(sql), sql).toBe(!engineSaysMultiple);
    }
  });

  it('passes an upstream query error through with its status and code', async () => {
    const { status, body } = await ask({}, { query: 'SELECT no_such_column FROM fact_signal' });
    expect(status).toBe(400);
    expect(body['code']).toBe('QUERY_ERROR');
  });

  it("computes a scoped user's signal metadata from their own signals only", async () => {
    const url = `http://host.test/api/analytics/signals/metadata?fromDate=${windowFrom}&toDate=${windowTo}`;
    const scoped = await proxyFor({ customerIds: [customerA.id] })(new Request(url));
    const scopedText = await scoped.text();
    responseTexts.push(scopedText);
    expect(scoped.status, scopedText).toBe(200);
    const body = JSON.parse(scopedText) as { signals: { signalName: string; paths: { path: string }[] }[] };

    const expected = await direct(`
      SELECT signal_name, arraySort(groupUniqArray(path)) AS paths
      FROM (SELECT signal_name, arrayJoin(JSONAllPaths(data)) AS path FROM fact_signal
            WHERE customer_id = '${customerA.id}'
              AND created_at >= ${sqlInstant(windowFrom)} AND created_at <= ${sqlInstant(windowTo)})
      GROUP BY signal_name ORDER BY signal_name`);
    expect(body.signals.map((s) => ({ signal_name: s.signalName, paths: s.paths.map((p) => p.path) }))).toEqual(expected);
    expect(expected.length).toBeGreaterThan(0);
  });

  it("passes the emulator's 429 through with its Retry-After", async () => {
    const params = { ...CHECKS['cost-per-model'].params(customerA), includeCostPerSignal: true };
    const proxy = proxyFor({ customerIds: [customerA.id] });
    const responses = await Promise.all(
      Array.from({ length: 12 }, () =>
        proxy(
          new Request('http://host.test/api/analytics/query', {
            method: 'POST',
            body: JSON.stringify({ name: 'cost-per-model', params }),
          }),
        ),
      ),
    );
    const limited = responses.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(responses.filter((response) => response.status === 200).length).toBeGreaterThan(0);
    for (const response of limited) {
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
      const text = await response.text();
      responseTexts.push(text);
      expect(JSON.parse(text)).toMatchObject({ code: 'CONCURRENCY_LIMIT_EXCEEDED' });
    }
  });

  it("serves the library's own HTTP fetcher end to end through toNodeHandler on node:http", async () => {
    const proxy = createAnalyticsProxy({
      upstream: { baseUrl: emulator.url, apiKey: emulator.apiKey },
      // A stand-in for the host's session: the signed-in user's customer, from a header.
      resolveScope: (request) => {
        const customer = request.headers.get('x-session-customer');
        return customer === null ? null : { customerIds: [customer] };
      },
    });
    const server = createServer(toNodeHandler(proxy));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api/analytics`;
      const fetcher = createHttpFetcher({ baseUrl: base, headers: { 'x-session-customer': customerA.id } });
      const signal = new AbortController().signal;
      const params = CHECKS['usage-summary'].params(customerA);
      const body = (await fetcher({ kind: 'query', name: 'usage-summary', params }, { signal })) as Record<string, unknown>;
      expect(CHECKS['usage-summary'].totals(recordsOf(body))).toEqual(await CHECKS['usage-summary'].directTotals(only(customerA), customerA));

      const refused = await fetcher({ kind: 'sql', sql: 'SELECT count() FROM fact_signal' }, { signal }).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(AnalyticsError);
      expect(refused).toMatchObject({ code: 'SQL_NOT_ALLOWED', status: 403 });

      const anonymous = createHttpFetcher({ baseUrl: base });
      await expect(anonymous({ kind: 'schema' }, { signal })).rejects.toMatchObject({ code: 'UNAUTHORIZED', status: 401 });
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('never shows the key: not in any response of this file, nor in any onQuery event', () => {
    expect(responseTexts.length).toBeGreaterThan(100);
    for (const text of responseTexts) expect(text).not.toContain(emulator.apiKey);
    expect(events.length).toBeGreaterThanOrEqual(responseTexts.length);
    expect(JSON.stringify(events)).not.toContain(emulator.apiKey);
  });

  it('answers with a generic 502 when upstream refuses a wrong key, without echoing it', async () => {
    const wrongKey = `${emulator.apiKey}-revoked`;
    const before = events.length;
    const { status, body } = await ask({}, { name: 'usage-summary', params: CHECKS['usage-summary'].params(customerA) }, wrongKey);
    expect(status).toBe(502);
    expect(body['code']).toBe('UPSTREAM_ERROR');
    expect(JSON.stringify(body)).not.toContain(wrongKey);
    expect(JSON.stringify(events.slice(before))).not.toContain(wrongKey);
    expect(events.at(-1)).toMatchObject({ kind: 'query', name: 'usage-summary', status: 502 });
  });
});
