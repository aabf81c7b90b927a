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

const INTEGER_TEXT = /^-?\d+$/;
const isInteger = (value: NumericValue) => typeof value === 'bigint' || (typeof value === 'string' && INTEGER_TEXT.test(value));

/** Both values as bigints when both are integers (an exact ratio), else both as numbers. */
function comparable(current: NumericValue, previous: NumericValue): [bigint, bigint] | [number, number] {
  if (isInteger(current) && isInteger(previous)) return [BigInt(current), BigInt(previous)];
  return [Number(current), Number(previous)];
}

/**
 * The `change` of a `Stat` from the current and previous period's exact values: `+12.5%` with an
 * up arrow, coloured by whether a rise is good news; `—` (flat, neutral) when there is no
 * meaningful ratio (a change from zero, a missing previous value).
 */
export function statChange(current: NumericValue, previous: NumericValue | null | undefined, options: StatChangeOptions = {}): StatChange {
  let ratio: number | null = null;
  if (previous !== null && previous !== undefined) {
    const [now, before] = comparable(current, previous);
    ratio = changeRatio(now, before);
  }
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
