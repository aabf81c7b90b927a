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
 * `{ anchorDate: new Date() }`. `emulator.url` is the analytics base URL on the current path
 * (`emulator.apiBaseUrl` is `${origin}/api/v2`, `emulator.deprecatedUrl` the deprecated path); `emulator.apiKey` reads
 * organization 1 (`emulator.orgs[1].apiKey` reads the second, smaller one).
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readlinkSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SEED_GENERATOR_VERSION } from '../../src/emulator/seed/seedEmulator';
import { resolveAnchor, startEmulator } from '../../src/emulator/startEmulator';
import type { EmulatorHandle, EmulatorOptions } from '../../src/emulator/startEmulator';

/** The fixed anchor of test data: the last day with data. */
export const TEST_ANCHOR_DATE = '2026-11-20';

/** The fixed seed of test data. */
export const TEST_SEED = 42;

export type TestEmulator = EmulatorHandle;

/** A lock older than this belongs to a process that died while seeding. */
const STALE_LOCK_MS = 5 * 60_000;

/**
 * A seeded data directory for these options, shared by test processes: the first process seeds it
 * (then closes its engine and marks it ready); later ones copy it, which is much faster than seeding.
 * Resolves `undefined` when no ready copy exists and another process is seeding it right now.
 */
async function seededTemplate(options: EmulatorOptions): Promise<string | undefined> {
  const key = `v${SEED_GENERATOR_VERSION}-${String(options.seed)}-${String(options.scale)}-${resolveAnchor(options.anchorDate).time.replace(/[:.]/g, '')}`;
  const root = join(tmpdir(), 'paid-analytics-emulator-test-cache');
  const template = join(root, key);
  const ready = join(template, 'READY');
  if (existsSync(ready)) return join(template, 'data');
  mkdirSync(root, { recursive: true });
  const lock = `${template}.lock`;
  try {
    mkdirSync(lock);
  } catch {
    const lockedAt = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
    if (lockedAt !== undefined && Date.now() - lockedAt > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
    return undefined;
  }
  try {
    rmSync(template, { recursive: true, force: true });
    mkdirSync(template, { recursive: true });
    let seeding: EmulatorHandle;
    try {
      seeding = await startEmulator({ ...options, port: 0, dataDir: join(template, 'data') });
    } catch (error) {
      rmSync(template, { recursive: true, force: true });
      throw error;
    }
    await seeding.close();
    writeFileSync(ready, key);
    return join(template, 'data');
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

/**
 * Copies a seeded data directory: table data parts (under `store/`, immutable once written: merges
 * and removals make new directories, never rewrite files) are hard-linked, everything else (metadata,
 * symlinks) is copied, so copies open side by side in parallel test processes.
 */
function copyDataDirectory(from: string, to: string, insideStore = false): void {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    // Tables of an Atomic database are relative symlinks into store/: recreate them as they are.
    if (entry.isSymbolicLink()) symlinkSync(readlinkSync(source), target);
    else if (entry.isDirectory()) copyDataDirectory(source, target, insideStore || entry.name === 'store');
    else if (insideStore) linkSync(source, target);
    else copyFileSync(source, target);
  }
}

/**
 * Starts an emulator on a free loopback port with tiny, fixed data; options override the defaults.
 * Without a `dataDir`, it starts from a private copy of a shared, already seeded directory when one
 * exists (same data, seconds faster); the copy is removed by `close()`.
 */
export async function startTestEmulator(options: EmulatorOptions = {}): Promise<TestEmulator> {
  const resolved: EmulatorOptions = { port: 0, scale: 'tiny', seed: TEST_SEED, anchorDate: TEST_ANCHOR_DATE, ...options };
  // An instant anchor is resolved once, so the shared template and this copy agree on it.
  if (typeof resolved.anchorDate !== 'string') resolved.anchorDate = new Date(resolveAnchor(resolved.anchorDate).time);
  if (resolved.dataDir !== undefined) return startEmulator(resolved);
  const template = await seededTemplate(resolved).catch(() => undefined);
  if (template === undefined) return startEmulator(resolved);
  const copy = mkdtempSync(join(tmpdir(), 'paid-analytics-emulator-copy-'));
  const removeCopy = () => rmSync(copy, { recursive: true, force: true });
  try {
    copyDataDirectory(template, copy);
    const emulator = await startEmulator({ ...resolved, dataDir: copy });
    return {
      ...emulator,
      async close() {
        await emulator.close();
        removeCopy();
      },
    };
  } catch (error) {
    removeCopy();
    throw error;
  }
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
