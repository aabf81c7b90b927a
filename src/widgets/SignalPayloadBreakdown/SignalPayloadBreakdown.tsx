'use client';
import { useMemo, useState } from 'react';
import { signalPayloadBreakdown } from '../../core/queries/cookbook/usage';
import { usageSummaryReference, type UsageSummaryInput } from '../../core/queries/usageSummaryReference';
import { useNamedQuery } from '../../react/useNamedQuery';
import { useSignalsMetadata } from '../../react/useSignalsMetadata';
import { useResolvedTheme } from '../../theme/useResolvedTheme';
import { BarList } from '../../ui/BarList/BarList';
import { useControllableState } from '../../ui/controllableState/useControllableState';
import { tableColumnsToCsv } from '../../ui/csv/tableColumnsToCsv';
import { LazyDataTable as DataTable } from '../../ui/DataTable/LazyDataTable';
import type { DataTableSort } from '../../ui/DataTable/types';
import { useBoundaryRefetch } from '../../ui/ErrorBoundary/BoundaryRefetchContext';
import { withWidgetBoundary } from '../../ui/ErrorBoundary/withWidgetBoundary';
import type { NumericValue } from '../../ui/series/fields';
import { Stat, StatList } from '../../ui/Stat/Stat';
import { EmptyState } from '../../ui/states/EmptyState';
import { statChange } from '../../ui/Stat/statChange';
import { visuallyHiddenStyle } from '../../ui/visuallyHidden/visuallyHiddenStyle';
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
import { payloadBreakdownColumns, payloadValueLabel } from './payloadBreakdownColumns';
import { payloadBreakdown, type PayloadBreakdownRow } from './payloadBreakdownRows';
import { defaultPayloadPath, payloadChoices } from './payloadChoices';
import { PayloadPicker } from './PayloadPicker';
import { DEFAULT_SIGNAL_PAYLOAD_BREAKDOWN_LABELS, type SignalPayloadBreakdownLabels } from './signalPayloadBreakdownLabels';

export interface SignalPayloadBreakdownProps extends Omit<WidgetBaseProps, 'height'>, TimeWindowProps {
  /** Controlled signal name (one of `/signals/metadata`'s). */
  signalName?: string;
  /**
   * Uncontrolled starting signal name.
   * @default the first signal the metadata lists
   */
  defaultSignalName?: string;
  /** Fires when the user picks another signal. */
  onSignalNameChange?: (signalName: string) => void;
  /** Controlled payload path (dotted, as the metadata lists it, e.g. `priority` or `user.plan`). */
  path?: string;
  /**
   * Uncontrolled starting path.
   * @default the signal's first text or boolean field that is not an id
   */
  defaultPath?: string;
  /** Fires when the user picks another path (also when a new signal brings its default path). */
  onPathChange?: (path: string) => void;
  /**
   * Values listed before the rest are summed into "Other values" (1–100).
   * @default 10
   */
  limit?: number;
  /** Only this customer — within the proxy's scope; it never widens it. */
  customerId?: string;
  /**
   * Formats every exact count shown.
   * @default the provider's `formatCount`
   */
  valueFormatter?: (value: bigint) => string;
  /** Text overrides (translation). */
  labels?: Partial<SignalPayloadBreakdownLabels>;
}

const NO_ROWS: readonly { value: string; signals: bigint }[] = [];

/** The "Other values" item's name, lengthened until no listed value has it (a value may be any text). */
function otherItemName(values: readonly { value: string }[], label: string): string {
  let name = label;
  while (values.some((row) => row.value === name)) name += ' …';
  return name;
}
const asCount = (value: NumericValue): bigint => (typeof value === 'bigint' ? value : BigInt(typeof value === 'number' ? Math.trunc(value) : value));

/**
 * Signals of one name counted by the value of one payload field, both picked from what
 * `/signals/metadata` lists for the window: the top values as bars, the rest as "Other values",
 * and the total with its change against the previous period. A path reaches the named query only
 * when the metadata lists it for that signal; the query checks its pattern again on the server.
 * Data from `signal-payload-breakdown` and `usage-summary`.
 */
