/**
 * The generic tenant test: EVERY query a proxy serves — the built-in ones and the example host
 * queries registered with `createAnalyticsProxy({ queries })` — runs on the real engine through the
 * proxy under two disjoint one-customer scopes and a parent scope with `includeChildCustomers`.
 * Each answer must equal the same SQL run over data the test itself restricts to the allowed
 * customers (its own literal lists, children found by direct SQL), no row may carry a customer id
 * outside the scope, and hostile strings in every text param change nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../src/core/contract';
import { decodeResult } from '../../src/core/decode/decodeResult';
import { checkResultColumns } from '../../src/core/queries/checkResultColumns';
import type { DefinedNamedQuery } from '../../src/core/queries/defineNamedQuery';
import { createQueryRegistry } from '../../src/core/queries/queryRegistry';
import type { AnyNamedQuery } from '../../src/core/queries/types';
import { CUSTOMER_DATA_VIEWS } from '../../src/core/sql/customerDataViews';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import type { AnalyticsProxyHandler } from '../../src/server/proxyOptions';
import { EXAMPLE_HOST_QUERIES } from '../support/exampleHostQueries';
import { queryRows, startTestEmulator, type TestEmulator } from '../support/emulator';

const FROM = '2026-10-24T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const DATE_FROM = '2025-11-21';
const DATE_TO = '2026-11-21';
const AS_OF_INSTANT = '2026-11-20T12:00:00.000Z';

/** Strings that would widen a query if any reached SQL unescaped. */
const HOSTILE = [
  "' OR 1=1 --",
  "\\' OR 1=1 --",
  "x') OR ('1'='1",
  "'; SELECT * FROM fact_cost; --",
  "') UNION ALL SELECT * FROM fact_signal --",
  '\u0000\' OR 1 --',
  '%',
  'fact_cost',
  '🙂\' OR \'a\'=\'a',
];
const BENIGN = 'zz-no-such-value';

let emulator: TestEmulator;
let proxy: AnalyticsProxyHandler;
let queries: DefinedNamedQuery<unknown, unknown, unknown>[];
let customerA: string;
let customerB: string;
let parent: string;
let family: string[];
let creditsCurrency: string;

/** Literal SQL built without the library's escaper. */
function literal(value: string): string {
  return `'${Array.from(value, (c) => (c === "'" || c === '\\' ? `\\${c}` : c)).join('')}'`;
}

/** The test's own restriction of a customer-data view to `ids`. */
function restrictedView(view: string, ids: readonly string[]): string {
  const list = ids.length === 0 ? "''" : ids.map(literal).join(', ');
  if (view === 'dim_customer') return `(SELECT * FROM dim_customer WHERE id IN (${list}))`;
  if (view === 'fact_invoice_line') return `(SELECT * FROM fact_invoice_line WHERE invoice_id IN (SELECT id FROM fact_invoice WHERE customer_id IN (${list})))`;
  return `(SELECT * FROM ${view} WHERE customer_id IN (${list}))`;
}

/** The query's unscoped SQL with every customer-data view replaced by the test's own restriction. */
function truthSql(query: AnyNamedQuery, input: Record<string, unknown>, ids: readonly string[]): string {
  let text = query.toSql(query.parseParams(input), {});
  for (const view of CUSTOMER_DATA_VIEWS) text = text.split(`(SELECT * FROM ${view} WHERE 1)`).join(restrictedView(view, ids));
  // A view with listed columns renders as `(SELECT <columns> FROM <view> WHERE 1)`.
  for (const view of CUSTOMER_DATA_VIEWS) text = text.split(` FROM ${view} WHERE 1)`).join(` FROM ${restrictedView(view, ids)})`);
  for (const view of CUSTOMER_DATA_VIEWS) {
    expect(text, `${query.name} reads ${view} some other way`).not.toMatch(new RegExp(`FROM ${view} WHERE 1\\)`));
  }
  return text;
}

/** Rows as sorted canonical JSON, so answers compare whatever the order of tied rows. */
function canonical(rows: readonly Record<string, unknown>[]): string[] {
  return rows
    .map((row) => JSON.stringify(row, (_key, value: unknown) => (typeof value === 'bigint' ? `${value}n` : value)))
    .sort();
}

