import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { buildCostPerModelOption } from '../../../src/widgets/CostPerModel/buildCostPerModelOption';
import { costPerModelBars } from '../../../src/widgets/CostPerModel/costPerModelBars';
import { costPerModelFormat, type CostPerModelFormat } from '../../../src/widgets/CostPerModel/costPerModelFormat';
import { DEFAULT_COST_PER_MODEL_LABELS } from '../../../src/widgets/CostPerModel/costPerModelLabels';
import { HOSTILE_MODEL, HUGE, ROWS, ROWS_WITH_SIGNALS } from './costPerModelFixtures';

const formatters = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const UNNAMED = { unnamedModel: '(no model)', unnamedVendor: '(no vendor)' };

interface BuiltOption {
  legend: { data: string[]; formatter: (name: string) => string };
  tooltip: { trigger: string; formatter: (params: unknown) => string };
  yAxis: { type: string; inverse: boolean; data: string[]; axisLabel: { formatter: (value: string) => string } };
  xAxis: { type: string; axisLabel: { formatter: (value: number) => string } };
  series: { id: string; name: string; type: string; stack: string; data: (number | string)[]; label: { formatter: (param: { dataIndex: number }) => string } }[];
}

function build(rows = ROWS, format: CostPerModelFormat = costPerModelFormat(formatters)): BuiltOption {
  return buildCostPerModelOption({ bars: costPerModelBars(rows, UNNAMED), formatters, format, labels: DEFAULT_COST_PER_MODEL_LABELS }) as unknown as BuiltOption;
}

describe('buildCostPerModelOption', () => {
  it('draws one horizontal bar per vendor × model, most expensive on top, one series per vendor', () => {
    const option = build();
    expect(option.yAxis).toMatchObject({ type: 'category', inverse: true, data: ['bar-0', 'bar-1', 'bar-2', 'bar-3'] });
    expect(option.xAxis.type).toBe('value');
    expect(option.series.map((series) => [series.name, series.type, series.stack])).toEqual([
      ['anthropic', 'bar', 'cost'],
      ['azure', 'bar', 'cost'],
      ['openai', 'bar', 'cost'],
      ['self-hosted', 'bar', 'cost'],
    ]);
    // Each vendor's series has a value only on its own models' rows.
    expect(option.series[2]!.data).toEqual(['-', 2805.3854749867, '-', '-']);
    expect(option.series[3]!.data).toEqual(['-', '-', '-', 0.042315]);
    expect(option.legend.data).toEqual(['anthropic', 'azure', 'openai', 'self-hosted']);
  });

  it('tooltips a sub-cent cost exactly, not as $0.00', () => {
    const html = build().tooltip.formatter([{ dataIndex: 3, seriesId: 'vendor-3', color: '#5470c6' }]);
    expect(html).toContain('>$0.00042<'); // '0.0423150000' cents
    expect(html).toContain('>1<'); // one call
    expect(html).toContain('>1,000<'); // input tokens in full
  });

  it('plots Number(x) but tooltips a call count above 2^53 exactly', () => {
    const option = build();
    const html = option.tooltip.formatter([{ dataIndex: 1, seriesId: 'vendor-2', color: '#91cc75' }]);
    expect(html).toContain('>9,007,199,254,740,993<'); // 2^53 + 1 calls, not …992
    expect(html).toContain(`>${(HUGE * 1000n).toLocaleString('en-US')}<`);
    expect(html).toContain('>$28.05<');
    expect(html).toContain('background:#91cc75');
    expect(html).toContain('>1.2 sec<');
  });

  it('labels each bar with its exact cost through the cost formatter', () => {
    const option = build(ROWS, costPerModelFormat(formatters, { cost: (cents) => `${cents} ¢` }));
    expect(option.series[0]!.label.formatter({ dataIndex: 0 })).toBe('3121.6232699722 ¢');
    expect(option.series[3]!.label.formatter({ dataIndex: 3 })).toBe('0.0423150000 ¢');
    expect(option.tooltip.formatter([{ dataIndex: 3 }])).toContain('>0.0423150000 ¢<');
  });

  it('adds signals and cost per signal to the tooltip when counted, a dash where none', () => {
    const option = build(ROWS_WITH_SIGNALS);
    const html = option.tooltip.formatter([{ dataIndex: 0 }]);
    expect(html).toContain('>Signals<');
    expect(html).toContain('>100<');
    expect(html).toContain('>$0.12<'); // '12.3456789012' cents
    expect(option.tooltip.formatter([{ dataIndex: 3 }])).toMatch(/>Cost per signal<\/td><td[^>]*>—</);
    expect(build().tooltip.formatter([{ dataIndex: 0 }])).not.toContain('Signals');
  });

  it('escapes a hostile model name in the tooltip HTML and checks the swatch colour', () => {
    const html = build().tooltip.formatter([{ dataIndex: 3, seriesId: 'vendor-3', color: 'red" onmouseover="x' }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;{a|rich}');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('onmouseover');
  });

  it('neutralises rich-text markup in axis, legend and bar labels', () => {
    const option = build([{ ...ROWS[0]!, vendor: '{b|vendor}' }, ...ROWS.slice(1)], costPerModelFormat(formatters, { cost: () => '{c|cost}' }));
    const axis = option.yAxis.axisLabel.formatter('bar-3');
    expect(axis).not.toContain('{a|');
    expect(axis.replace(/\u200D/g, '')).toBe(HOSTILE_MODEL);
    expect(option.legend.formatter('{b|vendor}')).not.toContain('{b|');
    expect(option.series[0]!.label.formatter({ dataIndex: 0 })).not.toContain('{c|');
    expect(option.yAxis.axisLabel.formatter('unknown')).toBe('');
  });

  it('writes axis ticks as compact currency from cents', () => {
    expect(build().xAxis.axisLabel.formatter(250_000)).toBe('$2.5K');
  });
});
