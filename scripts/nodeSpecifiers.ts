/**
 * Import specifiers as Node's own resolver (and TypeScript under `moduleResolution: nodenext`)
 * needs them in `dist/`: relative paths with their file's extension, and deep imports of packages
 * without an `exports` map naming the file. A bundler forgives both; Node and NodeNext do not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The specifier Node resolves for a bare import. A deep import of a package without an `exports`
 * map (`echarts-for-react/lib/core`) is a file path to Node's ESM resolver, which adds no extension:
 * it gets the file's `.js` (or `/index.js`). Packages with an `exports` map (`echarts/core`,
 * `react/jsx-runtime`), package roots and unknown packages are left as written.
 */
export function nodeResolvableSpecifier(specifier: string, nodeModules: string): string {
  const parts = specifier.split('/');
  const nameLength = specifier.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameLength).join('/');
  const subpath = parts.slice(nameLength).join('/');
  if (subpath === '' || /\.[cm]?js$/.test(subpath)) return specifier;
  const manifestPath = join(nodeModules, name, 'package.json');
  if (!existsSync(manifestPath)) return specifier;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { exports?: unknown };
  if (manifest.exports !== undefined) return specifier;
  if (existsSync(join(nodeModules, name, `${subpath}.js`))) return `${specifier}.js`;
  if (existsSync(join(nodeModules, name, subpath, 'index.js'))) return `${specifier}/index.js`;
  return specifier;
}

/** `from '…'`, `import('…')`, `import '…'` and `export … from '…'` in declaration text. */
const SPECIFIER = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\2/g;

export interface DeclarationRewrite {
  text: string;
  /** Relative specifiers that name no declaration file: the build must fail on these. */
  unresolved: string[];
}

/**
 * A declaration file's text with every specifier Node-resolvable: `./x` → `./x.js` when `x.d.ts`
 * sits beside it, `./dir` → `./dir/index.js` when `dir/index.d.ts` does; bare deep imports as
 * `nodeResolvableSpecifier` writes them. `file` is the declaration file's absolute path.
 */
export function withNodeSpecifiers(text: string, file: string, nodeModules: string): DeclarationRewrite {
  const unresolved: string[] = [];
  const directory = dirname(file);
  const rewritten = text.replace(SPECIFIER, (match, lead: string, quote: string, specifier: string) => {
    let resolved = specifier;
    if (specifier.startsWith('./') || specifier.startsWith('../')) {
      if (/\.[cm]?js$/.test(specifier)) return match;
      if (existsSync(join(directory, `${specifier}.d.ts`))) resolved = `${specifier}.js`;
      else if (existsSync(join(directory, specifier, 'index.d.ts'))) resolved = `${specifier}/index.js`;
      else unresolved.push(specifier);
    } else if (!specifier.startsWith('node:')) {
      resolved = nodeResolvableSpecifier(specifier, nodeModules);
    }
    return `${lead}${quote}${resolved}${quote}`;
  });
  return { text: rewritten, unresolved };
}
