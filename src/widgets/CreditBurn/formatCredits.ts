/** CreditBurn's default credit formatter: every digit of a Decimal of credits, grouped by the locale. */
import type { Formatters } from '../../core/format/createFormatters';

/** The most fraction digits a credit amount has (`Decimal128(12)` in `credit-burn`), and more. */
const CREDIT_FRACTION_DIGITS = 20;

/** `'1234.5'` → `'1,234.5'`, `'0.000001'` → `'0.000001'`: exact, never rounded to Intl's default 3 places. */
export function formatCredits(value: string, formatters: Formatters): string {
  return formatters.count(value, { maximumFractionDigits: CREDIT_FRACTION_DIGITS });
}
