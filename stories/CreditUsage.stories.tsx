/**
 * CreditUsage: the top credit-spending signals or products of a credits currency; credits exact
 * decimal text (never divided by 100). Every story answers from the recorded fixtures.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { CreditUsage } from '../src/widgets/CreditUsage/CreditUsage';
import { BRAND_THEME, STORY_CREDITS_CURRENCY_ID, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

const meta = {
  title: 'Widgets/CreditUsage',
  component: CreditUsage,
  args: { ...STORY_PROPS.creditUsage, creditsCurrencyId: STORY_CREDITS_CURRENCY_ID },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    creditsFormatter: { control: false },
    by: { control: 'inline-radio', options: ['signal', 'product'] },
    limit: { control: { type: 'number', min: 1, max: 50 } },
  },
} satisfies Meta<typeof CreditUsage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const ByProduct: Story = { name: 'By product', args: { defaultBy: 'product' } };

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Where credits go' } };

export const German: Story = {
  name: 'de-DE',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Guthabenverbrauch',
      spent: 'Verbraucht',
      spentNote: 'Verbrauchsbuchungen im Zeitraum',
      bySignal: 'Nach Signal',
      byProduct: 'Nach Produkt',
      dimension: 'Aufschlüsseln nach',
      signal: 'Signal',
      product: 'Produkt',
      share: 'Anteil',
      transactions: 'Buchungen',
      customers: 'Kunden',
      spenders: (dimension) => (dimension === 'signal' ? 'Signale mit Verbrauch' : 'Produkte mit Verbrauch'),
      other: 'Andere',
      total: 'Summe',
      tableCaption: 'Verbrauchte Guthaben nach Signal oder Produkt',
      window: (first: string, last: string) => `${first} bis ${last}`,
      chartSummary: ({ total, currency }) => `${total} ${currency} verbraucht.`,
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
