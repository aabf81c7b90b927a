import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/react-vite';

/**
 * Storybook 10 renders docs pages (autodocs) through `@storybook/addon-docs`, a separate package.
 * It is used when installed; without it, `fallbackDocs.tsx` renders a simpler page per component
 * (description, props table from the TypeScript types, every story live).
 */
function installedAddons(names: readonly string[]): string[] {
  const require = createRequire(import.meta.url);
  return names.filter((name) => {
    try {
      require.resolve(`${name}/package.json`);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Storybook for the widgets. Stories render with no server: a global decorator (preview.tsx)
 * wraps each in an `AnalyticsProvider` whose fetcher answers from `fixtures/*.json`, recorded
 * from the emulator by `scripts/record-fixtures.ts`.
 */
const config: StorybookConfig = {
  framework: {
    name: '@storybook/react-vite',
    options: {
      builder: { viteConfigPath: '.storybook/vite.config.ts' },
    },
  },
  stories: ['../stories/**/*.stories.tsx'],
  addons: installedAddons(['@storybook/addon-docs']),
  previewAnnotations: async (entries = []) =>
    installedAddons(['@storybook/addon-docs']).length > 0
      ? entries
      : [...entries, fileURLToPath(new URL('./fallbackDocs.tsx', import.meta.url))],
  // Autodocs is switched on for every story by the `autodocs` tag in preview.tsx.
  docs: { defaultName: 'Docs' },
  typescript: {
    // Props tables from the components' TypeScript types, including imported ones (ThemeInput, …).
    reactDocgen: 'react-docgen-typescript',
    reactDocgenTypescriptOptions: {
      shouldExtractLiteralValuesFromEnum: true,
      shouldRemoveUndefinedFromOptional: true,
      propFilter: (prop) => !prop.parent || !/node_modules/.test(prop.parent.fileName),
    },
  },
  core: { disableTelemetry: true },
};

export default config;
