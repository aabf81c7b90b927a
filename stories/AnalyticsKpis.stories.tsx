/**
 * AnalyticsKpis: a strip of exact headline figures (signals, AI cost, revenue, margin,
 * outstanding, credits balance) against the previous period. Every story answers from the
 * recorded fixtures (the global decorator); `parameters.analytics` shows the other states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnalyticsKpis } from '../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { ANALYTICS_KPIS } from '../src/widgets/AnalyticsKpis/analyticsKpiValues';
import { errorStory } from './support/analyticsParameters';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

const meta = {
  title: 'Widgets/AnalyticsKpis',
  component: AnalyticsKpis,
  args: { ...STORY_PROPS.analyticsKpis },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    countFormatter: { control: false },
    amountFormatter: { control: false },
    creditsFormatter: { control: false },
    kpis: { control: 'check', options: [...ANALYTICS_KPIS] },
  },
} satisfies Meta<typeof AnalyticsKpis>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

/** What a customer portal shows a customer: no AI cost, no margin. */
export const CustomerFacing: Story = { name: 'Customer-facing figures', args: { kpis: ['signals', 'creditsBalance', 'outstanding'], title: 'Your account' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'This month' } };

export const GermanEuro: Story = {
  name: 'de-DE / EUR',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Kennzahlen',
      kpis: { signals: 'Signale', aiCost: 'KI-Kosten', revenue: 'Umsatz', margin: 'Marge', outstanding: 'Offen', creditsBalance: 'Guthaben' },
      versusPrevious: 'ggü. Vorperiode',
      outstandingHint: 'offen auf gebuchten Rechnungen',
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
