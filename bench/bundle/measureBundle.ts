/**
 * Production bundle sizes, measured by building with Vite exactly as a host app would:
 * minified, tree-shaken, gzip -9 of the JS a page loads up front (the entry chunks and what they
 * import statically). Chunks behind a dynamic `import()` are counted apart, in `lazyGzipBytes`:
 * the page pays for them only when that code path runs.
 */
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { build, type Rollup } from 'vite';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const appsDir = fileURLToPath(new URL('./apps/', import.meta.url));

export interface BundleSize {
  name: string;
  /** Minified bytes of the JS loaded up front. */
  rawBytes: number;
  /** gzip -9 bytes of the JS loaded up front. */
  gzipBytes: number;
  /** gzip -9 bytes of chunks loaded only by a dynamic `import()`. */
  lazyGzipBytes: number;
  /** Module ids with code in the up-front chunks (tree-shaken-away modules left out): what the app pays for. */
  modules: string[];
  /** Rendered (tree-shaken, not yet minified) bytes per module id: where the size comes from. */
  moduleBytes: Record<string, number>;
  /** Bare imports left external (library entries): what the entry pulls from the host's node_modules. */
  externalImports: string[];
}

function outputsOf(result: Awaited<ReturnType<typeof build>>): Rollup.RollupOutput[] {
  if (Array.isArray(result)) return result;
  if ('output' in result) return [result];
  throw new Error('Expected a finished build, got a watcher.');
}

/** The chunks a page loads up front: every entry chunk and its static imports, transitively. */
function initialChunks(chunks: Rollup.OutputChunk[]): Set<string> {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set<string>();
  const visit = (fileName: string) => {
    if (initial.has(fileName)) return;
    const chunk = byFile.get(fileName);
    if (!chunk) return;
    initial.add(fileName);
    for (const imported of chunk.imports) visit(imported);
  };
  for (const chunk of chunks) if (chunk.isEntry) visit(chunk.fileName);
  return initial;
}

function sizeOf(name: string, result: Awaited<ReturnType<typeof build>>): BundleSize {
  let rawBytes = 0;
  let gzipBytes = 0;
  let lazyGzipBytes = 0;
  const modules = new Set<string>();
  const moduleBytes: Record<string, number> = {};
  const imports = new Set<string>();
  const chunks = outputsOf(result).flatMap((output) => output.output.filter((item): item is Rollup.OutputChunk => item.type === 'chunk'));
  const chunkFiles = new Set(chunks.map((chunk) => chunk.fileName));
  const initial = initialChunks(chunks);
  for (const chunk of chunks) {
    for (const id of [...chunk.imports, ...chunk.dynamicImports]) imports.add(id);
    const gzip = gzipSync(chunk.code, { level: 9 }).length;
    if (!initial.has(chunk.fileName)) {
      lazyGzipBytes += gzip;
      continue;
    }
    rawBytes += Buffer.byteLength(chunk.code);
    gzipBytes += gzip;
    for (const [id, module] of Object.entries(chunk.modules)) {
      if (module.renderedLength === 0) continue;
      modules.add(id);
      moduleBytes[id] = (moduleBytes[id] ?? 0) + module.renderedLength;
    }
  }
  const externalImports = [...imports].filter((id) => !chunkFiles.has(id)).sort();
  return { name, rawBytes, gzipBytes, lazyGzipBytes, modules: [...modules].sort(), moduleBytes, externalImports };
}

/** Builds one host app from `bench/bundle/apps/<app>.tsx`, with the package resolved to `src/`. */
export async function measureApp(app: string): Promise<BundleSize> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: appsDir,
    mode: 'production',
    plugins: [react()],
    resolve: { alias: { 'paid-analytics-react': `${repoRoot}src/index.ts` } },
    define: { 'process.env.NODE_ENV': '"production"' },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      modulePreload: false,
      rollupOptions: { input: `${appsDir}${app}.tsx` },
    },
  });
  return sizeOf(app, result);
}

/** The library's own entry points, every dependency external: what the package itself weighs. */
export const LIBRARY_ENTRIES = {
  'paid-analytics-react': 'src/index.ts',
  'paid-analytics-react/core': 'src/core/index.ts',
  'paid-analytics-react/server': 'src/server/index.ts',
  'paid-analytics-react/emulator': 'src/emulator/index.ts',
  'paid-analytics-react/testing': 'src/testing/index.ts',
} as const;

export type LibraryEntry = keyof typeof LIBRARY_ENTRIES;

/** Builds one entry point minified with every bare import external. */
export async function measureLibraryEntry(entry: LibraryEntry): Promise<BundleSize> {
  const result = await build({
    configFile: false,
    logLevel: 'silent',
    root: repoRoot,
    mode: 'production',
    plugins: [react()],
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: `${repoRoot}${LIBRARY_ENTRIES[entry]}`, formats: ['es'], fileName: 'entry' },
      rollupOptions: {
        external: (id) => !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0'),
      },
    },
  });
  return sizeOf(entry, result);
}
