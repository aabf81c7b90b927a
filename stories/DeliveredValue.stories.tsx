/**
 * DeliveredValue: the value the agents delivered by type, or against AI cost (ROI) per customer,
 * with the total value, AI cost, return and net. Every story answers from the recorded fixtures.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { DeliveredValue } from '../src/widgets/DeliveredValue/DeliveredValue';
import { errorStory } from './support/analyticsParameters';
import { BRAND_THEME, STORY_PROPS } from './support/storyParams';

const meta = {
  title: 'Widgets/DeliveredValue',
  component: DeliveredValue,
  args: { ...STORY_PROPS.deliveredValue },
  argTypes: {
    now: { control: false },
    fetcher: { control: false },
    amountFormatter: { control: false },
    breakdown: { control: 'inline-radio', options: ['type', 'customer'] },
    defaultBreakdown: { control: 'inline-radio', options: ['type', 'customer'] },
    limit: { control: { type: 'number', min: 1, max: 50 } },
  },
} satisfies Meta<typeof DeliveredValue>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Dark: Story = { globals: { themeMode: 'dark' } };

export const RoiByCustomer: Story = { name: 'ROI by customer', args: { defaultBreakdown: 'customer' } };

export const BrandTheme: Story = { name: 'Custom brand theme', args: { theme: BRAND_THEME, title: 'What the agents were worth' } };

export const German: Story = {
  name: 'de-DE',
  globals: { locale: 'de-DE' },
  args: {
    labels: {
      title: 'Gelieferter Wert',
      breakdownLabel: 'Aufschlüsselung',
      breakdowns: { type: 'Nach Art', customer: 'ROI je Kunde' },
      value: 'Gelieferter Wert',
      cost: 'KI-Kosten',
      net: 'Nettowert',
      noCost: 'keine KI-Kosten',
      valueTypes: { time_saved: 'Zeit gespart', revenue_influenced: 'Beeinflusster Umsatz', cost_avoided: 'Vermiedene Kosten' },
      total: 'Gesamt',
      note: (currency: string) => `Wert und KI-Kosten in ${currency}; ROI = Wert ÷ KI-Kosten`,
      window: (first: string, last: string) => `${first} bis ${last}`,
    },
  },
};

export const Table: Story = { args: { defaultView: 'table', defaultBreakdown: 'customer' } };

export const Loading: Story = { parameters: { analytics: { latencyMs: Infinity } } };

export const Empty: Story = { parameters: { analytics: { result: 'empty' } } };

export const ErrorQueryTimeout = errorStory('QUERY_TIMEOUT');
export const ErrorAccessDenied = errorStory('ACCESS_DENIED');
export const ErrorNetwork = errorStory('NETWORK_ERROR');
