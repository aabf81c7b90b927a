import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * Storybook's own Vite config. The repository's root `vite.config.ts` is the library build
 * (`build.lib`, externals), which a static Storybook must not inherit.
 */
export default defineConfig({
  plugins: [react()],
});
