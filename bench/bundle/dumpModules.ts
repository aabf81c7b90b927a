/**
 * Where a host app's bytes come from, module by module: `npx tsx bench/bundle/dumpModules.ts widget-UsageTrends …`.
 * For each app: up-front and lazy gzip, the share over floor-chart, and each own module's size
 * alone (minified by esbuild, gzip -9: a rough ranking, not additive), up front and per lazy chunk.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { transform } from 'esbuild';
import { build, type Rollup } from 'vite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const appsDir = fileURLToPath(new URL('./apps/', import.meta.url));
const top = Number(process.env.TOP ?? 40);

async function chunksOf(app: string): Promise<Rollup.OutputChunk[]> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: appsDir,
    mode: 'production',
    plugins: [react()],
    define: { 'process.env.NODE_ENV': '"production"' },
    build: { write: false, minify: true, target: 'es2022', modulePreload: false, rollupOptions: { input: `${appsDir}${app}.tsx` } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rollup.RollupOutput[];
  return outputs.flatMap((output) => output.output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk'));
}

function initialOf(chunks: Rollup.OutputChunk[]): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const visit = (file: string) => {
    if (initial.has(file) || !byFile.has(file)) return;
    initial.add(file);
    for (const imported of byFile.get(file)!.imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return initial;
}

const gzip = (code: string) => gzipSync(code, { level: 9 }).length;
const short = (id: string) => id.replace(/.*\/node_modules\//, 'nm:').replace(/.*\/src\//, '');

async function alone(code: string): Promise<number> {
  try {
    return gzip((await transform(code, { minify: true, loader: 'js' })).code);
  } catch {
    return gzip(code);
  }
}

/** Rendered bytes per package in the up-front chunks (`(own)` for the library's sources). */
function packageBytes(chunks: Rollup.OutputChunk[]): Map<string, number> {
  const initial = initialOf(chunks);
  const bytes = new Map<string, number>();
  for (const chunk of chunks.filter((c) => initial.has(c.fileName))) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const at = id.lastIndexOf('/node_modules/');
      const parts = at === -1 ? ['(own)'] : id.slice(at + 14).split('/');
      const name = parts[0]!.startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]!;
      bytes.set(name, (bytes.get(name) ?? 0) + module.renderedLength);
    }
  }
  return bytes;
}

const floor = await chunksOf('floor-chart');
const floorPackages = packageBytes(floor);
const floorGzip = floor.filter((c) => initialOf(floor).has(c.fileName)).reduce((t, c) => t + gzip(c.code), 0);
console.log(`floor-chart ${floorGzip} B gzip`);
for (const app of process.argv.slice(2)) {
  const chunks = await chunksOf(app);
  const initial = initialOf(chunks);
  let up = 0;
  let lazy = 0;
  for (const chunk of chunks) (initial.has(chunk.fileName) ? (up += gzip(chunk.code)) : (lazy += gzip(chunk.code)));
  console.log(`\n== ${app}: up front ${up} B, lazy ${lazy} B; over floor ${up - floorGzip} B = ${((100 * (up - floorGzip)) / floorGzip).toFixed(1)} % / with lazy ${((100 * (up + lazy - floorGzip)) / floorGzip).toFixed(1)} %`);
  const packages = packageBytes(chunks);
  const names = [...new Set([...packages.keys(), ...floorPackages.keys()])];
  console.log(`   rendered bytes beyond floor-chart by package: ${names.map((name) => [name, (packages.get(name) ?? 0) - (floorPackages.get(name) ?? 0)] as const).filter(([, d]) => Math.abs(d) >= 200).map(([name, d]) => `${name} ${d > 0 ? '+' : ''}${d}`).join(', ')}`);
  for (const chunk of chunks) {
    const own = Object.entries(chunk.modules).filter(([id, m]) => m.renderedLength > 0 && (!id.includes('/node_modules/') || !initial.has(chunk.fileName)));
    const sized = await Promise.all(own.map(async ([id, m]) => [id, await alone(m.code ?? '')] as const));
    sized.sort((a, b) => b[1] - a[1]);
    const sum = sized.reduce((t, [, b]) => t + b, 0);
    console.log(`-- ${initial.has(chunk.fileName) ? 'up front' : 'LAZY'} chunk ${chunk.fileName}: ${gzip(chunk.code)} B gzip; ${sized.length} modules listed, alone-sum ${sum} B`);
    for (const [id, bytes] of sized.slice(0, top)) console.log(`${String(bytes).padStart(7)}  ${short(id)}`);
  }
}
