/**
 * The build step that makes `dist/` resolvable by Node and NodeNext: deep imports of packages
 * without an `exports` map get their file, relative declaration specifiers their `.js`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nodeResolvableSpecifier, withNodeSpecifiers } from '../../scripts/nodeSpecifiers';

let root: string;
let nodeModules: string;

function write(path: string, text = ''): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'node-specifiers-'));
  nodeModules = join(root, 'node_modules');
  write(join(nodeModules, 'no-exports/package.json'), JSON.stringify({ name: 'no-exports', main: 'lib/index.js' }));
  write(join(nodeModules, 'no-exports/lib/core.js'));
  write(join(nodeModules, 'no-exports/lib/helpers/index.js'));
  write(join(nodeModules, 'with-exports/package.json'), JSON.stringify({ name: 'with-exports', exports: { './core': './core.js' } }));
  write(join(nodeModules, 'with-exports/core.js'));
  write(join(nodeModules, '@scope/pkg/package.json'), JSON.stringify({ name: '@scope/pkg' }));
  write(join(nodeModules, '@scope/pkg/deep/file.js'));
  write(join(root, 'types/server/index.d.ts'));
  write(join(root, 'types/server/proxyOptions.d.ts'));
  write(join(root, 'types/core/contract.d.ts'));
  write(join(root, 'types/core/queries/index.d.ts'));
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('nodeResolvableSpecifier', () => {
  it('gives a deep import of a package without exports its .js file, or its directory index', () => {
    expect(nodeResolvableSpecifier('no-exports/lib/core', nodeModules)).toBe('no-exports/lib/core.js');
    expect(nodeResolvableSpecifier('no-exports/lib/helpers', nodeModules)).toBe('no-exports/lib/helpers/index.js');
    expect(nodeResolvableSpecifier('@scope/pkg/deep/file', nodeModules)).toBe('@scope/pkg/deep/file.js');
  });

  it('leaves package roots, packages with an exports map, explicit files and unknown packages as written', () => {
    expect(nodeResolvableSpecifier('no-exports', nodeModules)).toBe('no-exports');
    expect(nodeResolvableSpecifier('with-exports/core', nodeModules)).toBe('with-exports/core');
    expect(nodeResolvableSpecifier('no-exports/lib/core.js', nodeModules)).toBe('no-exports/lib/core.js');
    expect(nodeResolvableSpecifier('not-installed/deep', nodeModules)).toBe('not-installed/deep');
    expect(nodeResolvableSpecifier('no-exports/lib/missing', nodeModules)).toBe('no-exports/lib/missing');
  });
});

describe('withNodeSpecifiers', () => {
  it("gives relative specifiers the declaration's .js, or the directory's index.js, in every import form", () => {
    const file = join(root, 'types/server/index.d.ts');
    const text = [
      "import type { Scope } from '../core/contract';",
      "export { x } from './proxyOptions';",
      "export * from '../core/queries';",
      "type T = import('./proxyOptions').AnalyticsProxyOptions;",
      "import './proxyOptions';",
      "import type { IncomingMessage } from 'node:http';",
      "import ReactEChartsCore from 'no-exports/lib/core';",
    ].join('\n');
    const { text: rewritten, unresolved } = withNodeSpecifiers(text, file, nodeModules);
    expect(unresolved).toEqual([]);
    expect(rewritten.split('\n')).toEqual([
      "import type { Scope } from '../core/contract.js';",
      "export { x } from './proxyOptions.js';",
      "export * from '../core/queries/index.js';",
      "type T = import('./proxyOptions.js').AnalyticsProxyOptions;",
      "import './proxyOptions.js';",
      "import type { IncomingMessage } from 'node:http';",
      "import ReactEChartsCore from 'no-exports/lib/core.js';",
    ]);
  });

  it('reports a relative specifier that names no declaration, so the build fails on it', () => {
    const { unresolved } = withNodeSpecifiers("export * from './gone';", join(root, 'types/server/index.d.ts'), nodeModules);
    expect(unresolved).toEqual(['./gone']);
  });

  it('leaves specifiers that already have an extension alone', () => {
    const text = "export * from './proxyOptions.js';";
    expect(withNodeSpecifiers(text, join(root, 'types/server/index.d.ts'), nodeModules).text).toBe(text);
  });
});
