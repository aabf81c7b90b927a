/**
 * Global setup of the `examples` project: builds the library and packs it once per run
 * (`npm run build`, then `npm pack`), and hands the tarball's path to every example test.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cleanEnv, EXAMPLES_WORK_DIR, REPO_ROOT, reportDuration, runOk } from './exampleHost';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Absolute path of this run's `npm pack` tarball of the library. */
    libraryTarball: string;
  }
}

export default async function packLibrary(project: TestProject): Promise<void> {
  const packDir = join(EXAMPLES_WORK_DIR, 'pack');
  rmSync(packDir, { recursive: true, force: true });
  mkdirSync(packDir, { recursive: true });
  // PAID_EXAMPLES_SKIP_BUILD=1 packs the dist/ already there (local iteration only).
  if (process.env.PAID_EXAMPLES_SKIP_BUILD !== '1') {
    const build = await runOk('npm', ['run', 'build'], { cwd: REPO_ROOT, env: cleanEnv(), timeoutMs: 300_000 });
    reportDuration('npm run build', build.durationMs);
  }
  const pack = await runOk('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', packDir], { cwd: REPO_ROOT, env: cleanEnv(), timeoutMs: 120_000 });
  const [packed] = JSON.parse(pack.stdout.slice(pack.stdout.indexOf('['))) as { filename: string }[];
  if (packed === undefined) throw new Error(`npm pack printed no file:\n${pack.stdout}`);
  reportDuration('npm pack', pack.durationMs);
  project.provide('libraryTarball', join(packDir, packed.filename));
}
