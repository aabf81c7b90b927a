/**
 * RevenueTrend: revenue from posted invoices (before tax) beside cash collected from posted
 * payments, per month or week. Every story answers from the recorded fixtures (the global
 * decorator); `parameters.analytics` shows the loading, empty, error and truncated states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { RevenueTrend } from '../src/widgets/RevenueTrend/RevenueTrend';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

const meta = {
  title: 'Widgets/RevenueTrend',
  component: RevenueTrend,
  args: { ...STORY_PROPS.revenueTrend },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    onChartReady: { control: false },
    amountFormatter: { control: false },
    granularity: { control: 'inline-radio', options: ['month', 'week'] },
  },
} satisfies Meta<typeof RevenueTrend>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Billing and cash' } };

/** German labels and locale; amounts stay in the invoices' own currency, formatted the German way. */
export const German: Story = {
  name: 'de-DE',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Umsatz und Zahlungseingang',
      invoiced: 'Umsatz',
      invoicedNote: 'Gebuchte Rechnungen, netto, nach Rechnungsdatum',
      collected: 'Zahlungseingang',
      collectedNote: 'Gebuchte Zahlungen, nach Eingangstag',
      invoices: 'Rechnungen',
      payments: 'Zahlungen',
      period: 'Zeitraum',
      total: 'Summe',
      tableCaption: 'Umsatz und Zahlungseingang je Zeitraum',
      partial: 'Angebrochener Zeitraum: nur teilweise im gewählten Bereich',
      window: (first: string, last: string) => `${first} bis ${last}`,
      chartSummary: ({ invoiced, collected, periods }) => `Umsatz ${invoiced} und Zahlungseingang ${collected} in ${periods} Zeiträumen.`,
    },
  },
};

export const Weekly: Story = { args: { defaultGranularity: 'week', defaultTimeRange: '90d' } };

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const Truncated: Story = { parameters: { analytics: { result: 'truncated' } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
