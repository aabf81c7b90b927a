/** The toolbar controls a host composes into its own card: range, granularity, view, export. */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import type { TimeRange } from '../src/core/time/timeRange';
import { ExportCsvButton } from '../src/ui/ExportCsvButton/ExportCsvButton';
import { GranularityControl, type Granularity } from '../src/ui/GranularityControl/GranularityControl';
import { TimeRangeControl } from '../src/ui/TimeRangeControl/TimeRangeControl';
import { ViewToggle, type WidgetView } from '../src/ui/ViewToggle/ViewToggle';
import { BlockCard } from './support/BlockCard';

function Toolbar({ exportDisabled }: { exportDisabled?: boolean }) {
  const [range, setRange] = useState<TimeRange>('30d');
  const [granularity, setGranularity] = useState<Granularity>('day');
  const [view, setView] = useState<WidgetView>('chart');
  return (
    <BlockCard
      title="Controls"
      toolbar={
        <>
          <TimeRangeControl value={range} onChange={setRange} timeZone="UTC" now={() => new Date('2026-11-20T12:00:00Z')} />
          <GranularityControl value={granularity} onChange={setGranularity} />
          <ViewToggle value={view} onChange={setView} />
          <ExportCsvButton columns={[{ header: 'a', value: () => 1 }]} rows={exportDisabled ? [] : [{}]} filename="example.csv" onExport={() => undefined} />
        </>
      }
    >
      <p style={{ margin: 0 }}>
        {JSON.stringify(range)} · {granularity} · {view}
      </p>
    </BlockCard>
  );
}

const meta = { title: 'Building blocks/Controls', component: Toolbar } satisfies Meta<typeof Toolbar>;

export default meta;
type Story = StoryObj<typeof meta>;

export const All: Story = {};
/** The CSV button with nothing to export looks disabled (and is). */
export const ExportDisabled: Story = { args: { exportDisabled: true } };
