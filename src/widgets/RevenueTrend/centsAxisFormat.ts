/**
 * The value axis of a chart plotting cents: ticks in major units with the currency, compact from
 * ten thousand up (`$70K`, per locale), never throwing: a currency code
 * `Intl` refuses (data can hold anything) gives the plain number.
 */
import { axisNumberFormat } from '../../ui/Chart/axisNumberFormat';

/** A tick formatter for values in cents up to `maxAbsCents`, in `locale` and `currency`. */
export function centsAxisFormat(locale: string | undefined, currency: string, maxAbsCents: number): (cents: number) => string {
  const major = Math.abs(maxAbsCents) / 100;
  let format: Intl.NumberFormat | undefined;
  try {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      ...(major >= 10_000
        ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
        : major < 10
          ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
          : { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    });
  } catch {
    format = undefined;
  }
  const fallback = axisNumberFormat(locale, major);
  return (cents) => {
    if (!Number.isFinite(cents)) return '';
    try {
      return format ? format.format(cents / 100) : fallback(cents / 100);
    } catch {
      return fallback(cents / 100);
    }
  };
}
