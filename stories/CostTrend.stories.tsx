/**
 * CostTrend: AI cost per day, week or month by vendor, model or product — the top N stacked, the
 * rest as "Other" — with the exact total cost and calls. Every story answers from the recorded
 * fixtures (the global decorator); `parameters.analytics` shows the loading, empty, error and
 * truncated states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { CostTrend } from '../src/widgets/CostTrend/CostTrend';
import { errorStory } from './support/analyticsParameters';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

const meta = {
  title: 'Widgets/CostTrend',
  component: CostTrend,
  args: { ...STORY_PROPS.costTrend },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    onChartReady: { control: false },
    costFormatter: { control: false },
    groupBy: { control: 'inline-radio', options: ['vendor', 'model', 'product'] },
    defaultGroupBy: { control: 'inline-radio', options: ['vendor', 'model', 'product'] },
    chartType: { control: 'inline-radio', options: ['bar', 'area', 'line'] },
    topN: { control: { type: 'number', min: 1, max: 20 } },
  },
} satisfies Meta<typeof CostTrend>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const ByModel: Story = { name: 'By model', args: { defaultGroupBy: 'model' } };

export const ByProduct: Story = { name: 'By product (names from dim_product)', args: { defaultGroupBy: 'product' } };

export const Monthly: Story = { args: { defaultGranularity: 'month', chartType: 'area' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Model spend over time' } };

export const GermanEuro: Story = {
  name: 'de-DE / EUR',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'KI-Kosten',
      total: 'KI-Kosten',
      calls: 'KI-Aufrufe',
      groupBy: 'Gruppieren nach',
      groups: { vendor: 'Anbieter', model: 'Modell', product: 'Produkt' },
      window: (first: string, last: string) => `${first} bis ${last}`,
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const Truncated: Story = { parameters: { analytics: { result: 'truncated' } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
export const ErrorInternal = errorStory('INTERNAL_ERROR');
