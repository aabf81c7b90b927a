/**
 * A seeded emulator for tests that run SQL on the real engine.
 *
 * Use it in a `node` project test file (test/{core,emulator,server,testing,integration}/**): vitest
 * forks one process per file, and chDB allows one engine per process, so start ONE emulator per
 * file and share it between the file's tests:
 *
 * ```ts
 * import { afterAll, beforeAll, describe, expect, it } from 'vitest';
 * import { startTestEmulator, postQuery } from '../support/emulator';
 * import type { TestEmulator } from '../support/emulator';
 *
 * let emulator: TestEmulator;
 * beforeAll(async () => { emulator = await startTestEmulator(); });
 * afterAll(async () => { await emulator.close(); });
 *
 * it('counts signals', async () => {
 *   const response = await postQuery(emulator, 'SELECT count() AS n FROM fact_signal');
 *   expect(response.status).toBe(200);
 *   const body = await response.json(); // { columns, rows, meta }
 * });
 * ```
 *
 * Data is tiny scale (≈ 10 k signals for the first organization), seed 42, anchored at
 * `TEST_ANCHOR_DATE`: the last day with data. Relative windows (`now() - INTERVAL 7 DAY`) see nothing
 * unless anchored at today, so write date filters against `emulator.anchorDate` instead, or pass
 * `{ anchorDate: new Date() }`. `emulator.url` is the API base URL; `emulator.apiKey` reads
 * organization 1 (`emulator.orgs[1].apiKey` reads the second, smaller one).
 */
import { startEmulator } from '../../src/emulator/startEmulator';
import type { EmulatorHandle, EmulatorOptions } from '../../src/emulator/startEmulator';

/** The fixed anchor of test data: the last day with data. */
export const TEST_ANCHOR_DATE = '2026-11-20';

/** The fixed seed of test data. */
export const TEST_SEED = 42;

export type TestEmulator = EmulatorHandle;

/** Starts an emulator on a free loopback port with tiny, fixed data; options override the defaults. */
export function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  return startEmulator({ port: 0, scale: 'tiny', seed: TEST_SEED, anchorDate: TEST_ANCHOR_DATE, ...options });
}

/** POSTs `{ query: sql }` to `/query` with the first organization's key (or `apiKey`). */
export function postQuery(emulator: TestEmulator, sql: string, apiKey: string = emulator.apiKey): Promise<Response> {
  return fetch(`${emulator.url}/query`, {
    method: 'POST',
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify({ query: sql }),
  });
}

/** Runs `sql` and returns the 200 body, throwing with the error body otherwise. */
export async function queryRows(
  emulator: TestEmulator,
  sql: string,
  apiKey: string = emulator.apiKey,
): Promise<{ columns: { name: string; type: string }[]; rows: unknown[][]; meta: { rowCount: number; elapsedMs: number; truncated: boolean } }> {
  const response = await postQuery(emulator, sql, apiKey);
  const body = (await response.json()) as never;
  if (response.status !== 200) throw new Error(`Emulator answered ${response.status}: ${JSON.stringify(body)}`);
  return body;
}
