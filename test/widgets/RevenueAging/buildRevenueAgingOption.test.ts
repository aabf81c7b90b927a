import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { resolveTheme } from '../../../src/theme/resolveTheme';
import { buildRevenueAgingOption } from '../../../src/widgets/RevenueAging/buildRevenueAgingOption';
import { revenueAgingBreakdown } from '../../../src/widgets/RevenueAging/revenueAgingBreakdown';
import { DEFAULT_REVENUE_AGING_LABELS } from '../../../src/widgets/RevenueAging/revenueAgingLabels';
import { HOSTILE_CUSTOMER, HUGE, ROWS } from './revenueAgingFixtures';

const formatters = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const theme = resolveTheme({ colors: { muted: '#777777' } }, false);

interface BuiltOption {
  legend: { data: string[]; formatter: (name: string) => string };
  tooltip: { formatter: (params: unknown) => string };
  xAxis: { data: string[]; axisLabel: { formatter: (value: string) => string } };
  yAxis: { axisLabel: { formatter: (value: number) => string } };
  series: { id: string; name: string; type: string; stack: string; data: number[]; itemStyle?: { color: string } }[];
}

function build(currency = 'USD', formatAmount = (cents: bigint) => formatters.cents(cents, { currency })): BuiltOption {
  const breakdown = revenueAgingBreakdown(ROWS, currency, { unnamedCustomer: '(unnamed)' });
  return buildRevenueAgingOption({ breakdown, formatters, formatAmount, theme, labels: DEFAULT_REVENUE_AGING_LABELS }) as unknown as BuiltOption;
}

describe('buildRevenueAgingOption', () => {
  it('puts the five buckets on the axis, stacked by top customer, other customers last and muted', () => {
    const option = build();
    expect(option.xAxis.data).toEqual(['current', '1-30', '31-60', '61-90', '90+']);
    expect(option.xAxis.axisLabel.formatter('31-60')).toBe('31–60 days');
    expect(option.series.map((series) => [series.name, series.type, series.stack])).toEqual([
      [HOSTILE_CUSTOMER, 'bar', 'owed'],
      ['Acme', 'bar', 'owed'],
      ['Other customers', 'bar', 'owed'],
    ]);
    expect(option.series[1]!.data).toEqual([70_000, 50_000, 0, 0, 0]);
    expect(option.series[2]!.itemStyle?.color).toBe('#777777');
    expect(option.series[0]!.itemStyle).toBeUndefined();
  });

  it('folds customers beyond the series limit into other customers, keeping every bucket’s total', () => {
    const breakdown = revenueAgingBreakdown(ROWS, 'USD', { unnamedCustomer: '(unnamed)' });
    const option = buildRevenueAgingOption({ breakdown, formatters, formatAmount: (cents) => formatters.cents(cents), theme, labels: DEFAULT_REVENUE_AGING_LABELS, maxCustomerSeries: 1 }) as unknown as BuiltOption;
    expect(option.series.map((series) => series.name)).toEqual([HOSTILE_CUSTOMER, 'Other customers']);
    expect(option.series[1]!.data).toEqual([100_000, 50_000, 0, 0, 0]); // Acme's 70,000 + 50,000 and the others' 30,000
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).not.toContain('Acme');
    expect(html).toContain('>$1,000.00<');
  });

  it('gives by default no more customers their own segment than the palette has colours', () => {
    const breakdown = revenueAgingBreakdown(ROWS, 'USD', { unnamedCustomer: '(unnamed)' });
    const twoColours = resolveTheme({ colors: { series: ['#111111', '#222222'] } }, false);
    const oneColour = resolveTheme({ colors: { series: ['#111111'] } }, false);
    const names = (themed: typeof theme) =>
      (buildRevenueAgingOption({ breakdown, formatters, formatAmount: (cents) => formatters.cents(cents), theme: themed, labels: DEFAULT_REVENUE_AGING_LABELS }) as unknown as BuiltOption).series.map((series) => series.name);
    expect(names(twoColours)).toEqual([HOSTILE_CUSTOMER, 'Acme', 'Other customers']);
    expect(names(oneColour)).toEqual([HOSTILE_CUSTOMER, 'Other customers']);
  });

  it('has no other-customers series when the top customers owe everything', () => {
    expect(build('EUR').series.map((series) => series.name)).toEqual(['(unnamed) cus_eur']);
  });

  it('plots Number(x) but tooltips an amount above 2^53 exactly, with the bucket total and invoices', () => {
    const option = build();
    expect(option.series[0]!.data[4]).toBe(Number(HUGE));
    const html = option.tooltip.formatter([{ dataIndex: 4, seriesId: 'customer-0', color: '#5470c6' }]);
    expect(html).toContain('>90+ days<');
    expect(html).toContain('>$90,071,992,547,409.93<'); // (2^53 + 1) cents, not …409.92
    expect(html).toContain('>1 invoices<');
    expect(html).not.toContain('Acme'); // nothing owed by Acme in 90+
  });

  it('formats every amount in the breakdown’s own currency', () => {
    const html = build('EUR').tooltip.formatter([{ dataIndex: 2 }]);
    expect(html).toContain('>€200.00<');
    expect(build('EUR').yAxis.axisLabel.formatter(2_000_000)).toBe('€20,000');
  });

  it('escapes a hostile customer name in the tooltip HTML and drops an unsafe colour', () => {
    const html = build().tooltip.formatter([{ dataIndex: 4, seriesId: 'customer-0', color: 'red" onmouseover="x' }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;{a|rich}');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onmouseover');
  });

  it('has no ECharts legend (the widget draws an HTML one that wraps) and names every bucket on the axis', () => {
    const option = build() as unknown as { legend?: unknown; xAxis: { axisLabel: { interval: number; overflow: string } } };
    expect(option.legend).toBeUndefined();
    expect(option.xAxis.axisLabel).toMatchObject({ interval: 0, overflow: 'break' });
  });
});
