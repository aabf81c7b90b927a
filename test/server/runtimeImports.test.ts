/**
 * The proxy runs in any Fetch-API runtime (Node, Next.js, edge): no module of `src/server` may load
 * a Node built-in at run time. `import type` from `node:http` is erased and allowed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SERVER_DIR = join(import.meta.dirname, '../../src/server');

describe('src/server', () => {
  const modules = readdirSync(SERVER_DIR).filter((file) => file.endsWith('.ts'));

  it('has modules to check', () => {
    expect(modules).toContain('createAnalyticsProxy.ts');
    expect(modules).toContain('toNodeHandler.ts');
  });

  it.each(modules)('%s loads no Node built-in at run time', (file) => {
    const source = readFileSync(join(SERVER_DIR, file), 'utf8');
    const runtimeImports = [...source.matchAll(/^\s*(import|export)\s+(?!type\b)[^;]*?from\s+'([^']+)'/gm)].map((m) => m[2]);
    const dynamicImports = [...source.matchAll(/\b(?:import|require)\(\s*'([^']+)'/g)].map((m) => m[1]);
    const builtins = [...runtimeImports, ...dynamicImports].filter((specifier) => specifier!.startsWith('node:') || /^(fs|http|https|stream|net|path|os|crypto|buffer)$/.test(specifier!));
    expect(builtins).toEqual([]);
    const code = source
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .replace(/\/\/.*$/gm, '')
      .replace(/'(?:\\.|[^'\\\n])*'|`(?:\\.|[^`\\])*`/g, "''");
    expect(code).not.toMatch(/\bBuffer\.|\bprocess\./);
  });
});
