/**
 * Registers with `echarts/core` what `TimeSeriesChart` draws — bars and lines (areas are filled
 * lines), a grid, an axis tooltip, the SVG renderer. The legend
 * is HTML (`ChartLegend`), so ECharts' legend is not needed. Idempotent; touches no DOM.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/** `echarts/core` with the time-series parts registered. */
export function registerTimeSeriesChart(): typeof echarts {
  if (!registered) {
    echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);
    registered = true;
  }
  return echarts;
}
