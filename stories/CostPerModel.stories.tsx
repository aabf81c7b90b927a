/**
 * CostPerModel: AI spend by vendor and model — horizontal bars coloured by vendor, or a table —
 * with calls, tokens, latency and optionally the cost per signal. Every story answers from the
 * recorded fixtures (the global decorator); `parameters.analytics` shows the loading, empty,
 * error and truncated states.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { CostPerModel } from '../src/widgets/CostPerModel/CostPerModel';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';
import { errorStory } from './support/analyticsParameters';

const meta = {
  title: 'Widgets/CostPerModel',
  component: CostPerModel,
  args: { ...STORY_PROPS.costPerModel },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    costFormatter: { control: false },
    countFormatter: { control: false },
    tokensFormatter: { control: false },
    latencyFormatter: { control: false },
    limit: { control: { type: 'number', min: 1, max: 1000 } },
  },
} satisfies Meta<typeof CostPerModel>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'Model spend' } };

export const GermanEuro: Story = {
  name: 'de-DE / EUR',
  globals: { locale: 'de-DE' },
  args: { labels: { title: 'Kosten pro Modell', cost: 'Kosten', calls: 'Aufrufe', model: 'Modell', vendor: 'Anbieter' } },
};

export const Table: Story = { args: { defaultView: 'table' } };

/** The signals sharing a trace with each model's calls, and the cost per signal. */
export const CostPerSignal: Story = { name: 'Cost per signal', args: { includeCostPerSignal: true, defaultView: 'table' } };

/** The seeded model `ft:<triage>&"v2"` is shown as text on the axis, in the tooltip and the table. */
export const HostileNames: Story = { name: 'Hostile names stay text' };

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
