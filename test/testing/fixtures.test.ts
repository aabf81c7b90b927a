/**
 * The committed fixtures (`fixtures/*.json`, the Storybook's data) must be exactly what the
 * emulator returns today for their requests. When this fails after an intended change to the
 * emulator or a named query, run `npx tsx scripts/record-fixtures.ts` and commit the result.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_REQUESTS } from '../../fixtures/fixtureRequests';
import type { AnalyticsFixture } from '../../src/testing/fixture';
import { createFixtureFetcher } from '../../src/testing/createFixtureFetcher';
import { FIXTURES_DIR, fixtureFilePath, fixtureFileText, recordRepositoryFixtures } from '../../scripts/recordRepositoryFixtures';

let fresh: Record<string, AnalyticsFixture[]>;

beforeAll(async () => {
  fresh = await recordRepositoryFixtures();
});

describe('the committed fixtures', () => {
  it('are one file per group of recorded requests, with no stale file left', () => {
    const files = readdirSync(FIXTURES_DIR).filter((file) => file.endsWith('.json')).sort();
    expect(files).toEqual(Object.keys(FIXTURE_REQUESTS).map((name) => `${name}.json`).sort());
  });

  it.each(Object.keys(FIXTURE_REQUESTS))('%s.json matches a fresh recording from the emulator byte for byte', (name) => {
    const committed = readFileSync(fixtureFilePath(name), 'utf8');
    const recorded = fresh[name];
    expect(recorded).toBeDefined();
    // Compare the parsed data first for a readable diff, then the exact text.
    expect(JSON.parse(committed)).toEqual(JSON.parse(fixtureFileText(recorded!)));
    expect(committed).toBe(fixtureFileText(recorded!));
  });

  it('hold data, not empty answers, so the stories show charts', () => {
    for (const [name, fixtures] of Object.entries(fresh)) {
      for (const fixture of fixtures) {
        const rows = (fixture.body as { rows?: unknown[] }).rows;
        if (rows !== undefined) expect(rows.length, `${name}: ${JSON.stringify(fixture.request)}`).toBeGreaterThan(0);
      }
    }
  });

  it('answer every recorded request through the fixture fetcher, strictly matched', async () => {
    const all = Object.values(fresh).flat();
    const fetcher = createFixtureFetcher(all, { matchByName: false });
    for (const fixture of all) {
      await expect(fetcher(fixture.request, { signal: new AbortController().signal })).resolves.toEqual(fixture.body);
    }
  });
});

describe('fixtures/index.ts', () => {
  it('gathers every fixture file the recorder writes', async () => {
    const { FIXTURES_BY_FILE, ALL_FIXTURES } = await import('../../fixtures/index');
    expect(Object.keys(FIXTURES_BY_FILE).sort()).toEqual(Object.keys(FIXTURE_REQUESTS).sort());
    expect(ALL_FIXTURES.length).toBe(Object.values(FIXTURE_REQUESTS).flat().length);
  });
});
