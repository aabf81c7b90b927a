/**
 * Global setup of the `examples` project: builds the library and packs it once per run
 * (`npm run build`, `npm pack`), then installs that tarball into a copy of every example at once
 * (installs wait on disk and network more than on the CPU, so side by side they take about the
 * time of the largest). Hands the example directories to the test files.
 */
import chromium from '@sparticuz/chromium';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { cleanEnv, EXAMPLES_DIR, EXAMPLES_WORK_DIR, installExample, REPO_ROOT, reportDuration, runOk } from './exampleHost';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Each example's installed copy (outside the repository), by its folder name under `examples/`. */
    exampleDirs: Record<string, string>;
  }
}

export default async function prepareExamples(project: TestProject): Promise<void> {
  const startedAt = performance.now();
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

  const tarball = join(packDir, packed.filename);
  const names = readdirSync(EXAMPLES_DIR).filter((name) => statSync(join(EXAMPLES_DIR, name)).isDirectory());
  // Chromium's binary is unpacked once here, before any test process (here or in the browser
  // project) could race another one unpacking it.
  const [installed] = await Promise.all([Promise.all(names.map((name) => installExample(name, tarball))), chromium.executablePath()]);
  const exampleDirs: Record<string, string> = {};
  names.forEach((name, index) => {
    exampleDirs[name] = installed[index]!.dir;
    reportDuration(`${name}: npm install`, installed[index]!.install.durationMs);
  });
  reportDuration('build, pack and install every example', performance.now() - startedAt);
  project.provide('exampleDirs', exampleDirs);
}
