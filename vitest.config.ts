import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));

/**
 * Four projects, one run:
 * - `node`: the framework-free core, the emulator, the proxy and every test that runs SQL on the
 *   real engine (chDB). Engine tests run in forked workers: libchdb binds one data directory per
 *   process, so each test file gets its own process and its own engine.
 * - `dom`: React bindings, UI frame and widgets under jsdom (logic and markup, not pixels).
 * - `examples`: the host apps under `examples/` (Next.js, Express 4 and 5, Vite + React 18, plain
 *   Node ESM/CJS/NodeNext), each installing this run's `npm pack` tarball outside the repository.
 * - `browser`: real headless Chromium against the demo served on loopback.
 * Type tests (`*.test-d.ts`) run in the `node` project's typecheck pass.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    // Tests and examples may import the package by name, as a host would.
    alias: [
      { find: /^paid-analytics-react$/, replacement: src('index.ts') },
      { find: /^paid-analytics-react\/(core|server|emulator|testing)$/, replacement: src('$1/index.ts') },
    ],
  },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['test/{core,emulator,server,testing,integration,contract,scripts}/**/*.test.ts'],
          setupFiles: ['test/setup/lazyChunks.ts'],
          pool: 'forks',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          typecheck: {
            enabled: true,
            include: ['test/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['test/{react,ui,theme,widgets}/**/*.test.{ts,tsx}'],
          setupFiles: ['test/setup/dom.ts', 'test/setup/lazyChunks.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The example host apps (examples/*) installed from the packed library, as a user would.
          name: 'examples',
          environment: 'node',
          include: ['test/examples/**/*.test.ts'],
          globalSetup: ['test/examples/support/prepareExamples.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 300_000,
          hookTimeout: 900_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/browser/**/*.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 240_000,
        },
      },
    ],
  },
});
