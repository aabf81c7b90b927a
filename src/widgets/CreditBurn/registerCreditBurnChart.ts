/**
 * Registers with `echarts/core` exactly what CreditBurn draws — grant and spend bars, the
 * balance line on a second axis, a grid, an axis tooltip, the SVG renderer — so a host importing
 * this widget pays for no other chart type. The legend is HTML (`ChartLegend`), so ECharts' legend
 * is not needed. Idempotent; touches no DOM.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/** `echarts/core` with the CreditBurn parts registered. */
export function registerCreditBurnChart(): typeof echarts {
  if (!registered) {
    echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, SVGRenderer]);
    registered = true;
  }
  return echarts;
}
