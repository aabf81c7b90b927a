/**
 * Margin: revenue before tax minus AI cost per customer or product, lowest first; every negative
 * margin flagged by side, hatching and a "Loss" badge in words. Every story answers from the
 * recorded fixtures.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { Margin } from '../src/widgets/Margin/Margin';
import { errorStory } from './support/analyticsParameters';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

const meta = {
  title: 'Widgets/Margin',
  component: Margin,
  args: { ...STORY_PROPS.margin },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    amountFormatter: { control: false },
    dimension: { control: 'inline-radio', options: ['customer', 'product'] },
    defaultDimension: { control: 'inline-radio', options: ['customer', 'product'] },
    limit: { control: { type: 'number', min: 1, max: 50 } },
  },
} satisfies Meta<typeof Margin>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const ByProduct: Story = { name: 'By product', args: { defaultDimension: 'product' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Who costs more than they pay' } };

export const German: Story = {
  name: 'de-DE',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Marge',
      dimensionLabel: 'Marge nach',
      dimensions: { customer: 'Kunde', product: 'Produkt' },
      others: { customer: 'Andere Kunden', product: 'Andere Produkte' },
      margin: 'Marge',
      revenue: 'Umsatz',
      cost: 'KI-Kosten',
      negativeCount: 'Negative Margen',
      loss: 'Verlust',
      total: 'Gesamt',
      note: (currency: string) => `Umsatz ohne Steuer in ${currency} minus KI-Kosten`,
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
