import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { resolveTheme } from '../../../src/theme/resolveTheme';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { buildUsageTrendsOption, type UsageTrendsChartType } from '../../../src/widgets/UsageTrends/buildUsageTrendsOption';
import { pivotUsageTrends } from '../../../src/widgets/UsageTrends/pivotUsageTrends';
import { HOSTILE, HUGE, ROWS, WINDOW } from './usageTrendsFixtures';

const formatters = createFormatters({ locale: 'en-US', timeZone: 'UTC' });
const theme = resolveTheme({ colors: { muted: '#777777' } }, false);
const pivot = pivotUsageTrends(ROWS, listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' }), { other: 'Other', unnamedSignal: '(no name)' });

interface BuiltOption {
  legend: { data: string[]; formatter: (name: string) => string };
  tooltip: { trigger: string; formatter: (params: unknown) => string };
  xAxis: { data: string[]; axisLabel: { formatter: (value: string) => string } };
  yAxis: { axisLabel: { formatter: (value: number) => string } };
  series: { id: string; name: string; type: string; stack: string; data: number[]; areaStyle?: object; itemStyle?: { color: string } }[];
}

function build(chartType: UsageTrendsChartType = 'bar', formatValue = (value: bigint) => formatters.count(value)): BuiltOption {
  return buildUsageTrendsOption({ pivot, granularity: 'day', formatters, formatValue, theme, chartType, labels: { bucketTotal: 'Total' } }) as unknown as BuiltOption;
}

describe('buildUsageTrendsOption', () => {
  it('stacks one series per signal name, gaps as zeros, Other last in the muted colour', () => {
    const option = build();
    expect(option.xAxis.data).toEqual(['2026-11-01T00:00:00.000Z', '2026-11-02T00:00:00.000Z', '2026-11-03T00:00:00.000Z']);
    expect(option.series.map((series) => [series.name, series.type, series.stack])).toEqual([
      ['email-triage', 'bar', 'signals'],
      [HOSTILE, 'bar', 'signals'],
      ['Other', 'bar', 'signals'],
      ['Other (2)', 'bar', 'signals'],
    ]);
    expect(option.series[1]!.data).toEqual([4, 0, 0]);
    expect(option.series[3]!.itemStyle?.color).toBe('#777777');
    expect(option.series[0]!.itemStyle).toBeUndefined();
  });

  it('draws stacked areas when asked', () => {
    const option = build('area');
    expect(option.series.every((series) => series.type === 'line' && series.areaStyle !== undefined)).toBe(true);
  });

  it('plots Number(x) but tooltips the exact count of a value above 2^53', () => {
    const option = build();
    expect(option.series[0]!.data[2]).toBe(Number(HUGE));
    const html = option.tooltip.formatter([{ dataIndex: 2, seriesId: 'signal:email-triage', color: '#5470c6' }]);
    expect(html).toContain('9,007,199,254,740,993'); // 2^53 + 1, not …992
    expect(html).toContain('9,007,199,254,740,996'); // the bucket total: + 2 + 1
    expect(html).toContain('Nov 3, 2026');
  });

  it('uses the value formatter for every tooltip number', () => {
    const option = build('bar', (value) => `${value.toString()} sig`);
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('>10 sig<');
    expect(html).toContain('>17 sig<');
  });

  it('escapes hostile series names in the tooltip HTML', () => {
    const html = build().tooltip.formatter([{ dataIndex: 0, seriesId: 'signal:email-triage', color: 'red" onmouseover="x' }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;{a|rich}');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onmouseover');
  });

  it('neutralises rich-text markup in legend and axis labels', () => {
    const option = build();
    const legend = option.legend.formatter(HOSTILE);
    expect(legend).not.toContain('{a|');
    expect(legend.replace(/\u200D/g, '')).toBe(HOSTILE);
    expect(option.xAxis.axisLabel.formatter('2026-11-01T00:00:00.000Z')).toBe('Nov 1');
    expect(option.yAxis.axisLabel.formatter(1_200_000)).toBe('1.2M');
  });
});
