import { render, screen } from '@testing-library/react';
import type { EChartsType } from 'echarts/core';
import { describe, expect, it, vi } from 'vitest';
import { TimeSeriesChart } from '../../../src/ui/TimeSeriesChart/TimeSeriesChart';
import { pivotTimeSeries } from '../../../src/ui/TimeSeriesChart/pivotTimeSeries';

interface Row {
  bucket: Date;
  series: string | null;
  signals: bigint;
}

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const ROWS: Row[] = [
  { bucket: day('2026-08-24'), series: 'a', signals: 3n },
  { bucket: day('2026-08-31'), series: 'a', signals: 2n ** 60n },
  { bucket: day('2026-08-31'), series: null, signals: 1n },
];
const WINDOW = { from: day('2026-08-27'), to: day('2026-09-09') };

describe('pivotTimeSeries', () => {
  it('fills the window, keeps values exact, labels null series as unnamed', () => {
    const pivot = pivotTimeSeries({ rows: ROWS, index: 'bucket', series: 'series', value: 'signals', windowBuckets: [day('2026-08-24'), day('2026-08-31'), day('2026-09-07')], unnamedLabel: '(unnamed)', otherLabel: 'Other' });
    expect(pivot.buckets).toHaveLength(3);
    expect(pivot.series.map((series) => series.label)).toEqual(['a', '(unnamed)']);
    expect(pivot.total).toBe(2n ** 60n + 4n);
    expect(pivot.series[0]!.values).toEqual([3n, 2n ** 60n, null]);
  });
});

describe('pivotTimeSeries with more names than maxSeries', () => {
  it('keeps the largest and sums the rest into one Other series, totals unchanged', () => {
    const rows: Row[] = Array.from({ length: 10_000 }, (_, index) => ({ bucket: day('2026-08-24'), series: `s${index}`, signals: BigInt(index) }));
    const pivot = pivotTimeSeries({ rows, index: 'bucket', series: 'series', value: 'signals', maxSeries: 4, unnamedLabel: '(unnamed)', otherLabel: 'Other' });
    expect(pivot.series.map((series) => series.label)).toEqual(['s9999', 's9998', 's9997', 'Other']);
    expect(pivot.total).toBe((9_999n * 10_000n) / 2n);
    expect(pivot.series[3]!.total).toBe((9_999n * 10_000n) / 2n - 9_999n - 9_998n - 9_997n);
  });
});

describe('TimeSeriesChart', () => {
  it('labels partial weeks with their real dates and fades their bars; one legend item per series', async () => {
    const ready = vi.fn<(chart: EChartsType) => void>();
    render(<TimeSeriesChart rows={ROWS} index="bucket" series="series" value="signals" granularity="week" window={WINDOW} timeZone="UTC" onChartReady={ready} />);
    expect(screen.getAllByRole('button', { pressed: true }).map((button) => button.textContent)).toEqual(['a', '(unnamed)']);
    await vi.waitFor(() => expect(ready).toHaveBeenCalled());
    const option = ready.mock.calls[0]![0].getOption() as { xAxis: { axisLabel: { formatter: (value: string) => string } }[]; series: { data: unknown[] }[] };
    const label = (value: string) => option.xAxis[0]!.axisLabel.formatter(value).replace(/\s/g, ' ');
    expect(label(day('2026-08-24').toISOString())).toBe('Aug 27 – 30');
    expect(label(day('2026-09-07').toISOString())).toBe('Sep 7 – 8');
    expect(option.series[0]!.data[0]).toMatchObject({ itemStyle: { opacity: 0.6, decal: { symbol: 'rect' } } });
    expect(screen.getByRole('img').getAttribute('aria-label')).toContain('Total 1,152,921,504,606,846,980 over 3 periods');
  });
});

describe('buildTimeSeriesOption for lines and areas', () => {
  it('marks a partial period with a hollow point, a whole one with none', async () => {
    const { buildTimeSeriesOption } = await import('../../../src/ui/TimeSeriesChart/buildTimeSeriesOption');
    const pivot = pivotTimeSeries({ rows: ROWS, index: 'bucket', series: 'series', value: 'signals', unnamedLabel: '(unnamed)', otherLabel: 'Other' });
    const option = buildTimeSeriesOption({
      pivot,
      kind: 'line',
      stacked: false,
      colors: new Map(),
      hidden: new Set(),
      axisLabels: ['a', 'b'],
      tooltipLabels: ['a', 'b'],
      partial: [true, false],
      formatValue: String,
      formatAxis: String,
      labels: { total: 'Total', partial: 'partial' },
      muted: '#999',
      showTotal: false,
    }) as { series: { symbol: string; data: unknown[] }[] };
    expect(option.series[0]!.symbol).toBe('none');
    expect(option.series[0]!.data[0]).toMatchObject({ symbol: 'emptyCircle' });
    expect(typeof option.series[0]!.data[1]).toBe('number');
  });
});
