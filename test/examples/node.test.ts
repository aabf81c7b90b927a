/**
 * `examples/node`: the packed library in plain Node, no bundler — an ES-module script importing
 * every entry (and server-rendering a widget), a CommonJS `require` of `/core` and `/server`, a
 * NodeNext `tsc` of typed consumer code (ESM and CJS, `exactOptionalPropertyTypes`), a walk over
 * every public type that fails on `any`, and the emulator's install hint without `chdb`.
 */
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { run, runOk } from './support/exampleHost';

let dir: string;

beforeAll(() => {
  dir = inject('exampleDirs').node!;
});

describe('examples/node', () => {
  it('imports every entry point as ES modules and renders a widget on the server without a request', async () => {
    const result = await runOk('node', ['esm.mjs'], { cwd: dir, timeoutMs: 60_000 });
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true, entries: 5 });
  });

  it('requires /core and /server from CommonJS (require of ES modules, Node >= 20.19)', async () => {
    const result = await runOk('node', ['require.cjs'], { cwd: dir, timeoutMs: 60_000 });
    expect(JSON.parse(result.stdout)).toMatchObject({ ok: true });
    expect(result.stderr).not.toMatch(/ExperimentalWarning|Error/);
  });

  it('type-checks ESM and CJS consumers under module/moduleResolution nodenext with exactOptionalPropertyTypes', async () => {
    const result = await run('node', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { cwd: dir, timeoutMs: 120_000 });
    expect(result.stdout + result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('finds no public type that is any, and would find one an unresolvable declaration import makes any', async () => {
    const clean = await run('node', ['check-public-types.mjs'], { cwd: dir, timeoutMs: 120_000 });
    expect(clean.stderr).toBe('');
    expect(JSON.parse(clean.stdout)).toMatchObject({ ok: true, exports: { main: expect.any(Number), core: expect.any(Number) } });

    // The check itself can fail: the defect of an extensionless specifier, put back into one file.
    const declaration = join(dir, 'node_modules/paid-analytics-react/dist/types/server/proxyOptions.d.ts');
    const original = readFileSync(declaration, 'utf8');
    expect(original).toContain("from '../core/contract.js'");
    copyFileSync(declaration, `${declaration}.orig`);
    try {
      writeFileSync(declaration, original.replace("from '../core/contract.js'", "from '../core/contract'"));
      const broken = await run('node', ['check-public-types.mjs'], { cwd: dir, timeoutMs: 120_000 });
      expect(broken.code).toBe(1);
      expect(broken.stderr).toMatch(/createAnalyticsProxy\(options\)\.resolveScope\(\) is any \(unresolved import\)/);
    } finally {
      copyFileSync(`${declaration}.orig`, declaration);
    }
  });

  it('says `npm i -D chdb` in one line when the emulator is started without chdb, from code and from the CLI', async () => {
    const fromCode = await runOk('node', ['emulator-hint.mjs'], { cwd: dir, timeoutMs: 60_000 });
    expect(JSON.parse(fromCode.stdout)).toMatchObject({ ok: true, hint: expect.stringContaining('npm i -D chdb') });

    const help = await run('npx', ['paid-analytics-emulator', '--help'], { cwd: dir, timeoutMs: 60_000 });
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: paid-analytics-emulator/);
    expect(help.stdout.trim().split('\n').at(-1)).toMatch(/needs the optional peer dependency chdb: run `npm i -D chdb`/);

    const start = await run('npx', ['paid-analytics-emulator', '--port', '0'], { cwd: dir, timeoutMs: 60_000 });
    expect(start.code).toBe(1);
    const lines = start.stderr.split('\n').filter((line) => line.trim() !== '' && !/^npm warn/.test(line));
    expect(lines).toEqual([expect.stringMatching(/^paid-analytics-emulator: .*npm i -D chdb/)]);
  });
});
