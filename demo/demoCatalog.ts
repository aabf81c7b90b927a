/**
 * What the demo's switchers offer, listed once through the proxy with trusted raw SQL (the
 * internal view may send SQL; a customer view may not): the busiest customers for "view as",
 * and the credits currencies for the credit burn widget.
 */
import type { AnalyticsFetcher } from '../src/core/contract';
import { decodeResult } from '../src/core/decode/decodeResult';

export interface DemoCustomer {
  id: string;
  name: string;
}

export interface DemoCreditsCurrency {
  id: string;
  name: string;
}

export interface DemoCatalog {
  customers: DemoCustomer[];
  creditsCurrencies: DemoCreditsCurrency[];
}

/** The six customers with the most signals, busiest first. */
export const DEMO_CUSTOMERS_SQL = `SELECT c.id AS id, c.name AS name, count() AS signals
FROM fact_signal AS s
INNER JOIN dim_customer AS c ON c.id = s.customer_id
GROUP BY c.id, c.name
ORDER BY signals DESC, c.id
LIMIT 6`;

/** Credits currencies, by name. */
export const DEMO_CREDITS_CURRENCIES_SQL = `SELECT cc.id AS id, cc.name AS name, count(t.credits_currency_id) AS transactions
FROM dim_credits_currency AS cc
LEFT JOIN fact_credit_transaction AS t ON t.credits_currency_id = cc.id
GROUP BY cc.id, cc.name
ORDER BY cc.name, cc.id`;

async function listIdNames(fetcher: AnalyticsFetcher, sql: string, signal: AbortSignal): Promise<{ id: string; name: string }[]> {
  const body = await fetcher({ kind: 'sql', sql }, { signal });
  const { rows } = decodeResult<{ id: unknown; name: unknown }>(body);
  return rows.map((row) => ({ id: String(row.id), name: String(row.name) }));
}

/** Lists the catalog through `fetcher`, which must not carry a customer scope. */
export async function loadDemoCatalog(fetcher: AnalyticsFetcher, signal: AbortSignal): Promise<DemoCatalog> {
  const [customers, creditsCurrencies] = await Promise.all([
    listIdNames(fetcher, DEMO_CUSTOMERS_SQL, signal),
    listIdNames(fetcher, DEMO_CREDITS_CURRENCIES_SQL, signal),
  ]);
  return { customers, creditsCurrencies };
}
