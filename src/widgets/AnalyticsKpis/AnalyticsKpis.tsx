'use client';
import { useMemo, useState } from 'react';
import { analyticsKpis, type AnalyticsKpisInput } from '../../core/queries/analyticsKpis';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import { Stat, StatList } from '../../ui/Stat/Stat';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../ui/WidgetFrame/WidgetFrame';
import { frameHostProps } from '../shared/frameHostProps';
import { describeWindow } from '../shared/describeWindow';
import type { TimeWindowProps } from '../shared/useTimeWindow';
import { widgetFrameState } from '../shared/widgetFrameState';
import type { WidgetBaseProps } from '../shared/widgetProps';
import { WidgetBody } from '../shared/WidgetBody';
import { WidgetToolbar } from '../shared/WidgetToolbar';
import { timeRangeControl } from '../shared/timeRangeControl';
import { useWidgetWindow } from '../shared/useWidgetWindow';
import { useWidgetView } from '../shared/useWidgetView';
import { windowCsv } from '../shared/windowCsv';
import { analyticsKpiColumns } from './analyticsKpiColumns';
import { kpiChange } from './kpiChange';
import { ANALYTICS_KPIS, analyticsKpiValues, type AnalyticsKpi, type AnalyticsKpiValue } from './analyticsKpiValues';
import { DEFAULT_ANALYTICS_KPIS_LABELS, type AnalyticsKpisLabels } from './analyticsKpisLabels';
import { useKpiFormat } from './useKpiFormat';

/** Text overrides: any label, and any KPI's name. */
export type AnalyticsKpisLabelsInput = Partial<Omit<AnalyticsKpisLabels, 'kpis'>> & { kpis?: Partial<AnalyticsKpisLabels['kpis']> };

export interface AnalyticsKpisProps
  extends Omit<WidgetBaseProps, 'height' | 'pageSize'>,
    TimeWindowProps,
    Pick<AnalyticsKpisInput, 'customerId' | 'creditsCurrencyId'> {
  /**
   * Which KPIs the strip shows, in this order.
   * @default ['signals', 'aiCost', 'revenue', 'margin', 'outstanding', 'creditsBalance']
   */
  kpis?: readonly AnalyticsKpi[];
  /**
   * Formats counts (signals).
   * @default the provider's `formatCount`
   */
  countFormatter?: (value: string) => string;
  /**
   * Formats money: exact decimal text of cents and its ISO 4217 currency.
   * @default the provider's `formatCents` in that currency
   */
  amountFormatter?: (cents: string, currency: string) => string;
  /**
   * Formats credits: exact decimal text of credits.
   * @default the provider's `formatCount` (every fraction digit kept)
   */
  creditsFormatter?: (credits: string) => string;
  /** Text overrides (translation). */
  labels?: AnalyticsKpisLabelsInput;
}

/**
 * A strip of headline figures — signals, AI cost, revenue, margin (revenue − AI cost), outstanding
 * and the credits balance — each exact and against the previous period of the same length. Data
 * from the `analytics-kpis` named query; which figures show is the `kpis` prop. Money and credits
 * show once per currency (never summed across currencies).
 */
function AnalyticsKpisWidget(props: AnalyticsKpisProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props);
  const labels: AnalyticsKpisLabels = {
    ...DEFAULT_ANALYTICS_KPIS_LABELS,
    ...props.labels,
    kpis: { ...DEFAULT_ANALYTICS_KPIS_LABELS.kpis, ...props.labels?.kpis },
  };
  const theme = useResolvedTheme(props.theme);
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);

  const input: AnalyticsKpisInput = {
    ...time.input,
    timeZone,
    ...(props.customerId === undefined ? {} : { customerId: props.customerId }),
    ...(props.creditsCurrencyId === undefined ? {} : { creditsCurrencyId: props.creditsCurrencyId }),
  };
  const result = useNamedQuery(analyticsKpis, input, {
    fetcher: props.fetcher,
    keepPreviousData: true,
    refetchIntervalMs: props.refetchIntervalMs,
    enabled: settingsError === undefined,
  });
  const frame = widgetFrameState([result]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;

  const kpis = props.kpis ?? ANALYTICS_KPIS;
  const kpisKey = kpis.join(',');
  const values = useMemo(
    () => (result.data ? analyticsKpiValues(result.data, kpis, formatters.currency) : []),
    // `kpis` by value: an inline array each render must not recompute.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [result.data, kpisKey, formatters.currency],
  );
  const format = useKpiFormat(formatters, props);
  const nameOf = (value: AnalyticsKpiValue) => {
    const name = labels.kpis[value.kpi];
    if (value.kind === 'credits' && value.unitLabel) return `${name} · ${value.unitLabel}`;
    const sameKpi = values.filter((other) => other.kpi === value.kpi);
    return sameKpi.length > 1 && value.unit ? `${name} · ${value.unit}` : name;
  };
  const columns = analyticsKpiColumns({ labels, nameOf, format, locale: formatters.locale });
  const csvColumns = useMemo(() => tableColumnsToCsv(columns), [columns]);

  return (
    <WidgetFrame
      {...frameHostProps(props, frame)}
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      error={error}
      empty={false}
      loadingHeight={88}
      toolbar={
        <WidgetToolbar
          timeRange={timeRangeControl(time, timeZone, props.now)}
          view={{ value: view, onChange: setView }}
          csv={windowCsv({ window: time.window, timeZone, slug: 'analytics-kpis', columns, csvColumns, rows: values, sort, footer: [], onExport: props.onExportCsv })}
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        {view === 'chart' ? (
          <StatList label={labels.headline}>
            {values.map((value) => {
              const change = kpiChange(value, { locale: formatters.locale, context: labels.versusPrevious });
              const hint =
                value.current === null ? labels.severalCurrencies : value.kpi === 'outstanding' ? labels.outstandingHint : undefined;
              return (
                <Stat
                  key={value.id}
                  id={value.id}
                  label={nameOf(value)}
                  value={value.current === null ? labels.notAvailable : format(value, value.current)}
                  {...(change ? { change } : {})}
                  {...(hint ? { hint } : {})}
                />
              );
            })}
          </StatList>
        ) : (
          <DataTable columns={columns} rows={values} caption={labels.tableCaption} sort={sort ?? null} onSortChange={setSort} />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/**
 * A strip of exact headline figures — signals, AI cost, revenue, margin (revenue − AI cost),
 * outstanding and the credits balance — each against the previous period of the same length; which
 * figures show is the `kpis` prop. Named query `analytics-kpis`. Inside its own error boundary:
 * nothing thrown in it reaches the host page.
 */
export const AnalyticsKpis = withWidgetBoundary(AnalyticsKpisWidget, (props) => props.labels?.title ?? DEFAULT_ANALYTICS_KPIS_LABELS.title, 'AnalyticsKpis');
