/**
 * Registers with `echarts/core` exactly what RevenueAging draws — stacked bars, a grid, an axis
 * tooltip, a legend, the SVG renderer — so a host importing this widget pays for no other chart
 * type. Idempotent (ECharts ignores repeated registrations); touches no DOM.
 */
import { BarChart } from 'echarts/charts';
import { GridComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/** `echarts/core` with the RevenueAging parts registered. */
export function registerRevenueAgingChart(): typeof echarts {
  if (!registered) {
    echarts.use([BarChart, GridComponent, TooltipComponent, SVGRenderer]);
    registered = true;
  }
  return echarts;
}
