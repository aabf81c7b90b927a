/**
 * Configurable limits over real HTTP: the execution time limit (408), the per-organization
 * concurrency limit (429 with Retry-After) and the row cap.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postQuery, startTestEmulator } from '../support/emulator';
import type { TestEmulator } from '../support/emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ queryTimeoutMs: 1_000, concurrencyLimit: 1, maxRows: 50 });
});
afterAll(async () => {
  await emulator.close();
});

/** A statement the guard accepts that runs far longer than a second. */
const SLOW_QUERY =
  'SELECT sum(sipHash64(a.signal_id, b.signal_id, c.signal_id)) FROM fact_signal AS a CROSS JOIN fact_signal AS b CROSS JOIN fact_signal AS c';

describe('limits', () => {
  it('answers 408 QUERY_TIMEOUT when a query exceeds queryTimeoutMs, then keeps serving', async () => {
    const started = Date.now();
    const response = await postQuery(emulator, SLOW_QUERY);
    const body = (await response.json()) as { code: string };
    expect({ status: response.status, code: body.code }).toEqual({ status: 408, code: 'QUERY_TIMEOUT' });
    expect(Date.now() - started).toBeLessThan(10_000);
    const after = await postQuery(emulator, 'SELECT 1');
    expect(after.status).toBe(200);
  });

  it('answers 429 CONCURRENCY_LIMIT_EXCEEDED with Retry-After beyond the per-organization limit', async () => {
    const slow = postQuery(emulator, SLOW_QUERY);
    await new Promise((resolve) => setTimeout(resolve, 100));
    const second = await postQuery(emulator, 'SELECT 1');
    const body = (await second.json()) as { code: string };
    expect({ status: second.status, code: body.code }).toEqual({ status: 429, code: 'CONCURRENCY_LIMIT_EXCEEDED' });
    expect(Number(second.headers.get('retry-after'))).toBeGreaterThan(0);

    // The limit is per organization: the second organization is not affected.
    const other = await postQuery(emulator, 'SELECT 1', emulator.orgs[1]?.apiKey);
    expect(other.status).toBe(200);

    expect((await slow).status).toBe(408);
    const later = await postQuery(emulator, 'SELECT 1');
    expect(later.status).toBe(200);
  });

  it('cuts results at maxRows and sets meta.truncated', async () => {
    const response = await postQuery(emulator, 'SELECT signal_id FROM fact_signal');
    const body = (await response.json()) as { rows: unknown[]; meta: { rowCount: number; truncated: boolean } };
    expect(body.rows).toHaveLength(50);
    expect(body.meta).toMatchObject({ rowCount: 50, truncated: true });
    const exact = (await (await postQuery(emulator, 'SELECT signal_id FROM fact_signal LIMIT 50')).json()) as { meta: { truncated: boolean } };
    expect(exact.meta.truncated).toBe(false);
  });
});

describe('clients that go away', () => {
  it('release their slot: a body cut off mid-way does not hold the concurrency limit', async () => {
    const { request } = await import('node:http');
    const url = new URL(`${emulator.url}/query`);
    await new Promise<void>((resolve) => {
      const req = request(url, { method: 'POST', headers: { authorization: `Bearer ${emulator.apiKey}`, 'content-length': '1000' } });
      req.on('error', () => resolve());
      req.write('{"query": "SELECT');
      setTimeout(() => {
        req.destroy();
        resolve();
      }, 100);
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const response = await postQuery(emulator, 'SELECT 1');
    expect(response.status).toBe(200);
  });
});
