/**
 * Regenerates `fixtures/*.json` (the data of the Storybook stories) from a fresh emulator:
 *
 *   npx tsx scripts/record-fixtures.ts
 *
 * Deterministic: the emulator's seed, scale and anchor date are fixed in `fixtures/fixtureRequests.ts`,
 * so re-running it changes nothing unless the emulator or a named query changed.
 * `test/testing/fixtures.test.ts` fails when the committed files differ from a fresh recording.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { fixtureFilePath, fixtureFileText, recordRepositoryFixtures } from './recordRepositoryFixtures';

function readOrNull(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return null;
  }
}

const started = performance.now();
const files = await recordRepositoryFixtures();
for (const [name, fixtures] of Object.entries(files)) {
  const path = fixtureFilePath(name);
  const text = fixtureFileText(fixtures);
  const before = readOrNull(path);
  if (before === text) {
    console.log(`unchanged  fixtures/${name}.json (${fixtures.length} requests)`);
  } else {
    writeFileSync(path, text);
    console.log(`${before === null ? 'created' : 'updated'}    fixtures/${name}.json (${fixtures.length} requests)`);
  }
}
console.log(`done in ${((performance.now() - started) / 1000).toFixed(1)}s`);
