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
      'echarts-for-react/lib/core',
      '@tanstack/react-table',
    ],
  },
  server: {
    fs: { allow: [repoRoot] },
  },
});
