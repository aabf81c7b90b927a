import { axisNumberFormat } from './axisNumberFormat';

/**
 * The value-axis formatter of a chart plotting cents: ticks in major units with the currency, one
 * style for every tick — compact from ten thousand up (`$70K`), digits always grouped (de-DE never
 * shows `8000 €` beside `10.000 €`) — and never throwing: a currency `Intl` refuses (data can hold
 * anything) gives the plain grouped number.
 */
export function axisMoneyFormat(locale: string | undefined, currency: string, maxAbsCents: number): (cents: number) => string {
  const major = Math.abs(maxAbsCents) / 100;
  let format: Intl.NumberFormat | undefined;
  try {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      useGrouping: 'always',
      ...(major >= 10_000
        ? { notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 }
        : major < 10
          ? { minimumFractionDigits: 2, maximumFractionDigits: 2 }
          : { minimumFractionDigits: 0, maximumFractionDigits: 0 }),
    } as unknown as Intl.NumberFormatOptions);
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
