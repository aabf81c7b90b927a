// Floor: React + one stacked bar/line chart drawn directly with echarts/core and the same parts
// the widgets register (bar, line, grid, tooltip, legend, SVG renderer) through echarts-for-react.
import { createRoot } from 'react-dom/client';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import EChartsReactImport from 'echarts-for-react/lib/core';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

// A CommonJS module: from a "type": "module" package, Vite 8 gives the default import the
// `exports` object (Node's rule), so take its `default` when that happened.
const ReactEChartsCore: typeof EChartsReactImport =
  typeof EChartsReactImport === 'function' ? EChartsReactImport : (EChartsReactImport as unknown as { default: typeof EChartsReactImport }).default;

const option = {
  tooltip: { trigger: 'axis' },
  legend: {},
  xAxis: { type: 'category', data: ['Mon', 'Tue', 'Wed'] },
  yAxis: { type: 'value' },
  series: [
    { type: 'bar', stack: 'total', name: 'a', data: [1, 2, 3] },
    { type: 'line', name: 'b', data: [3, 2, 1] },
  ],
};

createRoot(document.getElementById('root')!).render(
  <ReactEChartsCore echarts={echarts} option={option} opts={{ renderer: 'svg' }} style={{ height: 300 }} />,
);
