/**
 * Every digit of a Decimal, on the path every hook takes: the emulator sends Decimal columns as JSON
 * numbers (as the real API does), `createAnalyticsProxy` passes the text through, and createHttpFetcher →
 * QueryClient → decodeResult yield the exact digits — for raw SQL and for the named queries alike.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHttpFetcher } from '../../src/core/client/createHttpFetcher';
import { QueryClient } from '../../src/core/client/QueryClient';
import { canonicalDecimal, sumDecimals } from '../../src/core/decimal/decimalArithmetic';
import { creditBurn } from '../../src/core/queries/creditBurn';
import { createAnalyticsProxy } from '../../src/server/createAnalyticsProxy';
import { startTestEmulator, type TestEmulator } from '../support/emulator';

let emulator: TestEmulator;
let client: QueryClient;

beforeAll(async () => {
  emulator = await startTestEmulator();
  const proxy = createAnalyticsProxy({
    upstream: { baseUrl: emulator.url, apiKey: emulator.apiKey },
    resolveScope: () => ({}),
    allowSql: () => true,
  });
  const fetcher = createHttpFetcher({
    baseUrl: 'http://host.example/api/analytics',
    fetch: (input, init) => proxy(new Request(input as string, init)),
  });
  client = new QueryClient({ fetcher });
});

afterAll(async () => {
  client.dispose();
  await emulator.close();
});

describe('Decimals through the proxy and the client', () => {
  it('keep 38 significant digits, signs, tiny fractions and nulls; floats stay numbers', async () => {
    const result = await client.fetchQuery({
      kind: 'sql',
      sql: `SELECT toDecimal128('12345678901234567890.123456789012345678', 18) AS wide,
                   toDecimal128('-99999999999999999999999999999999.999999', 6) AS negative,
                   toDecimal128('0.0000000001', 10) AS tiny,
                   CAST(NULL AS Nullable(Decimal(38, 6))) AS missing,
                   toFloat64(0.1) AS float`,
    });
    expect(result.rows).toEqual([
      {
        wide: '12345678901234567890.123456789012345678',
        negative: '-99999999999999999999999999999999.999999',
        tiny: '0.0000000001',
        missing: null,
        float: 0.1,
      },
    ]);
  });

  it('match toString for every fractional credit amount, and credit-burn’s sums match the engine’s', async () => {
    const amounts = await client.fetchQuery({
      kind: 'sql',
      sql: "SELECT amount, toString(amount) AS text FROM fact_credit_transaction WHERE amount != floor(amount) ORDER BY id LIMIT 500",
    });
    expect(amounts.rows.length).toBeGreaterThan(10);
    for (const row of amounts.rows as { amount: string; text: string }[]) expect(row.amount).toBe(canonicalDecimal(row.text));

    const params = { from: '2026-08-01T00:00:00Z', to: '2026-11-21T00:00:00Z', creditsCurrencyId: 'cc_ai_credits', granularity: 'week' as const };
    const burn = await client.fetchQuery({ kind: 'query', name: creditBurn.name, params });
    const [engine] = (
      await client.fetchQuery({
        kind: 'sql',
        sql: `SELECT sumIf(amount, type = 'SPEND') AS spent FROM fact_credit_transaction
              WHERE credits_currency_id = 'cc_ai_credits' AND created_at >= '2026-08-01 00:00:00' AND created_at < '2026-11-21 00:00:00'`,
      })
    ).rows as { spent: string }[];
    expect(sumDecimals((burn.rows as { spent: string }[]).map((row) => row.spent))).toBe(canonicalDecimal(engine!.spent));
  });
});
