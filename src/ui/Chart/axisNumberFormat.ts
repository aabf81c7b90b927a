import { numberFormat } from '../../core/format/numberFormatCache';

/**
 * The value-axis label formatter for one locale: compact notation from a million up (`1.2M`,
 * `1,2 Mio.`), grouped digits below it — always grouped (`8.000` next to `10.000` in de-DE, where
 * Intl's default leaves four-digit numbers ungrouped) — and at most two fraction digits. One
 * formatter for every tick of an axis, so ticks never mix styles.
 */
export function axisNumberFormat(locale: string | undefined, maxAbsValue: number): (value: number) => string {
  const compact = Math.abs(maxAbsValue) >= 1_000_000;
  const format = numberFormat(locale, {
    ...(compact ? { notation: 'compact', maximumFractionDigits: 1 } : { maximumFractionDigits: maxAbsValue < 10 ? 2 : 0 }),
    useGrouping: 'always',
  } as unknown as Intl.NumberFormatOptions);
  return (value) => (Number.isFinite(value) ? format.format(value) : '');
}
