/**
 * `TimeSeriesChart`: a host's own rows (bucket, series name, value) as stacked bars, areas or lines.
 * The window starts on a Thursday: the first and last weeks are partial, faded and named by their
 * real dates. Each name keeps its colour in every kind and range.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { TimeSeriesChart, type TimeSeriesChartProps } from '../src/ui/TimeSeriesChart/TimeSeriesChart';
import { BlockCard } from './support/BlockCard';
import { CREDIT_ROWS, SIGNAL_ROWS, STORY_WINDOW, type CreditRow, type SignalRow } from './support/blockRows';

function SignalsCard(props: Partial<TimeSeriesChartProps<SignalRow>>) {
  return (
    <BlockCard title="Signals per week">
      <TimeSeriesChart
        rows={SIGNAL_ROWS}
        index="bucket"
        series="series"
        value="signals"
        isOther={(row) => row.is_other}
        granularity="week"
        window={STORY_WINDOW}
        timeZone="UTC"
        {...props}
      />
    </BlockCard>
  );
}

const meta = {
  title: 'Building blocks/TimeSeriesChart',
  component: SignalsCard,
  args: { kind: 'bar' },
  argTypes: { kind: { control: 'inline-radio', options: ['bar', 'area', 'line'] }, rows: { control: false } },
} satisfies Meta<typeof SignalsCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const StackedBars: Story = {};
export const StackedAreas: Story = { args: { kind: 'area' } };
export const Lines: Story = { args: { kind: 'line', stacked: false } };

/** Wide rows: one series per field, exact decimal credits. */
export const WideRows: Story = {
  render: () => (
    <BlockCard title="Credits per week">
      <TimeSeriesChart<CreditRow>
        rows={CREDIT_ROWS}
        index="bucket"
        categories={['granted', 'spent']}
        seriesLabel={(field) => (field === 'granted' ? 'Granted' : 'Spent')}
        kind="bar"
        stacked={false}
        granularity="week"
        window={STORY_WINDOW}
        timeZone="UTC"
      />
    </BlockCard>
  ),
};
