/**
 * A finite JS number as plain decimal text, never with an exponent: ClickHouse sends Decimal columns as
 * JSON numbers by default, and the formatters take numbers too; both want `'0.0000001'`, not `'1e-7'`.
 * The digits are the shortest that round-trip (`String(n)`), so `0.1` stays `'0.1'` (no float noise).
 */
export function numberToDecimalText(value: number): string {
  const text = String(value);
  const exponentAt = text.search(/e/i);
  if (exponentAt < 0) return text === '-0' ? '0' : text;
  const negative = text.startsWith('-');
  const mantissa = text.slice(negative ? 1 : 0, exponentAt);
  const exponent = Number(text.slice(exponentAt + 1));
  const [whole = '', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const pointAt = whole.length + exponent;
  let result: string;
  if (pointAt <= 0) result = `0.${'0'.repeat(-pointAt)}${digits}`;
  else if (pointAt >= digits.length) result = digits + '0'.repeat(pointAt - digits.length);
  else result = `${digits.slice(0, pointAt)}.${digits.slice(pointAt)}`;
  return negative ? `-${result}` : result;
}

