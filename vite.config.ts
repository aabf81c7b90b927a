import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { nodeResolvableSpecifier } from './scripts/nodeSpecifiers.js';

const entry = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/** Every bare import that is not our own source stays external: the host's bundler resolves it. */
function isExternal(id: string): boolean {
  return !id.startsWith('.') && !id.startsWith('/') && !id.startsWith('\0') && !/^[A-Za-z]:/.test(id);
}

/**
 * The library build: one ES module per source module (`preserveModules`) so a host's bundler
 * keeps only the widgets it imports, and `'use client'` directives survive on the React modules.
 */
export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    target: 'es2022',
    lib: {
      entry: {
        index: entry('./src/index.ts'),
        core: entry('./src/core/index.ts'),
        server: entry('./src/server/index.ts'),
        emulator: entry('./src/emulator/index.ts'),
        'emulator-cli': entry('./src/emulator/cli.ts'),
        testing: entry('./src/testing/index.ts'),
      },
      formats: ['es'],
    },
    rollupOptions: {
      external: isExternal,
      output: {
        preserveModules: true,
        preserveModulesRoot: 'src',
        entryFileNames: '[name].js',
        // Node's ESM resolver adds no extension: `echarts-for-react/lib/core` → `…/lib/core.js`.
        paths: (id) => (isExternal(id) ? nodeResolvableSpecifier(id, entry('./node_modules')) : id),
      },
    },
  },
});
