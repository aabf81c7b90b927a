import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it } from 'vitest';
import { escapeRichText, plainTextFormatter } from '../../../src/ui/Chart/escapeRichText';

echarts.use([BarChart, GridComponent, LegendComponent, SVGRenderer]);

/**
 * Renders with the real ECharts engine to an SVG string (server-side mode, no layout needed):
 * the labels are data, a rich style exists (as on time axes) and would fetch an image.
 */
function renderSvg(label: string, formatter?: (value: string) => string): string {
  const chart = echarts.init(null as unknown as HTMLElement, undefined, { renderer: 'svg', ssr: true, width: 600, height: 300 });
  charts.push(chart);
  chart.setOption({
    animation: false,
    legend: { data: [label], formatter, textStyle: { rich: { evil: { backgroundColor: { image: 'https://evil.example/pixel.png' }, width: 40 } } } },
    xAxis: {
      type: 'category',
      data: [label],
      axisLabel: { formatter, rich: { evil: { backgroundColor: { image: 'https://evil.example/pixel.png' }, width: 40 } } },
    },
    yAxis: { type: 'value' },
    series: [{ type: 'bar', name: label, data: [1] }],
  });
  return chart.renderToSVGString();
}

const charts: echarts.EChartsType[] = [];
afterEach(() => {
  while (charts.length) charts.pop()!.dispose();
});

describe('chart labels through the ECharts engine', () => {
  const RICH_LABEL = '{evil|pwned}';

  it('without neutralising, data can pick a rich style that loads an image (the threat)', () => {
    const svg = renderSvg(RICH_LABEL, (value) => value);
    expect(svg).toContain('evil.example');
  });

  it('with plainTextFormatter the markup stays visible text and no image is referenced', () => {
    const svg = renderSvg(RICH_LABEL, plainTextFormatter());
    expect(svg).not.toContain('evil.example');
    expect(svg).toContain(escapeRichText(RICH_LABEL));
  });

  it('HTML in a label is SVG text, escaped by the renderer', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const svg = renderSvg(hostile, plainTextFormatter());
    expect(svg).not.toMatch(/<img/i);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
