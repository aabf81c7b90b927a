'use client';
import { useCallback, useMemo, useState, type CSSProperties } from 'react';
import ReactEChartsCoreImport from 'echarts-for-react/lib/core';
import type { EChartsType } from 'echarts/core';
import { resolveTheme } from '../../theme/resolveTheme';
import { themeToEchartsTheme } from '../../theme/themeToEchartsTheme';
import type { ResolvedTheme } from '../../theme/types';
import { useFrameTheme } from '../WidgetFrame/FrameThemeContext';
import { visuallyHiddenStyle } from '../visuallyHidden/visuallyHiddenStyle';
import { guardOptionFunctions } from './guardOptionFunctions';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

/**
 * The `echarts/core` module, after the widget registered what it draws with
 * `echarts.use([BarChart, GridComponent, TooltipComponent, …, SVGRenderer])`.
 */
export type EChartsCoreModule = typeof import('echarts/core');

export interface AnalyticsChartProps {
  /**
   * `import * as echarts from 'echarts/core'`. This component registers nothing: each widget
   * calls `echarts.use([...])` at module level with only the chart types, components and the
   * renderer it uses, so a host importing one widget pays for no other.
   */
  echarts: EChartsCoreModule;
  /** The ECharts option. Build tooltips with `tooltipHtml`, labels with `plainTextFormatter`. */
  option: Record<string, unknown>;
  /** One-sentence text summary of what the chart shows: its `aria-label`, also in the DOM. */
  summary: string;
  /** Default: the enclosing `WidgetFrame`'s theme, else the light defaults. */
  theme?: ResolvedTheme;
  /**
   * `'svg'` (default: crisp, small, text stays text) or `'canvas'` (many points). The widget
   * must have registered the matching `SVGRenderer` / `CanvasRenderer`.
   */
  renderer?: 'svg' | 'canvas';
  /** Chart height (px or CSS length). Default 280. The width follows the container. */
  height?: number | string;
  /** ECharts events, e.g. `{ click: (params) => … }`. Keep the object stable (memoise it). */
  onEvents?: Record<string, (params: unknown) => void>;
  /** Called with the ECharts instance once it is ready (tests, imperative actions). */
  onChartReady?: (instance: EChartsType) => void;
  /** Replace the option instead of merging it into the previous one. Default true. */
  notMerge?: boolean;
  className?: string;
  style?: CSSProperties;
}

const DEFAULT_THEME = resolveTheme(undefined, false);

/**
 * `echarts-for-react/lib/core` is CommonJS with `exports.default`. Bundlers that follow Node's
 * interop for ES-module importers (Vite 8 / Rolldown, Node itself) hand over the module object as
 * the default import; others hand over `exports.default`. Take the component either way, so the
 * chart renders in every host build and under SSR.
 */
const ReactEChartsCore = (
  'default' in ReactEChartsCoreImport ? (ReactEChartsCoreImport as { default: typeof ReactEChartsCoreImport }).default : ReactEChartsCoreImport
) as typeof ReactEChartsCoreImport;

/**
 * An ECharts chart for a widget. Resizes with its container (echarts-for-react's size sensor,
 * a ResizeObserver where available). Accessible as one image: the wrapper is `role="img"` with
 * the summary as its `aria-label` and a visually hidden paragraph holding the same summary.
 * Tooltips default to HTML render mode confined to the chart, with `tooltipHtml` as the only
 * sanctioned way to build their content. Animation is off when the user prefers reduced motion.
 */
export function AnalyticsChart(props: AnalyticsChartProps) {
  const frameTheme = useFrameTheme();
  const theme = props.theme ?? frameTheme ?? DEFAULT_THEME;
  const echartsTheme = useMemo(() => themeToEchartsTheme(theme), [theme]);
  const opts = useMemo(() => ({ renderer: props.renderer ?? 'svg' }) as const, [props.renderer]);
  const reducedMotion = usePrefersReducedMotion();
  // A formatter that throws inside ECharts (outside React's render) is rethrown here, in render,
  // so the enclosing error boundary shows the error state instead of a half-drawn chart.
  const [thrown, setThrown] = useState<{ value: unknown } | undefined>(undefined);
  const report = useCallback((value: unknown) => setThrown((previous) => previous ?? { value }), []);
  const option = useMemo(() => guardOptionFunctions(withSafeDefaults(props.option, reducedMotion), report), [props.option, reducedMotion, report]);
  if (thrown !== undefined) throw thrown.value;
  const height = props.height ?? 280;
  return (
    <div role="img" aria-label={props.summary} className={props.className} style={{ position: 'relative', width: '100%', ...props.style }} data-paw-chart="">
      <p style={visuallyHiddenStyle}>{props.summary}</p>
      <ReactEChartsCore
        echarts={props.echarts}
        option={option}
        theme={echartsTheme}
        opts={opts}
        notMerge={props.notMerge ?? true}
        lazyUpdate
        autoResize
        onEvents={props.onEvents}
        onChartReady={props.onChartReady}
        style={{ width: '100%', height }}
      />
    </div>
  );
}

/**
 * Forces HTML tooltips to be confined to the chart and appended inside it (no node in
 * `document.body`), turns off ECharts' own `aria` description (the wrapper describes the
 * chart) and, for reduced motion, animation. The widget's other tooltip settings win.
 */
function withSafeDefaults(option: Record<string, unknown>, reducedMotion: boolean): Record<string, unknown> {
  const tooltip = option.tooltip;
  const safeTooltip = (t: unknown) => ({ renderMode: 'html', confine: true, ...(t as object), appendTo: undefined, appendToBody: false });
  return {
    ...option,
    aria: { enabled: false },
    ...(reducedMotion ? { animation: false } : {}),
    ...(tooltip === undefined ? {} : { tooltip: Array.isArray(tooltip) ? tooltip.map(safeTooltip) : safeTooltip(tooltip) }),
  };
}
