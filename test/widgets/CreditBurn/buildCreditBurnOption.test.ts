import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { resolveTheme } from '../../../src/theme/resolveTheme';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { buildCreditBurnOption } from '../../../src/widgets/CreditBurn/buildCreditBurnOption';
import { DEFAULT_CREDIT_BURN_LABELS } from '../../../src/widgets/CreditBurn/creditBurnLabels';
import { fillCreditBurnGaps } from '../../../src/widgets/CreditBurn/fillCreditBurnGaps';
import { formatCredits } from '../../../src/widgets/CreditBurn/formatCredits';
import { bucketSpans } from '../../../src/ui/time/bucketSpans';
import { ROWS, WINDOW } from './creditBurnFixtures';

const formatters = createFormatters({ locale: 'en-US', timeZone: 'UTC' });
const theme = resolveTheme({ colors: { positive: '#00aa00', negative: '#cc0000', primary: '#0000ff' } }, false);
const points = fillCreditBurnGaps(ROWS, listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' }));

interface BuiltOption {
  legend?: unknown;
  tooltip: { formatter: (params: unknown) => string };
  xAxis: { data: string[]; axisLabel: { formatter: (value: string) => string } };
  yAxis: { axisLabel: { formatter: (value: number) => string } }[];
  series: { id: string; type: string; yAxisIndex: number; data: number[]; itemStyle: { color: string } }[];
}

const build = (labels = DEFAULT_CREDIT_BURN_LABELS) =>
  buildCreditBurnOption({ points, granularity: 'day', formatters, formatValue: (value) => formatCredits(value, formatters), theme, labels }) as unknown as BuiltOption;

describe('buildCreditBurnOption', () => {
  it('draws grants and spends as bars on the first axis and the balance as a line on the second', () => {
    const option = build();
    expect(option.series.map((series) => [series.id, series.type, series.yAxisIndex, series.itemStyle.color])).toEqual([
      ['granted', 'bar', 0, '#00aa00'],
      ['spent', 'bar', 0, '#cc0000'],
      ['balance', 'line', 1, '#0000ff'],
    ]);
    expect(option.yAxis).toHaveLength(2);
    expect(option.series[1]!.data).toEqual([100.5, 0, 200.000001]);
    expect(option.series[2]!.data).toEqual([1399.5, 1399.5, 9007199254742192.749999]);
  });

  it('leaves the series switched off in the legend out of the chart, not out of the tooltip', () => {
    const option = buildCreditBurnOption({
      points,
      granularity: 'day',
      formatters,
      formatValue: (value) => formatCredits(value, formatters),
      theme,
      labels: DEFAULT_CREDIT_BURN_LABELS,
      hidden: new Set(['spent']),
    }) as unknown as BuiltOption;
    expect(option.series.map((series) => series.id)).toEqual(['granted', 'balance']);
    expect(option.yAxis).toHaveLength(2);
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toContain('200.000001');
  });

  it('tooltips exact amounts above 2^53 and fractions of a credit, pending only where there is some', () => {
    const option = build();
    const html = option.tooltip.formatter([{ dataIndex: 2, seriesId: 'granted', color: '#00aa00' }]);
    expect(html).toContain('9,007,199,254,740,993.25');
    expect(html).toContain('200.000001');
    expect(html).toContain('9,007,199,254,742,192.749999');
    expect(html).toContain('Pending');
    expect(html).toContain('Nov 3, 2026');
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).not.toContain('Pending');
  });

  it('escapes host labels in the tooltip and neutralises rich text on the axis (the legend is HTML, not ECharts)', () => {
    const hostile = { ...DEFAULT_CREDIT_BURN_LABELS, granted: '<b onclick=x>{a|Granted}' };
    const option = build(hostile);
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('&lt;b onclick=x&gt;');
    expect(html).not.toContain('<b onclick');
    expect(option.legend).toBeUndefined();
    expect(option.xAxis.axisLabel.formatter('2026-11-02T00:00:00.000Z')).toBe('Nov 2');
  });
});

describe('buildCreditBurnOption with partial periods', () => {
  it('fades a week the window cuts short and names it by its real dates on the axis and in the tooltip', () => {
    const window = { from: new Date('2026-08-27T00:00:00Z'), to: new Date('2026-09-09T00:00:00Z') };
    const weeks = fillCreditBurnGaps([], listTimeBuckets({ ...window, granularity: 'week', timeZone: 'UTC' }));
    const spans = bucketSpans(weeks.map((point) => point.bucket), 'week', 'UTC', window);
    const option = buildCreditBurnOption({
      points: weeks,
      granularity: 'week',
      formatters,
      formatValue: (value) => formatCredits(value, formatters),
      theme,
      labels: DEFAULT_CREDIT_BURN_LABELS,
      spans,
      partialNote: 'partial',
    }) as unknown as BuiltOption & { series: { data: unknown[] }[]; yAxis: { alignTicks?: boolean }[] };
    const flat = (text: string) => text.replace(/\s/g, ' ');
    expect(flat(option.xAxis.axisLabel.formatter(option.xAxis.data[0]!))).toBe('Aug 27 – 30');
    expect(option.series[0]!.data[0]).toMatchObject({ itemStyle: { opacity: 0.6, decal: { symbol: 'rect' } } });
    expect(option.series[0]!.data[1]).toBe(0);
    expect(flat(option.tooltip.formatter([{ dataIndex: 2 }]))).toContain('Sep 7 – 8, 2026');
    expect(option.tooltip.formatter([{ dataIndex: 2 }])).toContain('partial');
    expect(option.yAxis[1]!.alignTicks).toBe(true);
  });
});
