'use client';
import { useId, useMemo, type CSSProperties } from 'react';
import type { AnalyticsError } from '../../core/errors';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import { resolveTheme } from '../../theme/resolveTheme';
import { themeVar } from '../../theme/themeToCssVariables';
import type { ResolvedTheme } from '../../theme/types';
import { BlockErrorBoundary, type RenderErrorInfo } from '../ErrorBoundary/BlockErrorBoundary';
import type { FieldOf, NumericValue } from '../series/fields';
import { seriesColors } from '../series/seriesColors';
import { ChartLegend } from '../ChartLegend/ChartLegend';
import { visuallyHiddenStyle } from '../visuallyHidden/visuallyHiddenStyle';
import { useFrameTheme } from '../WidgetFrame/FrameThemeContext';
import { rankBars } from './rankBars';

/** Texts of a bar list (translation). */
export interface BarListLabels {
  other: string;
  unnamed: string;
  total: string;
}

export const DEFAULT_BAR_LIST_LABELS: Readonly<BarListLabels> = Object.freeze({ other: 'Other', unnamed: '(unnamed)', total: 'Total' });

export interface BarListProps<Row> {
  rows: readonly Row[];
  /** The field naming each item (rows of one name add up). */
  label: FieldOf<Row, string | null | undefined>;
  /** The field holding its exact value. */
  value: FieldOf<Row, NumericValue | null | undefined>;
  /** Accessible name of the list, e.g. `'Cost per model'`. */
  caption: string;
  /** Formats an exact value. Default: the provider's `formatCount`. */
  valueFormatter?: ((value: NumericValue) => string) | undefined;
  /** Items before the rest are summed into "Other". Default 10. */
  limit?: number | undefined;
  /** Show the total of every row under the list (equals the card's headline). Default true. */
  showTotal?: boolean | undefined;
  /** Keep the rows' order (already ranked by the query). Default: largest first. */
  keepOrder?: boolean | undefined;
  /** Colour each bar by its name (stable across cards); default: the theme's primary for all. */
  colorByName?: boolean | undefined;
  /**
   * Colour each bar by this field's value (e.g. the vendor), stable per value across cards, with a
   * legend of the values. Wins over `colorByName`.
   */
  colorBy?: FieldOf<Row, string | null | undefined> | undefined;
  /** Accessible name of the `colorBy` legend. Default `'Legend'`. */
  legendLabel?: string | undefined;
  /** A one-sentence text summary, the list's accessible description (also in the DOM, hidden). */
  summary?: string | undefined;
  labels?: Partial<BarListLabels> | undefined;
  theme?: ResolvedTheme | undefined;
  onError?: ((error: AnalyticsError, info: RenderErrorInfo) => void) | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
}

const LIGHT = resolveTheme(undefined, false);
const EMPTY_SET: ReadonlySet<string> = new Set();

/**
 * A ranked list of horizontal bars (Tremor's BarList): names as text (ellipsized with the full
 * name as title), bars proportional to the largest, exact values right-aligned, everything past
 * `limit` in one "Other" item, and the total row. HTML, not a canvas: readable by screen readers
 * as an ordered list, and light on a page. Contained.
 */
export function BarList<Row>(props: BarListProps<Row>) {
  return (
    <BlockErrorBoundary onError={props.onError} resetKeys={[props.rows]}>
      <BarListBody {...props} />
    </BlockErrorBoundary>
  );
}

function BarListBody<Row>(props: BarListProps<Row>) {
  const { formatters } = useAnalyticsContext();
  const frameTheme = useFrameTheme();
  const theme = props.theme ?? frameTheme ?? LIGHT;
  const labels = { ...DEFAULT_BAR_LIST_LABELS, ...props.labels };
  const format = props.valueFormatter ?? ((value: NumericValue) => formatters.count(value));
  const ranked = useMemo(
    () => rankBars({ rows: props.rows, label: props.label, value: props.value, ...(props.limit === undefined ? {} : { limit: props.limit }), labels, ...(props.keepOrder ? { keepOrder: true } : {}) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [props.rows, props.label, props.value, props.limit, props.keepOrder, labels.other, labels.unnamed],
  );
  const summaryId = useId();
  const { colorBy } = props;
  const groupOf = (bar: { rows: Row[]; name: string }): string => {
    const raw = colorBy === undefined ? bar.name : (bar.rows[0] as Record<string, unknown> | undefined)?.[colorBy];
    return typeof raw === 'string' ? raw : '';
  };
  const groups = colorBy === undefined ? [] : [...new Set(ranked.bars.filter((bar) => !bar.isOther).map(groupOf))];
  const colors =
    colorBy !== undefined
      ? seriesColors(groups, theme.colors.series)
      : props.colorByName
        ? seriesColors(
            ranked.bars.map((bar) => bar.name),
            theme.colors.series,
            { other: ['\u0000other'], otherColor: theme.colors.muted },
          )
        : undefined;
  const row: CSSProperties = { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) auto', alignItems: 'center', gap: themeVar.space2, position: 'relative' };
  return (
    <div className={props.className} style={{ display: 'flex', flexDirection: 'column', gap: themeVar.space1, fontSize: '0.9em', ...props.style }} data-paw-barlist="">
      {colorBy !== undefined && groups.length > 0 && (
        <ChartLegend
          items={groups.map((group) => ({ name: group, label: group === '' ? labels.unnamed : group, color: colors?.get(group) }))}
          hidden={EMPTY_SET}
          label={props.legendLabel ?? 'Legend'}
        />
      )}
      {props.summary !== undefined && (
        <p id={summaryId} style={visuallyHiddenStyle}>
          {props.summary}
        </p>
      )}
      <ol aria-label={props.caption} aria-describedby={props.summary === undefined ? undefined : summaryId} style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: themeVar.space1 }}>
        {ranked.bars.map((bar) => (
          <li key={bar.name} style={row} data-paw-bar={bar.isOther ? 'other' : ''}>
            <span style={{ position: 'relative', minWidth: 0, padding: `2px ${themeVar.space2}` }}>
              <span
                aria-hidden="true"
                style={{
                  position: 'absolute',
                  insetBlock: 0,
                  insetInlineStart: 0,
                  width: `${Math.max(bar.share * 100, 0.5)}%`,
                  borderRadius: themeVar.radius,
                  background: bar.isOther ? theme.colors.muted : (colors?.get(groupOf(bar)) ?? theme.colors.primary),
                  opacity: 0.22,
                }}
              />
              <span title={bar.label} style={{ position: 'relative', display: 'block', overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap', color: themeVar.text }}>
                {bar.label}
              </span>
            </span>
            <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap', color: themeVar.text }}>{format(bar.value)}</span>
          </li>
        ))}
      </ol>
      {(props.showTotal ?? true) && (
        <div style={{ ...row, borderTop: `1px solid ${themeVar.border}`, paddingTop: themeVar.space1, fontWeight: 600 }} data-paw-bar-total="">
          <span style={{ padding: `0 ${themeVar.space2}` }}>{labels.total}</span>
          <span style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>{format(ranked.total)}</span>
        </div>
      )}
    </div>
  );
}
