import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

/**
 * Storybook's own Vite config. The repository's root `vite.config.ts` is the library build
 * (`build.lib`, externals), which a static Storybook must not inherit.
 */
export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: [
      // echarts-for-react's `lib/core` is CommonJS, and Vite 8 (Rolldown) hands its default import
      // over as the module object; its own ES build is the same component as a real ES module.
      { find: /^echarts-for-react\/lib\/core$/, replacement: 'echarts-for-react/esm/core.js' },
      // Host code written against the package name (the README's own-analysis card) reads the sources.
      { find: /^paid-analytics-react$/, replacement: fileURLToPath(new URL('../src/index.ts', import.meta.url)) },
      { find: /^paid-analytics-react\/core$/, replacement: fileURLToPath(new URL('../src/core/index.ts', import.meta.url)) },
    ],
  },
});
