/**
 * CreditBurn: credits granted vs spent per bucket for one credits currency, the running balance
 * on a second axis, and the balance, burn rate and projected depletion date in the header.
 * Every story answers from the recorded fixtures; `parameters.analytics` shows each state.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { CreditBurn } from '../src/widgets/CreditBurn/CreditBurn';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

const meta = {
  title: 'Widgets/CreditBurn',
  component: CreditBurn,
  args: { ...STORY_PROPS.creditBurn },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    onChartReady: { control: false },
    valueFormatter: { control: false },
    granularity: { control: 'inline-radio', options: ['day', 'week', 'month'] },
  },
} satisfies Meta<typeof CreditBurn>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'AI credits' } };

export const GermanEuro: Story = {
  name: 'de-DE / EUR',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Guthabenverbrauch',
      granted: 'Gutgeschrieben',
      spent: 'Verbraucht',
      pending: 'Ausstehend',
      balance: 'Saldo',
      burnRate: 'Verbrauch',
      perDay: 'pro Tag',
      depletion: 'Voraussichtlich aufgebraucht',
      notDepleting: 'Nicht absehbar',
      depleted: 'Aufgebraucht',
      period: 'Zeitraum',
      window: (first, last) => `${first} bis ${last}`,
      chartSummary: (parts) =>
        `Saldo ${parts.balance} Credits; ${parts.granted} gutgeschrieben und ${parts.spent} verbraucht` +
        (parts.window ? ` (${parts.window})` : '') +
        `; Verbrauch ${parts.burnRate} pro Tag` +
        (parts.depletion.kind === 'date' ? `, voraussichtlich aufgebraucht am ${parts.depletion.date}.` : parts.depletion.kind === 'depleted' ? ', aufgebraucht.' : '.'),
    },
  },
};

export const Table: Story = { args: { defaultView: 'table' } };

/** No `creditsCurrencyId`: a clear request for one, and no query sent. */
export const NoCurrency: Story = { name: 'No credits currency', args: { creditsCurrencyId: '' } };

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
