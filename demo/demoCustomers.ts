/**
 * The customers the "view as" switcher offers: the most active ones, listed once through the
 * proxy with a trusted raw-SQL query (the internal view may send SQL; a customer view may not).
 */
import type { AnalyticsFetcher } from '../src/core/contract';
import { decodeResult } from '../src/core/decode/decodeResult';

export interface DemoCustomer {
  id: string;
  name: string;
}

/** The six customers with the most signals, busiest first. */
export const DEMO_CUSTOMERS_SQL = `SELECT c.id AS id, c.name AS name, count() AS signals
FROM fact_signal AS s
INNER JOIN dim_customer AS c ON c.id = s.customer_id
GROUP BY c.id, c.name
ORDER BY signals DESC, c.id
LIMIT 6`;

/** Lists the switcher's customers through `fetcher` (which must not carry a customer scope). */
export async function listDemoCustomers(fetcher: AnalyticsFetcher, signal: AbortSignal): Promise<DemoCustomer[]> {
  const body = await fetcher({ kind: 'sql', sql: DEMO_CUSTOMERS_SQL }, { signal });
  const { rows } = decodeResult<{ id: string; name: string }>(body);
  return rows.map((row) => ({ id: String(row.id), name: String(row.name) }));
}
