/**
 * Registers with `echarts/core` exactly what CreditBurn draws — grant and spend bars, the
 * balance line on a second axis, a grid, an axis tooltip, a legend, the SVG renderer — so a
 * host importing this widget pays for no other chart type. Idempotent; touches no DOM.
 */
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

let registered = false;

/** `echarts/core` with the CreditBurn parts registered. */
export function registerCreditBurnChart(): typeof echarts {
  if (!registered) {
    echarts.use([BarChart, LineChart, GridComponent, TooltipComponent, LegendComponent, SVGRenderer]);
    registered = true;
  }
  return echarts;
}
