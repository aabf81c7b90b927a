/**
 * RevenueByProduct: invoiced revenue by product (posted invoice lines → order lines → products,
 * before tax) as a ranked list or a table. Every story answers from the recorded fixtures.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { RevenueByProduct } from '../src/widgets/RevenueByProduct/RevenueByProduct';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

const meta = {
  title: 'Widgets/RevenueByProduct',
  component: RevenueByProduct,
  args: { ...STORY_PROPS.revenueByProduct },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    amountFormatter: { control: false },
    limit: { control: { type: 'number', min: 1, max: 50 } },
  },
} satisfies Meta<typeof RevenueByProduct>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Revenue per agent' } };

export const German: Story = {
  name: 'de-DE',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Umsatz nach Produkt',
      revenue: 'Umsatz',
      revenueNote: 'Rechnungszeilen gebuchter Rechnungen, netto',
      products: 'Produkte',
      product: 'Produkt',
      share: 'Anteil',
      lines: 'Rechnungszeilen',
      total: 'Summe',
      other: 'Andere Produkte',
      tableCaption: 'Umsatz gebuchter Rechnungen nach Produkt',
      window: (first: string, last: string) => `${first} bis ${last}`,
      chartSummary: ({ total, products }) => `Umsatz ${total} aus ${products} Produkten.`,
    },
  },
};

export const TopThree: Story = { name: 'Top 3 and Other', args: { limit: 3 } };

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
