/**
 * CustomerLeaderboard: customers with their names ranked by signals, AI cost, revenue or margin —
 * the first N as bars, the rest as "Other customers", and the total — or a table of all four
 * figures. Every story answers from the recorded fixtures.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { CustomerLeaderboard } from '../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { errorStory } from './support/analyticsParameters';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

const meta = {
  title: 'Widgets/CustomerLeaderboard',
  component: CustomerLeaderboard,
  args: { ...STORY_PROPS.customerLeaderboard },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    amountFormatter: { control: false },
    metric: { control: 'inline-radio', options: ['signals', 'cost', 'revenue', 'margin'] },
    defaultMetric: { control: 'inline-radio', options: ['signals', 'cost', 'revenue', 'margin'] },
    limit: { control: { type: 'number', min: 1, max: 50 } },
  },
} satisfies Meta<typeof CustomerLeaderboard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const ByMargin: Story = { name: 'By margin (losses say so)', args: { defaultMetric: 'margin', limit: 50 } };

export const ByCost: Story = { name: 'By AI cost', args: { defaultMetric: 'cost' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Who uses us most' } };

export const German: Story = {
  name: 'de-DE',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Top-Kunden',
      rankBy: 'Sortieren nach',
      customers: 'Kunden',
      metrics: { signals: 'Signale', cost: 'KI-Kosten', revenue: 'Umsatz', margin: 'Marge' },
      otherCustomers: 'Andere Kunden',
      total: 'Gesamt',
      loss: 'Verlust',
      window: (first: string, last: string) => `${first} bis ${last}`,
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
