/**
 * A KPI's change against the previous period, as a `Stat` shows it. The ratio is taken against
 * the previous value's magnitude, so a margin that rises from −100 to −50 reads as up (+50%),
 * as it should; no ratio from zero or without a previous value.
 */
import { absDecimal, signOfDecimal, subtractDecimals } from '../../core/decimal';
import { formatChange } from '../../core/format/formatChange';
import type { StatChange } from '../../ui/Stat/Stat';
import type { AnalyticsKpiValue } from './analyticsKpiValues';

/** `(current − previous) / |previous|`; `null` without a previous value or from zero. */
export function kpiChangeRatio(current: string | null, previous: string | null): number | null {
  if (current === null || previous === null || signOfDecimal(previous) === 0) return null;
  // The difference is exact; only the ratio (shown to one decimal of a percent) is a float.
  return Number(subtractDecimals(current, previous)) / Number(absDecimal(previous));
}

/** The `Stat` change of `value`, or `undefined` when it has nothing to compare with (outstanding). */
export function kpiChange(value: AnalyticsKpiValue, options: { locale: string | undefined; context: string }): StatChange | undefined {
  if (value.previous === null || value.current === null) return undefined;
  const ratio = kpiChangeRatio(value.current, value.previous);
  const direction = ratio === null || ratio === 0 ? 'flat' : ratio > 0 ? 'up' : 'down';
  const sentiment = direction === 'flat' ? 'neutral' : (direction === 'up') === (value.increaseIs === 'positive') ? 'positive' : 'negative';
  return {
    text: formatChange(ratio, { ...(options.locale === undefined ? {} : { locale: options.locale }), maximumFractionDigits: 1 }),
    direction,
    sentiment,
    context: options.context,
  };
}
