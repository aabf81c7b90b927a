/**
 * The value-axis ticks of a chart plotted in cents, as money in the provider's currency: compact
 * from a million units up (`$1.2M`), whole units from ten up (`$1,200`), cents below — always
 * grouped (`8.000 €` beside `10.000 €` in es-ES and pl-PL too, where Intl leaves four digits
 * ungrouped). One formatter for every tick of an axis, so ticks never mix styles.
 */
import type { Formatters } from '../../core/format/createFormatters';
import { numberFormat } from '../../core/format/numberFormatCache';

/** A tick formatter for cents, chosen from the largest value on the axis. Never throws. */
export function costAxisFormat(formatters: Formatters, maxAbsCents: number): (cents: number) => string {
  const units = Math.abs(maxAbsCents) / 100;
  const digits: Intl.NumberFormatOptions =
    units >= 1_000_000 ? { notation: 'compact', maximumFractionDigits: 1 } : units >= 10 ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {};
  let format: Intl.NumberFormat | undefined;
  try {
    format = numberFormat(formatters.locale, { style: 'currency', currency: formatters.currency, useGrouping: 'always', ...digits } as unknown as Intl.NumberFormatOptions);
  } catch {
    format = undefined;
  }
  return (cents) => {
    if (!Number.isFinite(cents)) return '';
    // Ticks are plotted floats already; the exact amounts are in the tooltip, table and headline.
    return format ? format.format(cents / 100) : formatters.cents(Math.round(cents), digits as never);
  };
}
