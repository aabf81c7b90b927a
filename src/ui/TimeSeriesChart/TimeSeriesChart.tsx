'use client';
import { useMemo, useState, type CSSProperties } from 'react';
import type { EChartsType } from 'echarts/core';
import type { AnalyticsError } from '../../core/errors';
import { resolveTheme } from '../../theme/resolveTheme';
import type { ResolvedTheme } from '../../theme/types';
import { AnalyticsChart } from '../Chart/AnalyticsChart';
import { axisNumberFormat } from '../Chart/axisNumberFormat';
import { ChartLegend } from '../ChartLegend/ChartLegend';
import { BlockErrorBoundary, type RenderErrorInfo } from '../ErrorBoundary/BlockErrorBoundary';
import { plotNumber } from '../series/sumValues';
import { useFrameTheme } from '../WidgetFrame/FrameThemeContext';
import { buildTimeSeriesOption, type TimeSeriesKind } from './buildTimeSeriesOption';
import { registerTimeSeriesChart } from './registerTimeSeriesChart';
import { summarizeTimeSeries } from './summarizeTimeSeries';
import { useTimeSeries, type TimeSeriesDataProps, type TimeSeriesModel } from './useTimeSeries';

const echarts = registerTimeSeriesChart();
const LIGHT = resolveTheme(undefined, false);

/** How the chart looks, whatever its data. */
export interface TimeSeriesDisplayProps {
  /** Bars (default), filled areas or lines. */
  kind?: TimeSeriesKind | undefined;
  /** Stack the series. Default: true for bars and areas, false for lines. */
  stacked?: boolean | undefined;
  /** Value-axis tick text. Default: compact, always grouped, per locale (`axisNumberFormat`). */
  axisFormatter?: ((value: number) => string) | undefined;
  /** The chart's text summary (accessible name). Default: total, periods and largest series. */
  summary?: string | undefined;
  /** Chart height (px or CSS length). Default 280. */
  height?: number | string | undefined;
  /** Show the legend. Default: when there is more than one series. */
  legend?: boolean | undefined;
  /** Accessible name of the legend. Default `'Series'`. */
  legendLabel?: string | undefined;
  /** Default: the enclosing `WidgetFrame`'s theme, else light. */
  theme?: ResolvedTheme | undefined;
  /** Called for anything thrown while drawing (the block then shows its error state). */
  onError?: ((error: AnalyticsError, info: RenderErrorInfo) => void) | undefined;
  onChartReady?: ((chart: EChartsType) => void) | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

export type TimeSeriesChartProps<Row> = TimeSeriesDataProps<Row> & TimeSeriesDisplayProps;

/**
 * A time-series chart from typed rows (Tremor-style field props): bars, areas or lines, stacked
 * or not, over every bucket of the window (gaps drawn empty). Each series keeps one colour per
 * name across ranges, granularities and cards; partial first / last periods are drawn faded and
 * labelled with their real dates; the legend is HTML and wraps; tooltips are escaped text; values
 * are exact wherever a person reads them. Contained: a throw inside becomes its error state.
 *
 * @example <TimeSeriesChart rows={rows} index="bucket" series="series" value="signals" granularity="day" window={{ from, to }} />
 */
export function TimeSeriesChart<Row>(props: TimeSeriesChartProps<Row>) {
  return (
    <BlockErrorBoundary onError={props.onError} resetKeys={[props.rows, props.granularity, props.kind]}>
      <TimeSeriesFromRows {...props} />
    </BlockErrorBoundary>
  );
}

function TimeSeriesFromRows<Row>(props: TimeSeriesChartProps<Row>) {
  const frameTheme = useFrameTheme();
  const theme = props.theme ?? frameTheme ?? LIGHT;
  const model = useTimeSeries(props, theme.colors.series, theme.colors.muted);
  return <TimeSeriesChartView {...props} theme={theme} model={model} />;
}

export interface TimeSeriesChartViewProps extends TimeSeriesDisplayProps {
  /** From `useTimeSeries` (a card that also shows the table and CSV of the same rows). */
  model: TimeSeriesModel;
}

/** `TimeSeriesChart` drawing a model computed with `useTimeSeries` (contained the same way). */
export function TimeSeriesChartView(props: TimeSeriesChartViewProps) {
  return (
    <BlockErrorBoundary onError={props.onError} resetKeys={[props.model, props.kind]}>
      <TimeSeriesChartBody {...props} />
    </BlockErrorBoundary>
  );
}

function TimeSeriesChartBody(props: TimeSeriesChartViewProps) {
  const frameTheme = useFrameTheme();
  const theme = props.theme ?? frameTheme ?? LIGHT;
  const { model } = props;
  const kind = props.kind ?? 'bar';
  const stacked = props.stacked ?? kind !== 'line';
  const [hidden, setHidden] = useState<ReadonlySet<string>>(() => new Set());
  const { axisFormatter } = props;
  const formatAxis = useMemo(() => {
    if (axisFormatter) return axisFormatter;
    const values = stacked ? model.pivot.bucketTotals : model.pivot.series.flatMap((series) => series.values);
    const max = values.reduce<number>((top, value) => Math.max(top, Math.abs(plotNumber(value))), 0);
    return axisNumberFormat(model.formatters.locale, max);
  }, [axisFormatter, model, stacked]);
  const option = useMemo(
    () =>
      buildTimeSeriesOption({
        pivot: model.pivot,
        kind,
        stacked,
        colors: model.colors,
        hidden,
        axisLabels: model.axisLabels,
        tooltipLabels: model.tooltipLabels,
        partial: model.partial,
        formatValue: model.formatValue,
        formatAxis,
        labels: { total: model.labels.total, partial: model.labels.partial },
        muted: theme.colors.muted,
        showTotal: stacked,
      }),
    [model, kind, stacked, hidden, formatAxis, theme.colors.muted],
  );
  const showLegend = props.legend ?? model.pivot.series.length > 1;
  const toggle = (name: string) =>
    setHidden((previous) => {
      const next = new Set(previous);
      if (next.has(name)) next.delete(name);
      else if (next.size < model.pivot.series.length - 1) next.add(name);
      return next;
    });
  return (
    <div className={props.className} style={{ display: 'flex', flexDirection: 'column', gap: 8, minWidth: 0, ...props.style }} data-paw-timeseries="">
      {showLegend && (
        <ChartLegend
          items={model.pivot.series.map((series) => ({ name: series.name, label: series.label, color: model.colors.get(series.name) }))}
          hidden={hidden}
          onToggle={toggle}
          {...(props.legendLabel === undefined ? {} : { label: props.legendLabel })}
        />
      )}
      <AnalyticsChart
        echarts={echarts}
        option={option}
        summary={props.summary ?? summarizeTimeSeries(model)}
        theme={theme}
        height={props.height ?? 280}
        {...(props.onChartReady ? { onChartReady: props.onChartReady } : {})}
      />
    </div>
  );
}
