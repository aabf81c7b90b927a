import { changeRatio, formatChange } from '../../core/format/formatChange';
import type { NumericValue } from '../series/fields';
import type { StatChange } from './Stat';

export interface StatChangeOptions {
  /** Locale of the percentage. */
  locale?: string;
  /** Whether a rise is good news (`'positive'`, default) or bad (`'negative'`, e.g. cost). */
  increaseIs?: 'positive' | 'negative';
  /** Read after the percentage. Default `'vs previous period'`. */
  context?: string;
}

/** A value as bigint when it is an integer (exact ratio), else a number. */
const comparable = (value: NumericValue): bigint | number =>
  typeof value === 'bigint' ? value : typeof value === 'string' && /^-?\d+$/.test(value) ? BigInt(value) : Number(value);

/**
 * The `change` of a `Stat` from the current and previous period's exact values: `+12.5%` with an
 * up arrow, coloured by whether a rise is good news; `—` (flat, neutral) when there is no
 * meaningful ratio (a change from zero, a missing previous value).
 */
export function statChange(current: NumericValue, previous: NumericValue | null | undefined, options: StatChangeOptions = {}): StatChange {
  const ratio = previous === null || previous === undefined ? null : changeRatio(comparable(current), comparable(previous));
  const direction = ratio === null || ratio === 0 ? 'flat' : ratio > 0 ? 'up' : 'down';
  const good = options.increaseIs ?? 'positive';
  const sentiment = direction === 'flat' ? 'neutral' : (direction === 'up') === (good === 'positive') ? 'positive' : 'negative';
  return {
    text: formatChange(ratio, { ...(options.locale === undefined ? {} : { locale: options.locale }), maximumFractionDigits: 1 }),
    direction,
    sentiment,
    context: options.context ?? 'vs previous period',
  };
}
