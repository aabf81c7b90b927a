/**
 * Records this repository's fixtures (`fixtures/*.json`) from a fresh emulator with a fixed seed,
 * scale and anchor date: shared by `scripts/record-fixtures.ts`, which writes them, and
 * `test/testing/fixtures.test.ts`, which fails when the committed files drift from it.
 */
import { fileURLToPath } from 'node:url';
import { createHttpFetcher } from '../src/core/client/createHttpFetcher';
import { startEmulator } from '../src/emulator/startEmulator';
import type { AnalyticsFixture } from '../src/testing/fixture';
import { recordFixtures } from '../src/testing/recordFixtures';
import { FIXTURE_ANCHOR_DATE, FIXTURE_REQUESTS, FIXTURE_SCALE, FIXTURE_SEED } from '../fixtures/fixtureRequests';

/** The folder holding the fixture files. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

/** The path of one fixture file, by its name in `FIXTURE_REQUESTS`. */
export function fixtureFilePath(name: string): string {
  return `${FIXTURES_DIR}${name}.json`;
}

function isFlat(value: unknown): boolean {
  return value === null || typeof value !== 'object' || (Array.isArray(value) && value.every((item) => item === null || typeof item !== 'object'));
}

/** Two-space JSON, except that arrays of plain values (a row, a type list) stay on one line. */
function stableJson(value: unknown, indent: string): string {
  if (isFlat(value)) return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    return `[\n${value.map((item) => inner + stableJson(item, inner)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value as Record<string, unknown>).filter(([, item]) => item !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${JSON.stringify(key)}: ${stableJson(item, inner)}`).join(',\n')}\n${indent}}`;
}

/** A fixture file's exact text: stable JSON, one table row per line, with a final newline. */
export function fixtureFileText(fixtures: readonly AnalyticsFixture[]): string {
  return `${stableJson(fixtures, '')}\n`;
}

/**
 * Starts an emulator with the fixture seed, scale and anchor date, runs every request of
 * `FIXTURE_REQUESTS` against it (named queries compiled as the proxy would for an internal user)
 * and resolves to each file's fixtures. The emulator is closed before it resolves.
 */
export async function recordRepositoryFixtures(): Promise<Record<string, AnalyticsFixture[]>> {
  const emulator = await startEmulator({ port: 0, seed: FIXTURE_SEED, scale: FIXTURE_SCALE, anchorDate: FIXTURE_ANCHOR_DATE });
  try {
    const fetcher = createHttpFetcher({
      baseUrl: emulator.url,
      headers: { authorization: `Bearer ${emulator.apiKey}` },
      // The emulator speaks the API's own `{ query }`: compile named queries here, unscoped.
      compile: 'client',
    });
    const files: Record<string, AnalyticsFixture[]> = {};
    for (const [name, requests] of Object.entries(FIXTURE_REQUESTS)) {
      files[name] = await recordFixtures(fetcher, requests);
    }
    return files;
  } finally {
    await emulator.close();
  }
}
