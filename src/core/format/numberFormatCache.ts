/**
 * `Intl.NumberFormat` / `Intl.DateTimeFormat` instances are costly to build and cheap to reuse: one cache
 * keyed by locale and options serves every formatter.
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const LIMIT = 500;

/** A cached `Intl.NumberFormat` for these locale and options. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    if (numberFormats.size >= LIMIT) numberFormats.clear();
    numberFormats.set(key, format);
  }
  return format;
}

/** A cached `Intl.DateTimeFormat` for these locale and options. */
export function dateTimeFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    if (dateTimeFormats.size >= LIMIT) dateTimeFormats.clear();
    dateTimeFormats.set(key, format);
  }
  return format;
}

/**
 * `format` of a decimal string. Intl's NumberFormat v3 takes exact decimal strings; its TypeScript lib
 * (ES2022) only declares `number | bigint`, hence the cast in this one place.
 */
export function formatDecimalText(format: Intl.NumberFormat, text: string): string {
  return (format.format as unknown as (value: string) => string)(text);
}
