/**
 * `Intl.NumberFormat` / `Intl.DateTimeFormat` instances are costly to build and cheap to reuse: one cache
 * keyed by locale and options serves every formatter.
 *
 * Neither function throws: a locale, zone or option `Intl` rejects (a host's typo, a value from data) falls
 * back step by step — the same options in the host's default locale, then without the offending digit
 * options (or, for dates, in UTC), then plain defaults — so a formatter always has something to format with.
 * (A currency `Intl` rejects is handled by `formatCents` itself: it must show the code, not drop it.)
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const LIMIT = 500;

/** A cached `Intl.NumberFormat` for these locale and options. */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = firstAccepted([
      () => new Intl.NumberFormat(locale, options),
      () => new Intl.NumberFormat(undefined, options),
      () => new Intl.NumberFormat(undefined, withoutDigitOptions(options)),
      () => new Intl.NumberFormat(undefined, options.style === 'percent' ? { style: 'percent' } : {}),
    ]);
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
    format = firstAccepted([
      () => new Intl.DateTimeFormat(locale, options),
      () => new Intl.DateTimeFormat(undefined, options),
      () => new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC', timeZoneName: 'short' }),
      () => new Intl.DateTimeFormat(undefined, { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'short' }),
    ]);
    if (dateTimeFormats.size >= LIMIT) dateTimeFormats.clear();
    dateTimeFormats.set(key, format);
  }
  return format;
}

/** The first formatter `Intl` accepts to build; the last attempt always builds. */
function firstAccepted<T>(attempts: readonly (() => T)[]): T {
  for (let i = 0; i < attempts.length - 1; i++) {
    try {
      return attempts[i]!();
    } catch {
      // Intl refused this locale or these options: try the next, plainer form.
    }
  }
  return attempts[attempts.length - 1]!();
}

/** The options without the digit settings a caller may have set out of `Intl`'s range. */
function withoutDigitOptions(options: Intl.NumberFormatOptions): Intl.NumberFormatOptions {
  const { minimumFractionDigits, maximumFractionDigits, minimumIntegerDigits, minimumSignificantDigits, maximumSignificantDigits, ...rest } = options;
  void minimumFractionDigits;
  void maximumFractionDigits;
  void minimumIntegerDigits;
  void minimumSignificantDigits;
  void maximumSignificantDigits;
  return rest;
}

/**
 * `format` of a decimal string. Intl's NumberFormat v3 takes exact decimal strings; its TypeScript lib
 * (ES2022) only declares `number | bigint`, hence the cast in this one place.
 */
export function formatDecimalText(format: Intl.NumberFormat, text: string): string {
  return (format.format as unknown as (value: string) => string)(text);
}

/** Whether `Intl` accepts `currency` as a currency code (`'USD'`, `'xyz'`; not `''`, `'US'`, `'$'`). */
export function isCurrencyAccepted(currency: unknown): currency is string {
  if (typeof currency !== 'string') return false;
  try {
    numberFormatStrict(currency);
    return true;
  } catch {
    return false;
  }
}

const acceptedCurrencies = new Set<string>();

/** Builds a currency format for `currency` without fallback (throws when `Intl` rejects the code). */
function numberFormatStrict(currency: string): void {
  if (acceptedCurrencies.has(currency)) return;
  new Intl.NumberFormat(undefined, { style: 'currency', currency });
  if (acceptedCurrencies.size >= LIMIT) acceptedCurrencies.clear();
  acceptedCurrencies.add(currency);
}
