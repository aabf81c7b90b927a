/** `BarList`: ranked bars from typed rows; the rest in one "Other", and the total of every row. */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useAnalyticsContext } from '../src/react/useAnalyticsContext';
import { BarList, type BarListProps } from '../src/ui/BarList/BarList';
import type { NumericValue } from '../src/ui/series/fields';
import { BlockCard } from './support/BlockCard';
import { MODEL_COST_ROWS, type ModelCostRow } from './support/blockRows';

function CostCard(props: Partial<BarListProps<ModelCostRow>>) {
  const { formatters } = useAnalyticsContext();
  return (
    <BlockCard title="AI cost per model">
      <BarList
        rows={MODEL_COST_ROWS}
        label="model"
        value="cost"
        caption="Cost per model"
        keepOrder
        valueFormatter={(cents: NumericValue) => formatters.cents(cents)}
        labels={{ other: 'Other models' }}
        {...props}
      />
    </BlockCard>
  );
}

const meta = {
  title: 'Building blocks/BarList',
  component: CostCard,
  args: { limit: 5 },
  argTypes: { rows: { control: false } },
} satisfies Meta<typeof CostCard>;

export default meta;
type Story = StoryObj<typeof meta>;

export const TopFiveAndOther: Story = {};
export const ColouredByVendor: Story = { args: { colorBy: 'vendor', limit: 10 } };
export const NoTotal: Story = { args: { showTotal: false } };
