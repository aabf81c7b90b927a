/**
 * Build step after `tsc -p tsconfig.build.json`: rewrites every specifier in `dist/types` so the
 * declarations resolve under `moduleResolution: nodenext` (else every public type there is
 * silently `any` for such a host). Fails the build when a relative import names no declaration.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { withNodeSpecifiers } from './nodeSpecifiers';

const root = fileURLToPath(new URL('..', import.meta.url));
const typesDir = join(root, 'dist', 'types');
const nodeModules = join(root, 'node_modules');

function declarationFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return declarationFiles(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

const problems: string[] = [];
let changed = 0;
for (const file of declarationFiles(typesDir)) {
  const before = readFileSync(file, 'utf8');
  const { text, unresolved } = withNodeSpecifiers(before, file, nodeModules);
  for (const specifier of unresolved) problems.push(`${file}: '${specifier}' names no declaration file`);
  if (text !== before) {
    writeFileSync(file, text);
    changed += 1;
  }
}
if (problems.length > 0) {
  process.stderr.write(`finish-declarations:\n${problems.join('\n')}\n`);
  process.exit(1);
}
process.stdout.write(`finish-declarations: ${changed} declaration files given Node-resolvable specifiers\n`);