function decodeRows(query: AnyNamedQuery, body: unknown): Record<string, unknown>[] {
  return checkResultColumns(query.name, query.columns!, decodeResult(body));
}

async function viaProxy(query: AnyNamedQuery, input: Record<string, unknown>, scope: Scope): Promise<{ status: number; body: unknown }> {
  const response = await proxy(
    new Request('http://host.test/api/analytics/query', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-test-scope': JSON.stringify(scope) },
      body: JSON.stringify({ name: query.name, params: input }),
    }),
  );
  return { status: response.status, body: await response.json() };
}

async function scopedRows(query: AnyNamedQuery, input: Record<string, unknown>, scope: Scope): Promise<Record<string, unknown>[]> {
  const { status, body } = await viaProxy(query, input, scope);
  if (status !== 200) throw new Error(`${query.name} answered ${status}: ${JSON.stringify(body)}`);
  return decodeRows(query, body);
}

async function truthRows(query: AnyNamedQuery, input: Record<string, unknown>, ids: readonly string[]): Promise<Record<string, unknown>[]> {
  return decodeRows(query, await queryRows(emulator, truthSql(query, input, ids)));
}

/** Valid params for any query from its declared builders: windows over the test data, real ids for required ones. */
function baseInput(query: DefinedNamedQuery<unknown, unknown, unknown>): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  let dateTimes = 0;
  let dates = 0;
  for (const [name, spec] of Object.entries(query.params)) {
    if (spec.kind === 'dateTime' && !spec.isOptional) input[name] = dateTimes++ === 0 ? FROM : TO;
    else if (spec.kind === 'date' && !spec.isOptional) input[name] = dates++ === 0 ? DATE_FROM : DATE_TO;
    // An optional instant defaults to "now", which moves between two runs: pin it.
    else if (spec.kind === 'dateTime') input[name] = AS_OF_INSTANT;
    else if (spec.isOptional) continue;
    else if (name === 'creditsCurrencyId') input[name] = creditsCurrency;
    else if (name === 'signalName') input[name] = 'email-triage';
    else if (name === 'path') input[name] = 'priority';
    else if (spec.kind === 'enum') input[name] = spec.samples()[0];
    else if (spec.kind === 'integer') input[name] = spec.samples().at(-1);
    else throw new Error(`${query.name}: no test value for the required ${spec.kind} param ${name}`);
  }
  return input;
}

/** The base input and one input per other value of each enum and boolean param (every SQL branch). */
function branchInputs(query: DefinedNamedQuery<unknown, unknown, unknown>): Record<string, unknown>[] {
  const base = baseInput(query);
  const inputs = [base];
  for (const [name, spec] of Object.entries(query.params)) {
    if (spec.kind !== 'enum' && spec.kind !== 'boolean') continue;
    for (const value of spec.samples()) if (value !== undefined && value !== base[name]) inputs.push({ ...base, [name]: value });
  }
  return inputs;
}

beforeAll(async () => {
  emulator = await startTestEmulator();
  proxy = createAnalyticsProxy({
    upstream: { baseUrl: emulator.url, apiKey: emulator.apiKey },
    resolveScope: (request) => JSON.parse(request.headers.get('x-test-scope') ?? 'null') as Scope,
    queries: [...EXAMPLE_HOST_QUERIES],
  });
  queries = [...createQueryRegistry([...EXAMPLE_HOST_QUERIES]).values()].filter(
    (query): query is DefinedNamedQuery<unknown, unknown, unknown> => 'params' in query && 'build' in query,
  );
  const [currency] = (await queryRows(emulator, 'SELECT credits_currency_id FROM fact_credit_transaction GROUP BY 1 ORDER BY count() DESC, 1 LIMIT 1')).rows;
  creditsCurrency = String(currency![0]);
  // The two customers with the most signals, and a parent customer with children.
  const busiest = (await queryRows(emulator, 'SELECT customer_id FROM fact_signal GROUP BY customer_id ORDER BY count() DESC, customer_id LIMIT 2')).rows;
  [customerA, customerB] = busiest.map((row) => String(row[0])) as [string, string];
  const parents = (await queryRows(emulator, 'SELECT parent_customer_id FROM dim_customer WHERE parent_customer_id IS NOT NULL GROUP BY 1 ORDER BY count() DESC, 1 LIMIT 1')).rows;
  parent = String(parents[0]![0]);
  const members = (await queryRows(emulator, `SELECT id FROM dim_customer WHERE id = ${literal(parent)} OR parent_customer_id = ${literal(parent)} ORDER BY id`)).rows;
  family = members.map((row) => String(row[0]));
}, 120_000);

