/**
 * Bad-but-plausible API bodies for every widget's named queries, made from the committed
 * fixtures by one mutation each: wrong column types, nulls everywhere, number columns holding
 * text, hostile labels, unknown enumerations, bad currencies, 10,000 rows, shapes that are not a
 * result at all. The adversarial suites render each widget over each case.
 */
import type { AnalyticsFetcher, AnalyticsRequest } from '../../../src/core/contract';
import { ALL_FIXTURES } from '../../../fixtures/index';

interface Body {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  meta: { rowCount: number; elapsedMs: number; truncated: boolean };
}

export const HOSTILE_LABEL = '<img src=x onerror="window.__pawHacked=1">{a|rich}';

/** The first committed body of a named query. */
function baseBody(name: string): Body {
  const fixture = ALL_FIXTURES.find((entry) => entry.request.kind === 'query' && entry.request.name === name);
  if (!fixture) throw new Error(`no fixture for ${name}`);
  return structuredClone(fixture.body) as Body;
}

const isNumberType = (type: string) => /Int|Float|Decimal/.test(type);
const isTextType = (type: string) => /String/.test(type);

const mapColumns = (body: Body, change: (column: { name: string; type: string }, value: unknown, index: number) => [string, unknown]): Body => {
  const columns = body.columns.map((column, index) => ({ name: column.name, type: change(column, body.rows[0]?.[index], index)[0] }));
  const rows = body.rows.map((row) => row.map((value, index) => change(body.columns[index]!, value, index)[1]));
  return { ...body, columns, rows };
};

/** Columns naming a currency (money or credits): few in any organization. */
const CURRENCY_COLUMNS = new Set(['currency', 'credits_currency_id', 'currency_name']);

/** One mutation of a query's body. */
export type Mutation = (body: Body, name: string) => unknown;

export const MUTATIONS: Record<string, Mutation> = {
  'floats where integers are declared': (body) =>
    mapColumns(body, (column, value) => (/Int/.test(column.type) ? ['Float64', 1.5] : [column.type, value])),
  'nulls in every column': (body) => mapColumns(body, (column) => [`Nullable(${column.type.replace(/^LowCardinality\((.*)\)$/, '$1')})`, null]),
  'text in number columns': (body) => {
    const texts = ['', 'nan', '1e3', '-', 'Infinity'];
    let turn = 0;
    return mapColumns(body, (column, value) => (isNumberType(column.type) || column.name === 'cost_amount' ? ['String', texts[turn++ % texts.length]] : [column.type, value]));
  },
  'hostile labels': (body) => mapColumns(body, (column, value) => (isTextType(column.type) && typeof value === 'string' ? [column.type, HOSTILE_LABEL] : [column.type, value])),
  'unknown enumerations': (body) =>
    mapColumns(body, (column, value) =>
      column.name === 'bucket' && column.type === 'String' ? [column.type, 'over-9000'] : column.name === 'is_other' ? ['String', 'maybe'] : [column.type, value],
    ),
  'bad currencies': (body) => {
    let turn = 0;
    return mapColumns(body, (column, value) => (column.name === 'currency' ? [column.type, ['', 'US', 'usd ', '€'][turn++ % 4]] : [column.type, value]));
  },
  // Many rows, each label its own; the currencies stay the few the fixture has (an organization bills in a
  // few; malformed ones are 'bad currencies'), so a currency picker is not 10,000 options long.
  '10,000 rows': (body) => {
    const rows: unknown[][] = [];
    const keeps = body.columns.map((column) => CURRENCY_COLUMNS.has(column.name));
    for (let index = 0; index < 10_000; index += 1) {
      const template = body.rows[index % Math.max(1, body.rows.length)] ?? [];
      rows.push(template.map((value, column) => (!keeps[column] && typeof value === 'string' && /^[a-z]/i.test(value) && !/^\d{4}-/.test(value) ? `${value}-${index}` : value)));
    }
    return { ...body, rows, meta: { ...body.meta, rowCount: rows.length } };
  },
  'missing columns': (body) => ({ ...body, columns: body.columns.slice(1), rows: body.rows.map((row) => row.slice(1)) }),
  'rows that are not arrays': (body) => ({ ...body, rows: body.rows.map(() => ({ a: 1 })) }),
  'a body that is not a result': () => ({ hello: 'world' }),
  'null body': () => null,
  'huge and negative numbers': (body) =>
    mapColumns(body, (column, value) => (/Int/.test(column.type) ? [column.type, String(-(2n ** 62n))] : [column.type, value])),
};

/** A fetcher answering every named query with its fixture body after `mutation`; other requests fail. */
export function adversarialFetcher(mutation: Mutation): AnalyticsFetcher {
  return async (request: AnalyticsRequest) => {
    if (request.kind !== 'query') throw new Error(`unexpected ${request.kind}`);
    return mutation(baseBody(request.name), request.name);
  };
}
