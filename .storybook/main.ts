import type { StorybookConfig } from '@storybook/react-vite';

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
  // Docs pages (autodocs) with props tables generated from the components' TypeScript types.
  addons: ['@storybook/addon-docs'],
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
