/**
 * The data the render bench draws, generated deterministically: a `usage-trends` response of
 * 90 days × 10 series (9 named + Other) with its `usage-summary`, and 10,000 table rows.
 */
import type { AnalyticsFetcher, AnalyticsRequest, QueryResponseBody } from '../../src/core/contract';
import type { Formatters } from '../../src/core/format/createFormatters';
import type { DataTableColumn } from '../../src/ui/DataTable/types';

/** Days in the chart's window. */
export const CHART_DAYS = 90;
/** Named series (the 10th is Other). */
export const CHART_NAMED_SERIES = 9;
/** Rows of the table view. */
export const TABLE_ROWS = 10_000;
/** The chart's fixed window: 90 UTC days ending at the bench's anchor. */
export const CHART_WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

/** mulberry32: the same numbers every run. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY_MS = 86_400_000;

function clickhouseDateTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').slice(0, 19);
}

/** The `usage-trends` body: one row per day × series, every day present. */
export function usageTrendsBody(): QueryResponseBody {
  const next = random(7);
  const start = Date.parse(CHART_WINDOW.from);
  const rows: unknown[][] = [];
  for (let day = 0; day < CHART_DAYS; day += 1) {
    const bucket = clickhouseDateTime(start + day * DAY_MS);
    for (let series = 0; series < CHART_NAMED_SERIES; series += 1) {
      rows.push([bucket, `signal-${series + 1}`, false, String(Math.floor(next() * 5000 * (CHART_NAMED_SERIES - series)))]);
    }
    rows.push([bucket, '', true, String(Math.floor(next() * 3000))]);
  }
  return {
    columns: [
      { name: 'bucket', type: "DateTime('UTC')" },
      { name: 'series', type: 'String' },
      { name: 'is_other', type: 'Bool' },
      { name: 'signals', type: 'UInt64' },
    ],
    rows,
    meta: { rowCount: rows.length, elapsedMs: 0, truncated: false },
  } as QueryResponseBody;
}

/** The `usage-summary` body: this window and the one before. */
export function usageSummaryBody(): QueryResponseBody {
  return {
    columns: [
      { name: 'current', type: 'UInt64' },
      { name: 'previous', type: 'UInt64' },
    ],
    rows: [['12345678', '11111111']],
    meta: { rowCount: 1, elapsedMs: 0, truncated: false },
  } as QueryResponseBody;
}

/** Answers `usage-trends` and `usage-summary` at once with the bodies above. */
export const chartDataFetcher: AnalyticsFetcher = async (request: AnalyticsRequest) => {
  if (request.kind === 'query' && request.name === 'usage-trends') return usageTrendsBody();
  if (request.kind === 'query' && request.name === 'usage-summary') return usageSummaryBody();
  throw new Error(`render bench: unexpected request ${JSON.stringify(request)}`);
};

/** One row of the table view: a model call summary, as a cost table shows it. */
export interface TableBenchRow {
  vendor: string;
  model: string;
  customer: string;
  day: Date;
  costCents: bigint;
  calls: bigint;
  tokens: bigint;
  latencyMs: number;
}

/** 10,000 rows of mixed types (bigints, dates, text, floats). */
export function tableRows(): TableBenchRow[] {
  const next = random(11);
  const vendors = ['openai', 'anthropic', 'google', 'mistral'];
  const start = Date.parse(CHART_WINDOW.from);
  return Array.from({ length: TABLE_ROWS }, (_, index) => ({
    vendor: vendors[index % vendors.length]!,
    model: `model-${index % 37}`,
    customer: `Customer ${Math.floor(next() * 600)}`,
    day: new Date(start + Math.floor(next() * CHART_DAYS) * DAY_MS),
    costCents: BigInt(Math.floor(next() * 10_000_000)),
    calls: BigInt(Math.floor(next() * 100_000)),
    tokens: BigInt(Math.floor(next() * 1e10)),
    latencyMs: next() * 20_000,
  }));
}

/** The table's columns, formatted with the provider's formatters like the widgets' tables. */
export function tableColumns(formatters: Formatters): DataTableColumn<TableBenchRow>[] {
  return [
    { id: 'vendor', header: 'Vendor', value: (row) => row.vendor },
    { id: 'model', header: 'Model', value: (row) => row.model },
    { id: 'customer', header: 'Customer', value: (row) => row.customer },
    { id: 'day', header: 'Day', value: (row) => row.day, format: (value) => formatters.date(value as Date) },
    { id: 'cost', header: 'Cost', value: (row) => row.costCents, format: (value) => formatters.cents(value as bigint), align: 'end', sortDescFirst: true },
    { id: 'calls', header: 'Calls', value: (row) => row.calls, format: (value) => formatters.count(value as bigint), align: 'end', sortDescFirst: true },
    { id: 'tokens', header: 'Tokens', value: (row) => row.tokens, format: (value) => formatters.tokens(value as bigint), align: 'end', sortDescFirst: true },
    { id: 'latency', header: 'Avg latency', value: (row) => row.latencyMs, format: (value) => formatters.duration(value as number), align: 'end' },
  ];
}
