/**
 * `DataTable`: a real table that fits its card — one-line cells, numbers at the end, the first
 * column sticky while the rest scrolls (edge shadows), Other and Total rows pinned below.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useAnalyticsContext } from '../src/react/useAnalyticsContext';
import { DataTable } from '../src/ui/DataTable/DataTable';
import type { DataTableColumn } from '../src/ui/DataTable/types';
import { BlockCard } from './support/BlockCard';
import { SIGNAL_ROWS } from './support/blockRows';

interface WeekRow {
  week: Date | null;
  label?: string;
  values: bigint[];
}

const NAMES = [...new Set(SIGNAL_ROWS.map((row) => row.series || 'Other'))];
const WEEKS: WeekRow[] = [...new Set(SIGNAL_ROWS.map((row) => row.bucket.getTime()))].map((time) => ({
  week: new Date(time),
  values: NAMES.map((name) => SIGNAL_ROWS.find((row) => row.bucket.getTime() === time && (row.series || 'Other') === name)!.signals),
}));
const TOTAL: WeekRow = { week: null, label: 'Total', values: NAMES.map((_, index) => WEEKS.reduce((sum, row) => sum + row.values[index]!, 0n)) };

function SignalsTable({ pageSize }: { pageSize?: number }) {
  const { formatters } = useAnalyticsContext();
  const columns: DataTableColumn<WeekRow>[] = [
    { id: 'week', header: 'Week of', value: (row) => row.week, format: (value, row) => row.label ?? formatters.date(value as Date) },
    ...NAMES.map((name, index) => ({
      id: `s${index}`,
      header: name,
      value: (row: WeekRow) => row.values[index]!,
      format: (value: unknown) => formatters.count(value as bigint),
      sortDescFirst: true,
    })),
  ];
  return (
    <BlockCard title="Signals per week">
      <DataTable columns={columns} rows={WEEKS} footerRows={[TOTAL]} caption="Signals per week by signal name" pageSize={pageSize ?? 25} />
    </BlockCard>
  );
}

const meta = {
  title: 'Building blocks/DataTable',
  component: SignalsTable,
  args: { pageSize: 25 },
} satisfies Meta<typeof SignalsTable>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FitsItsCard: Story = {};
export const Paged: Story = { args: { pageSize: 5 } };