function SignalPayloadBreakdownWidget(props: SignalPayloadBreakdownProps) {
  const { timeZone, formatters, time, settingsError } = useWidgetWindow(props);
  const labels: SignalPayloadBreakdownLabels = { ...DEFAULT_SIGNAL_PAYLOAD_BREAKDOWN_LABELS, ...props.labels };
  const theme = useResolvedTheme(props.theme);
  const { valueFormatter } = props;
  const formatCount = useMemo(() => valueFormatter ?? ((value: bigint) => formatters.count(value)), [valueFormatter, formatters]);
  const [view, setView] = useWidgetView(props);
  const [sort, setSort] = useState<DataTableSort | undefined>(undefined);
  const limit = props.limit ?? 10;

  const metadata = useSignalsMetadata(
    time.window ? { fromDate: time.window.from, toDate: time.window.to } : {},
    { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: settingsError === undefined },
  );
  const choices = useMemo(() => payloadChoices(metadata.data), [metadata.data]);

  const [chosenSignal, setSignal] = useControllableState<string | undefined>({
    value: props.signalName,
    defaultValue: props.defaultSignalName,
    onChange: (next) => {
      if (next !== undefined) props.onSignalNameChange?.(next);
    },
  });
  const [chosenPath, setPath] = useControllableState<string | undefined>({
    value: props.path,
    defaultValue: props.defaultPath,
    onChange: (next) => {
      if (next !== undefined) props.onPathChange?.(next);
    },
  });
  const signalName = chosenSignal ?? choices[0]?.signalName;
  const choice = choices.find((entry) => entry.signalName === signalName);
  const listed = (path: string | undefined) => path !== undefined && choice?.paths.some((entry) => entry.path === path) === true;
  // An uncontrolled path the new signal lacks falls back to its default; a controlled one is the host's to fix.
  const path = listed(chosenPath) || props.path !== undefined ? chosenPath : defaultPayloadPath(choice);
  const metadataReady = metadata.status === 'success';
  // Said beside the pickers (so another signal or path can be chosen), not instead of them.
  const choiceProblem = !metadataReady || choices.length === 0
    ? undefined
    : choice === undefined
      ? labels.unknownSignal(signalName ?? '')
      : path === undefined || !listed(path)
        ? labels.unknownPath(path ?? '', signalName ?? '')
        : undefined;
  const canQuery = settingsError === undefined && metadataReady && choiceProblem === undefined;

  const range = time.input;
  const narrow = props.customerId === undefined ? {} : { customerId: props.customerId };
  const breakdownResult = useNamedQuery(
    signalPayloadBreakdown,
    { ...range, signalName: signalName ?? '', path: path ?? '', limit, ...narrow },
    { fetcher: props.fetcher, keepPreviousData: true, refetchIntervalMs: props.refetchIntervalMs, enabled: canQuery },
  );
  const summaryInput: UsageSummaryInput = { ...range, timeZone, ...(signalName === undefined ? {} : { signalName }), ...narrow };
  const summary = useNamedQuery(usageSummaryReference, summaryInput, {
    fetcher: props.fetcher,
    keepPreviousData: true,
    refetchIntervalMs: props.refetchIntervalMs,
    enabled: canQuery,
  });
  const frame = widgetFrameState(canQuery ? [metadata, breakdownResult, summary] : [metadata]);
  useBoundaryRefetch(frame.refetchAll);
  const error = settingsError ?? frame.error;
  const noPayloads = metadataReady && choices.length === 0;

  const totals = summary.data?.[0];
  const breakdown = useMemo(() => payloadBreakdown(breakdownResult.data ?? NO_ROWS, totals?.current), [breakdownResult.data, totals]);
  const total = breakdown.total.signals;
  const columns = useMemo(
    () => payloadBreakdownColumns({ labels, total, formatCount, formatShare: (ratio) => formatters.percent(ratio, { maximumFractionDigits: 1 }) }),
    // `labels` is rebuilt each render from stable parts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [total, formatCount, formatters, props.labels],
  );
  const footerRows = breakdown.other ? [breakdown.other, breakdown.total] : [breakdown.total];
  const csvColumns = useMemo(() => tableColumnsToCsv(columns), [columns]);
  // The list's rows: the top values as the query ranked them, then the rest as one "Other values"
  // item, named so that no real value can share (and add into) it.
  const barRows = useMemo(
    () => [...breakdown.values, ...(breakdown.other ? [{ ...breakdown.other, value: otherItemName(breakdown.values, labels.otherValues) }] : [])],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [breakdown, labels.otherValues],
  );
  const caption = signalName !== undefined && path !== undefined ? labels.caption(signalName, path) : labels.title;
  const summaryText =
    signalName !== undefined && path !== undefined
      ? labels.summary({
          signalName,
          path,
          total: formatCount(total),
          top: breakdown.values.slice(0, 3).map((row) => ({ label: payloadValueLabel(row, labels), value: formatCount(row.signals) })),
        })
      : '';
  const waiting = frame.loading || (!canQuery && !metadataReady && error === undefined);
  const empty = noPayloads || (canQuery && breakdownResult.data !== undefined && summary.data !== undefined && total === 0n);

  return (
    <WidgetFrame
      {...frameHostProps(props, frame)}
      title={props.title ?? labels.title}
      subtitle={props.subtitle ?? (time.window ? describeWindow(time.window, formatters, labels.window) : undefined)}
      theme={theme}
      loading={waiting}
      error={error}
      empty={empty}
      {...(noPayloads ? { emptyState: <EmptyState description={labels.noPayloads} /> } : {})}
      truncated={frame.truncated}
      toolbar={
        <WidgetToolbar
          timeRange={timeRangeControl(time, timeZone, props.now)}
          view={{ value: view, onChange: setView }}
          csv={windowCsv({ window: canQuery ? time.window : undefined, timeZone, slug: `signal-payload-${signalName}-${path}`.replace(/[^A-Za-z0-9_.-]+/g, '-'), columns, csvColumns, rows: breakdown.values, sort, footer: footerRows, onExport: props.onExportCsv })}
        />
      }
    >
      <WidgetBody refreshing={frame.refreshing}>
        <PayloadPicker
          choices={choices}
          signalName={signalName}
          path={path}
          onSignalNameChange={(next) => {
            setSignal(next);
            if (props.path === undefined) setPath(defaultPayloadPath(choices.find((entry) => entry.signalName === next)));
          }}
          onPathChange={setPath}
          labels={labels}
        />
        {choiceProblem !== undefined && (
          <p role="status" style={{ margin: 0, color: theme.colors.muted }}>
            {choiceProblem}
          </p>
        )}
        {canQuery && totals && (
          <StatList label={labels.headline}>
            <Stat
              id="total"
              label={labels.total}
              value={formatCount(total)}
              change={statChange(totals.current, totals.previous, { ...(formatters.locale ? { locale: formatters.locale } : {}), context: labels.versusPrevious })}
            />
          </StatList>
        )}
        {!canQuery ? null : view === 'chart' ? (
          <div>
            <p style={visuallyHiddenStyle}>{summaryText}</p>
            <BarList<PayloadBreakdownRow>
              rows={barRows}
              label="value"
              value="signals"
              caption={caption}
              keepOrder
              limit={barRows.length}
              valueFormatter={(value) => formatCount(asCount(value))}
              labels={{ other: labels.otherValues, unnamed: labels.noValue, total: labels.totalRow }}
              colorByName
              theme={theme}
              {...(props.onError ? { onError: props.onError } : {})}
            />
          </div>
        ) : (
          <DataTable
            columns={columns}
            rows={breakdown.values}
            footerRows={footerRows}
            caption={caption}
            pageSize={props.pageSize}
            sort={sort ?? null}
            onSortChange={setSort}
          />
        )}
      </WidgetBody>
    </WidgetFrame>
  );
}

/**
 * One signal's counts by the value of one payload field, both picked (keyboard-usable selects) from
 * what `/signals/metadata` lists for the window: the top values, "Other values" and the total with
 * its change against the previous period. Named queries `signal-payload-breakdown` and
 * `usage-summary`. Inside its own error boundary: nothing thrown in it reaches the host page.
 */
export const SignalPayloadBreakdown = withWidgetBoundary(
  SignalPayloadBreakdownWidget,
  (props) => props.labels?.title ?? DEFAULT_SIGNAL_PAYLOAD_BREAKDOWN_LABELS.title,
  'SignalPayloadBreakdown',
);
