/**
 * SignalPayloadBreakdown: one signal's counts by the value of a payload field, both picked from
 * `/signals/metadata`. Every story answers from the recorded fixtures (the global decorator);
 * `parameters.analytics` shows the loading, empty and error states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { SignalPayloadBreakdown } from '../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { errorStory } from './support/analyticsParameters';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

const meta = {
  title: 'Widgets/SignalPayloadBreakdown',
  component: SignalPayloadBreakdown,
  args: { ...STORY_PROPS.signalPayloadBreakdown },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    valueFormatter: { control: false },
    limit: { control: { type: 'number', min: 1, max: 100 } },
  },
} satisfies Meta<typeof SignalPayloadBreakdown>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

/** A high-cardinality field: the top values, the rest as "Other values". */
export const ManyValues: Story = { name: 'Many values (top 10 + Other)', args: { defaultPath: 'account_id' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Triage by priority' } };

export const GermanEuro: Story = {
  name: 'de-DE / EUR',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Signale nach Nutzlastwert',
      signal: 'Signal',
      path: 'Nutzlastfeld',
      total: 'Signale',
      versusPrevious: 'ggü. Vorperiode',
      otherValues: 'Andere Werte',
      noValue: '(kein Wert)',
      totalRow: 'Summe',
      value: 'Wert',
      signals: 'Signale',
      share: 'Anteil',
      caption: (signalName, path) => `${signalName} nach ${path}`,
    },
  },
};

/** A controlled path the metadata does not list: nothing is queried, and the card says why. */
export const UnknownPath: Story = { name: 'Path not in the metadata', args: { path: 'no_such_field' } };

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
