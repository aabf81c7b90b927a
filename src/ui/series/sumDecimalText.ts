/**
 * The exact sum of decimal strings — a Decimal column such as `fact_cost.cost_amount`
 * (`'3121.6232699722'` cents) added up across rows without ever passing through a float, so a
 * widget's headline total is the same number the engine would give.
 */
import { toDecimalText } from '../../core/format/decimalString';

/** The value as an integer count of `10^-scale` units (`'1.25'`, scale 3 → `1250n`). */
function toScaledInteger(text: string, scale: number): bigint {
  const negative = text.startsWith('-');
  const [whole = '0', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const magnitude = BigInt(whole + fraction.padEnd(scale, '0'));
  return negative ? -magnitude : magnitude;
}

/** An integer count of `10^-scale` units back to canonical decimal text (`1250n`, 3 → `'1.25'`). */
function fromScaledInteger(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, '0');
  const whole = digits.slice(0, digits.length - scale);
  const fraction = digits.slice(digits.length - scale).replace(/0+$/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && text !== '0' ? `-${text}` : text;
}

/**
 * Adds decimal values (decimal strings, bigints or finite numbers) exactly and returns canonical
 * decimal text: `sumDecimalText(['0.1', '0.2'])` → `'0.3'`; `[]` → `'0'`.
 * @throws AnalyticsError `INVALID_PARAMS` for a value that is not a plain decimal.
 */
export function sumDecimalText(values: Iterable<string | bigint | number>): string {
  const texts = [...values].map((value) => toDecimalText(value, 'sumDecimalText'));
  const scale = Math.max(0, ...texts.map((text) => text.split('.')[1]?.length ?? 0));
  let total = 0n;
  for (const text of texts) total += toScaledInteger(text, scale);
  return fromScaledInteger(total, scale);
}
