import { render } from '@testing-library/react';
import axe from 'axe-core';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../src/core/errors';
import { resolveTheme } from '../../src/theme/resolveTheme';
import { AnalyticsChart } from '../../src/ui/Chart/AnalyticsChart';
import { BarList } from '../../src/ui/BarList/BarList';
import { DataTable } from '../../src/ui/DataTable/DataTable';
import { Kpi } from '../../src/ui/Stat/Kpi';
import { TimeSeriesChart } from '../../src/ui/TimeSeriesChart/TimeSeriesChart';
import { ExportCsvButton } from '../../src/ui/ExportCsvButton/ExportCsvButton';
import { GranularityControl } from '../../src/ui/GranularityControl/GranularityControl';
import { Stat, StatList } from '../../src/ui/Stat/Stat';
import { TimeRangeControl } from '../../src/ui/TimeRangeControl/TimeRangeControl';
import { ViewToggle } from '../../src/ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../src/ui/WidgetFrame/WidgetFrame';

echarts.use([SVGRenderer]);

const theme = resolveTheme({ mode: 'dark' }, false);
const rows = Array.from({ length: 30 }, (_, i) => ({ name: `customer ${i}`, owed: BigInt(i) }));
const columns = [
  { id: 'name', header: 'Customer', value: (row: (typeof rows)[number]) => row.name },
  { id: 'owed', header: 'Owed', value: (row: (typeof rows)[number]) => row.owed, align: 'end' as const },
];

/** axe in jsdom: structure and names (colour contrast needs a real browser, covered by the palette tests). */
async function seriousViolations(container: HTMLElement): Promise<string[]> {
  const result = await axe.run(container, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`);
}

const toolbar = (
  <>
    <TimeRangeControl defaultValue={{ from: '2026-11-01', to: '2026-11-10' }} />
    <GranularityControl options={['day', 'week']} />
    <ViewToggle />
    <ExportCsvButton columns={[{ header: 'n', value: () => 1 }]} rows={[1]} filename="x.csv" />
  </>
);

describe('accessibility (axe-core, jsdom)', () => {
  it('the check itself catches an unlabelled control', async () => {
    const { container } = render(
      <main>
        <select>
          <option>a</option>
        </select>
      </main>,
    );
    expect((await seriousViolations(container)).join()).toMatch(/select-name/);
  });

  it('a frame with every control, stats, a chart and a paginated table has no serious violations', async () => {
    const { container } = render(
      <main>
        <WidgetFrame title="Revenue aging" subtitle="Outstanding by days past due" theme={theme} toolbar={toolbar} truncated>
          <StatList label="Summary">
            <Stat label="Outstanding" value="$12,345.00" change={{ text: '+3 %', direction: 'up', sentiment: 'negative' }} />
          </StatList>
          <AnalyticsChart echarts={echarts} option={{}} summary="Most is current." />
          <DataTable caption="Customers that owe most" columns={columns} rows={rows} />
        </WidgetFrame>
      </main>,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });

  it('the blocks a host composes — Kpi, TimeSeriesChart with its legend, BarList, a table with footer rows — have no serious violations', async () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const series = [
      { bucket: day('2026-11-02'), series: 'a', signals: 3n },
      { bucket: day('2026-11-09'), series: '<b>b</b>', signals: 5n },
    ];
    const { container } = render(
      <main>
        <WidgetFrame title="Blocks" theme={theme} toolbar={toolbar} updatedAt={Date.now() - 120_000}>
          <Kpi label="Signals" value={8n} previous={6n} />
          <TimeSeriesChart rows={series} index="bucket" series="series" value="signals" granularity="week" window={{ from: day('2026-11-04'), to: day('2026-11-12') }} />
          <BarList rows={series} label="series" value="signals" caption="Signals by name" colorBy="series" summary="b leads." />
          <DataTable caption="Customers that owe most" columns={columns} rows={rows.slice(0, 5)} footerRows={[{ name: 'Total', owed: 10n }]} />
        </WidgetFrame>
      </main>,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });

  it.each([
    ['loading', { loading: true }],
    ['empty', { empty: true }],
    ['error', { error: new AnalyticsError({ code: 'QUERY_TIMEOUT', message: 'x' }), onRetry: () => {} }],
  ])('the %s state has no serious violations', async (_name, state) => {
    const { container } = render(
      <main>
        <WidgetFrame title="Usage" theme={theme} toolbar={toolbar} {...state}>
          x
        </WidgetFrame>
      </main>,
    );
    expect(await seriousViolations(container)).toEqual([]);
  });
});
