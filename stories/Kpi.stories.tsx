/** `Kpi` and `Stat`/`StatList`: exact values with the change against the previous period. */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useAnalyticsContext } from '../src/react/useAnalyticsContext';
import { Kpi } from '../src/ui/Stat/Kpi';
import { Stat, StatList } from '../src/ui/Stat/Stat';
import { statChange } from '../src/ui/Stat/statChange';
import { BlockCard } from './support/BlockCard';

const meta = {
  title: 'Building blocks/Kpi',
  component: Kpi,
  args: { label: 'Signals', value: 1_152_921_504_606_846_976n, previous: 998_000_000_000_000_000n },
  argTypes: { value: { control: false }, previous: { control: false } },
  render: (args) => (
    <BlockCard title="Usage">
      <Kpi {...args} />
    </BlockCard>
  ),
} satisfies Meta<typeof Kpi>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Growth: Story = {};
export const CostUpIsBad: Story = { args: { label: 'AI cost (cents)', value: '8123.50', previous: '7000', increaseIs: 'negative' } };
export const FromZero: Story = { args: { previous: 0n } };

function Row() {
  const { formatters } = useAnalyticsContext();
  return (
    <BlockCard title="This month">
      <StatList label="Totals">
        <Stat id="signals" label="Signals" value={formatters.count(48_210n)} change={statChange(48_210n, 41_002n)} />
        <Stat id="cost" label="AI cost" value={formatters.cents('812350')} change={statChange('812350', '700000', { increaseIs: 'negative' })} />
        <Stat id="customers" label="Active customers" value={formatters.count(37n)} change={statChange(37n, 37n)} hint="Same as last month" />
      </StatList>
    </BlockCard>
  );
}

export const SeveralInOneList: Story = { render: () => <Row /> };
