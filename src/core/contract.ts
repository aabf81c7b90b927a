/**
 * The wire contract of the Paid Analytics API and of the host-supplied fetcher.
 * Shapes follow `paid-analytics-api/contract-notes.md`; nothing here runs.
 */

/** The API's current base path (Paid's SDK), appended to the host by the default upstream. */
export const ANALYTICS_BASE_PATH = '/api/v2/analytics';

/** The deprecated base path of the same endpoints, still served for existing integrations. */
export const DEPRECATED_ANALYTICS_BASE_PATH = '/api/v2/experimental/analytics';

/** Paid's public endpoint: the default upstream of the proxy. */
export const PAID_ANALYTICS_URL = `https://api.agentpaid.io${ANALYTICS_BASE_PATH}`;

/** One column of a query response: its name and ClickHouse type string. */
export interface ResponseColumn {
  name: string;
  type: string;
}

/** `meta` of a `POST /query` response. */
export interface ResponseMeta {
  rowCount: number;
  elapsedMs: number;
  truncated: boolean;
}

/** The 200 body of `POST /query`: rows in column order, 64-bit integers as JSON strings. */
export interface QueryResponseBody {
  columns: ResponseColumn[];
  rows: unknown[][];
  meta: ResponseMeta;
}

/** The error body every endpoint returns on a non-2xx status. */
export interface ErrorResponseBody {
  error: string;
  code?: string;
  details?: string;
}

/** One column of a view, as `GET /schema` describes it. */
export interface SchemaColumn {
  name: string;
  type: string;
  comment: string;
}

/** One queryable view, as `GET /schema` describes it. */
export interface SchemaView {
  name: string;
  comment: string;
  columns: SchemaColumn[];
}

/** The 200 body of `GET /schema`. */
export interface SchemaResponseBody {
  views: SchemaView[];
}

/** One JSON path of a signal payload and the dynamic types observed at it. */
export interface SignalPath {
  path: string;
  types: string[];
}

/** The 200 body of `GET /signals/metadata`. */
export interface SignalsMetadataResponseBody {
  signals: { signalName: string; paths: SignalPath[] }[];
  meta: { fromDate: string; toDate: string };
}

/** A named query by name and params; `sql` is set when the client compiled it itself. */
export interface NamedQueryRequest {
  kind: 'query';
  name: string;
  params: Record<string, unknown>;
  sql?: string;
}

/** Ad-hoc SQL: only trusted, internal users may send it through a proxy. */
export interface SqlRequest {
  kind: 'sql';
  sql: string;
}

export interface SchemaRequest {
  kind: 'schema';
}

export interface SignalsMetadataRequest {
  kind: 'signalsMetadata';
  signalName?: string;
  fromDate?: string;
  toDate?: string;
}

/** Everything a widget or hook may ask of the fetcher. */
export type AnalyticsRequest = NamedQueryRequest | SqlRequest | SchemaRequest | SignalsMetadataRequest;

/**
 * The host-supplied transport. Resolves to the API's JSON body (unknown until decoded), or throws.
 * It must honour `init.signal`.
 */
export type AnalyticsFetcher = (request: AnalyticsRequest, init: { signal: AbortSignal }) => Promise<unknown>;

/** What the proxy resolved for the end user: the customers whose rows they may read. `{}` is unscoped. */
export interface Scope {
  customerIds?: readonly string[];
  /** Also admit the children (`dim_customer.parent_customer_id`) of `customerIds`. */
  includeChildCustomers?: boolean;
}
