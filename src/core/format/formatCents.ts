/**
 * Money in cents → a localized currency string, exactly (bigints beyond 2^53 and fractional-cent decimal
 * strings like `fact_cost.cost_amount` included).
 *
 * The rule: the value is always in hundredths of the major unit (the API stores every currency as cents),
 * so `12345` is $123.45, €123.45, ¥123 (JPY shows 0 digits) or 123.450 KWD (3 digits): the currency's usual
 * number of fraction digits, rounded half away from zero. A non-zero amount smaller than one unit of that
 * last digit (one AI call: 0.04 cents) is not shown as `$0.00`: it gets two significant digits instead
 * (`$0.0004`, `$0.00042`). Explicit `minimumFractionDigits`/`maximumFractionDigits` override both rules.
 *
 * It never throws, whatever the data: a currency code `Intl` rejects (`''`, `'US'`, odd text in
 * `fact_invoice.currency`) shows the exact amount followed by the code as text (`'123.45 US'`); a value that
 * is not a number (`'nan'`, `''`, an object) shows `'—'`; text with an exponent (`'1e3'`) is read exactly.
 */
import { leadingFractionZeros, shiftDecimalPoint, tryDecimalText } from './decimalString';
import { NOT_AVAILABLE } from './formatPercent';
import { formatDecimalText, isCurrencyAccepted, numberFormat } from './numberFormatCache';

export interface FormatCentsOptions {
  /** ISO 4217 code, e.g. `'USD'`. */
  currency: string;
  locale?: string;
  minimumFractionDigits?: number;
  maximumFractionDigits?: number;
  notation?: 'standard' | 'compact';
  signDisplay?: Intl.NumberFormatOptions['signDisplay'];
  currencyDisplay?: 'symbol' | 'narrowSymbol' | 'code' | 'name';
}

/** The most fraction digits a sub-unit amount may show. */
const MAX_SUB_UNIT_DIGITS = 20;

/** The currency's usual number of fraction digits in this locale (USD 2, JPY 0, KWD 3). */
export function currencyFractionDigits(currency: string, locale?: string): number {
  if (!isCurrencyAccepted(currency)) return 2;
  return numberFormat(locale, { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
}

/**
 * Formats an amount in cents as currency: `formatCents(900719925474099312n, { currency: 'USD', locale: 'en-US' })`
 * → `'$9,007,199,254,740,993.12'`; `formatCents('0.04', { currency: 'USD' })` → `'$0.0004'`;
 * `formatCents(12345, { currency: 'US' })` → `'123.45 US'`; `formatCents('nan', usd)` → `'—'`.
 */
export function formatCents(value: bigint | number | string, options: FormatCentsOptions): string {
  const cents = tryDecimalText(value);
  if (cents === undefined) return NOT_AVAILABLE;
  const major = shiftDecimalPoint(cents, -2);
  const { locale, currency, notation, signDisplay, currencyDisplay } = options ?? ({} as Partial<FormatCentsOptions>);
  if (!isCurrencyAccepted(currency)) return withCodeAsText(major, currency, locale);
  const intlOptions: Intl.NumberFormatOptions = { style: 'currency', currency };
  if (notation !== undefined) intlOptions.notation = notation;
  if (signDisplay !== undefined) intlOptions.signDisplay = signDisplay;
  if (currencyDisplay !== undefined) intlOptions.currencyDisplay = currencyDisplay;
  if (options.minimumFractionDigits !== undefined || options.maximumFractionDigits !== undefined) {
    if (options.minimumFractionDigits !== undefined) intlOptions.minimumFractionDigits = options.minimumFractionDigits;
    if (options.maximumFractionDigits !== undefined) intlOptions.maximumFractionDigits = options.maximumFractionDigits;
  } else if (notation !== 'compact') {
    const usual = currencyFractionDigits(currency, locale);
    const zeros = leadingFractionZeros(major);
    if (zeros !== undefined && zeros >= usual) {
      intlOptions.minimumFractionDigits = usual;
      intlOptions.maximumFractionDigits = Math.min(zeros + 2, MAX_SUB_UNIT_DIGITS);
    }
  }
  return formatDecimalText(numberFormat(locale, intlOptions), major);
}

/**
 * The amount for a currency code `Intl` rejects: every digit (at least two fraction digits, as cents give),
 * grouped by the locale, then the code as text — never a guessed symbol, never dropped.
 */
function withCodeAsText(major: string, currency: unknown, locale: string | undefined): string {
  const amount = formatDecimalText(numberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: MAX_SUB_UNIT_DIGITS }), major);
  const code = typeof currency === 'string' ? currency.trim() : '';
  return code === '' ? amount : `${amount} ${code}`;
}