afterAll(async () => {
  await emulator?.close();
});

describe('every registered query under a tenant scope', () => {
  it('covers the built-in queries and the example host queries, all defined with defineNamedQuery', () => {
    const names = queries.map((query) => query.name);
    for (const name of ['usage-trends', 'usage-summary', 'cost-per-model', 'revenue-aging', ...EXAMPLE_HOST_QUERIES.map((q) => q.name)]) {
      expect(names).toContain(name);
    }
    expect(customerA).not.toBe(customerB);
    expect(family.length).toBeGreaterThan(1);
  });

  it('answers each scope exactly what the query gives over that scope’s customers alone, for every SQL branch', async () => {
    let nonEmpty = 0;
    let narrowed = 0;
    for (const query of queries) {
      for (const input of branchInputs(query)) {
        const everyone = await scopedRows(query, input, {});
        const scopes: [Scope, string[]][] = [
          [{ customerIds: [customerA] }, [customerA]],
          [{ customerIds: [customerB] }, [customerB]],
          [{ customerIds: [parent], includeChildCustomers: true }, family],
        ];
        for (const [scope, allowed] of scopes) {
          const rows = await scopedRows(query, input, scope);
          expect(canonical(rows), `${query.name} ${JSON.stringify(input)} under ${JSON.stringify(scope)}`).toEqual(
            canonical(await truthRows(query, input, allowed)),
          );
          for (const row of rows) {
            if (typeof row.customer_id === 'string' && row.customer_id !== '') expect(allowed).toContain(row.customer_id);
          }
          if (rows.length > 0) nonEmpty += 1;
          if (canonical(rows).join() !== canonical(everyone).join()) narrowed += 1;
        }
        expect(canonical(await scopedRows(query, input, { customerIds: [] }))).toEqual(canonical(await truthRows(query, input, [])));
      }
    }
    // Not vacuous: most scoped answers hold rows, and scoping changed most of them.
    expect(nonEmpty).toBeGreaterThan(queries.length);
    expect(narrowed).toBeGreaterThan(queries.length);
  }, 300_000);

  it('two disjoint scopes share no customer row', async () => {
    for (const query of queries) {
      const input = baseInput(query);
      const a = await scopedRows(query, input, { customerIds: [customerA] });
      const b = await scopedRows(query, input, { customerIds: [customerB] });
      const idsA = new Set(a.map((row) => row.customer_id).filter((id) => typeof id === 'string' && id !== ''));
      for (const row of b) expect(idsA.has(row.customer_id), query.name).toBe(false);
    }
  }, 120_000);

  it('hostile strings in every text and id param change nothing: refused, or the same as a harmless non-matching value', async () => {
    const scope: Scope = { customerIds: [customerA] };
    let tried = 0;
    for (const query of queries) {
      for (const [name, spec] of Object.entries(query.params)) {
        if (spec.kind !== 'text' && spec.kind !== 'id') continue;
        const base = { ...baseInput(query) };
        let harmless = await viaProxy(query, { ...base, [name]: BENIGN }, scope);
        if (harmless.status !== 200) harmless = await viaProxy(query, { ...base, [name]: 'zz' }, scope);
        for (const hostile of HOSTILE) {
          tried += 1;
          const answer = await viaProxy(query, { ...base, [name]: hostile }, scope);
          if (answer.status === 400) {
            expect((answer.body as { code: string }).code, `${query.name}.${name} = ${JSON.stringify(hostile)}`).toBe('INVALID_PARAMS');
            continue;
          }
          expect(answer.status, `${query.name}.${name} = ${JSON.stringify(hostile)}: ${JSON.stringify(answer.body)}`).toBe(200);
          expect(harmless.status).toBe(200);
          expect(canonical(decodeRows(query, answer.body)), `${query.name}.${name} = ${JSON.stringify(hostile)}`).toEqual(
            canonical(decodeRows(query, harmless.body)),
          );
        }
      }
    }
    expect(tried).toBeGreaterThan(HOSTILE.length * 4);
  }, 300_000);
});
