/**
 * RevenueAging: what posted invoices still owe, by days past due, stacked by the customers that
 * owe most, with the total outstanding and the overdue share. Every story answers from the
 * recorded fixtures (the global decorator); `parameters.analytics` shows the loading, empty,
 * error and truncated states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { RevenueAging } from '../src/widgets/RevenueAging/RevenueAging';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

const meta = {
  title: 'Widgets/RevenueAging',
  component: RevenueAging,
  args: { ...STORY_PROPS.revenueAging },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    onChartReady: { control: false },
    amountFormatter: { control: false },
    topCustomers: { control: { type: 'number', min: 1, max: 100 } },
  },
} satisfies Meta<typeof RevenueAging>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Receivables' } };

/**
 * German labels and locale. The amounts stay in the invoices' own currency (the data's, never
 * the provider's EUR), formatted the German way.
 */
export const GermanEuro: Story = {
  name: 'de-DE / EUR',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Offene Posten',
      outstanding: 'Offen',
      overdue: 'Überfällig',
      overdueShare: (percent: string) => `${percent} der offenen Posten`,
      asOf: (date: string) => `Stand ${date}`,
      customer: 'Kunde',
      total: 'Summe',
      otherCustomers: 'Andere Kunden',
      invoices: (count: string) => `${count} Rechnungen`,
      tableCaption: 'Offene Rechnungsbeträge nach Kunde und Tagen überfällig',
      buckets: { current: 'Nicht fällig', '1-30': '1–30 Tage', '31-60': '31–60 Tage', '61-90': '61–90 Tage', '90+': 'über 90 Tage' },
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

/** The seeded customer `<img src=x onerror=alert(1)>` owes among the most: shown as text. */
export const HostileNames: Story = { name: 'Hostile names stay text', args: { topCustomers: 5 } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const Truncated: Story = { parameters: { analytics: { result: 'truncated' } } };


export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorConcurrencyLimit = errorStory('CONCURRENCY_LIMIT_EXCEEDED');
export const ErrorInternal = errorStory('INTERNAL_ERROR');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
export const ErrorUnauthorized = errorStory('UNAUTHORIZED');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
export const ErrorInvalidQuery = errorStory('INVALID_QUERY');
export const ErrorQuery = errorStory('QUERY_ERROR');
export const ErrorInvalidDateRange = errorStory('INVALID_DATE_RANGE');
export const ErrorSqlNotAllowed = errorStory('SQL_NOT_ALLOWED');
export const ErrorUnknownQuery = errorStory('UNKNOWN_QUERY');
