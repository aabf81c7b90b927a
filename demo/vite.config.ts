import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

const demoRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * The demo dashboard's Vite config. `demo/server.ts` starts it in dev mode with the analytics
 * proxy (and the emulator) mounted at `/api/analytics` by a small plugin; nothing here needs
 * a backend of its own.
 */
export default defineConfig({
  root: demoRoot,
  plugins: [react()],
  // A cache of its own, so the demo and the library build never fight over pre-bundled deps.
  cacheDir: `${repoRoot}node_modules/.vite-demo`,
  clearScreen: false,
  resolve: {
    alias: [
      // echarts-for-react's `lib/core` is CommonJS; Vite 8's dev pre-bundling hands its default
      // import over as the module object. Its own ES build is the same component as a real ES module.
      { find: /^echarts-for-react\/lib\/core$/, replacement: 'echarts-for-react/esm/core.js' },
    ],
  },
  optimizeDeps: {
    // Pre-bundle everything the dashboard imports up front: no "new dependencies found, reloading"
    // on the first visit (which would also flake the browser tests).
    entries: [`${demoRoot}index.html`],
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom',
      'react-dom/client',
      'echarts/core',
      'echarts/charts',
      'echarts/components',
      'echarts/renderers',
      'echarts-for-react/esm/core.js',
      '@tanstack/react-table',
    ],
  },
  server: {
    fs: { allow: [repoRoot] },
  },
});
