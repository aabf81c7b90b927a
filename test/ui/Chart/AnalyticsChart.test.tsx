import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { render, screen, waitFor } from '@testing-library/react';
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsType } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resolveTheme } from '../../../src/theme/resolveTheme';
import { AnalyticsChart } from '../../../src/ui/Chart/AnalyticsChart';
import { tooltipHtml } from '../../../src/ui/Chart/tooltipHtml';
import { WidgetFrame } from '../../../src/ui/WidgetFrame/WidgetFrame';

// What a widget does at module level: register only what it draws.
echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);

const HOSTILE = '<img src=x onerror=alert(1)>';
const option = {
  xAxis: { type: 'category', data: [HOSTILE, 'b'] },
  yAxis: { type: 'value' },
  tooltip: { trigger: 'axis', formatter: () => tooltipHtml({ rows: [{ label: HOSTILE, value: '1' }] }) },
  series: [{ type: 'bar', name: HOSTILE, data: [1, 2] }],
};

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('AnalyticsChart', () => {
  it('turns animation off when the user prefers reduced motion', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === '(prefers-reduced-motion: reduce)',
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    let instance: EChartsType | undefined;
    render(<AnalyticsChart echarts={echarts} option={option} summary="s" onChartReady={(i) => (instance = i)} />);
    await waitFor(() => expect(instance).toBeDefined());
    expect((instance!.getOption() as { animation: unknown }).animation).toBe(false);
  });

  it('keeps animation by default', async () => {
    let instance: EChartsType | undefined;
    render(<AnalyticsChart echarts={echarts} option={option} summary="s" onChartReady={(i) => (instance = i)} />);
    await waitFor(() => expect(instance).toBeDefined());
    expect((instance!.getOption() as { animation: unknown }).animation).not.toBe(false);
  });

  it('is an image named by its summary, with the summary as text too', () => {
    render(<AnalyticsChart echarts={echarts} option={option} summary="Signals rose 12% to 4,210 this week." />);
    const image = screen.getByRole('img', { name: 'Signals rose 12% to 4,210 this week.' });
    expect(image.querySelector('p')).toHaveTextContent('Signals rose 12% to 4,210 this week.');
  });

  it('creates no element from hostile labels', async () => {
    let instance: EChartsType | undefined;
    const { container } = render(<AnalyticsChart echarts={echarts} option={option} summary="s" onChartReady={(i) => (instance = i)} />);
    await waitFor(() => expect(instance).toBeDefined());
    expect(container.querySelector('img')).toBeNull();
  });

  it('uses the frame theme, SVG by default, confined HTML tooltips and no ECharts aria of its own', async () => {
    const theme = resolveTheme({ mode: 'dark', colors: { series: ['#123456'] } }, false);
    let instance: EChartsType | undefined;
    render(
      <WidgetFrame title="T" theme={theme}>
        <AnalyticsChart echarts={echarts} option={option} summary="s" onChartReady={(i) => (instance = i)} />
      </WidgetFrame>,
    );
    await waitFor(() => expect(instance).toBeDefined());
    const applied = instance!.getOption() as Record<string, any>;
    expect(applied.color).toEqual(['#123456']);
    expect(applied.tooltip[0]).toMatchObject({ renderMode: 'html', confine: true, backgroundColor: theme.colors.surface });
    expect(applied.aria?.[0]?.enabled ?? false).toBe(false);
    expect((instance as unknown as { getZr(): { painter: { type: string } } }).getZr().painter.type).toBe('svg');
  });

  it('registers no chart type, component or renderer itself', () => {
    const code = readFileSync(resolve(process.cwd(), 'src/ui/Chart/AnalyticsChart.tsx'), 'utf8');
    const source = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, ''); // comments may mention use()
    expect(source).not.toMatch(/\.use\(/);
    expect(source).not.toMatch(/from 'echarts\/(charts|components|renderers)'/);
    expect(source).not.toMatch(/from 'echarts'/);
    expect(source).toMatch(/from 'echarts-for-react\/lib\/core'/);
  });
});
