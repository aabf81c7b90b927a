/**
 * A JSON number token as plain decimal text with every digit kept: `'1e-10'` → `'0.0000000001'`,
 * `'-1.50E+3'` → `'-1500'`, `'12345678901234567890.123456'` unchanged, `'-0'` → `'0'`. This is how a Decimal
 * column's value is read from the response text when the API sends it as a JSON number (which `JSON.parse`
 * alone would round to a double). Returns `undefined` for text that is not a JSON number, or whose exponent
 * would spell more than `MAX_SHIFT` zeros (no Decimal has that many digits).
 */
const MAX_SHIFT = 1000;

export function decimalTextOfJsonNumber(token: string): string | undefined {
  if (isPlainDecimalText(token)) return token;
  return normalizedDecimalText(token);
}

/**
 * Whether a token is already plain decimal text to keep as it is: `-?(0|[1-9]\d*)(\.\d+)?`, and not a
 * negative zero. The common case, checked without allocating.
 */
function isPlainDecimalText(token: string): boolean {
  const length = token.length;
  const negative = token.charCodeAt(0) === 45;
  let index = negative ? 1 : 0;
  const first = token.charCodeAt(index);
  if (index >= length || !isDigit(first)) return false;
  let nonZero = first !== 48;
  if (first === 48 && index + 1 < length && token.charCodeAt(index + 1) !== 46) return false;
  index++;
  let point = false;
  for (; index < length; index++) {
    const code = token.charCodeAt(index);
    if (code === 46) {
      if (point || index + 1 === length) return false;
      point = true;
    } else if (isDigit(code)) {
      if (code !== 48) nonZero = true;
    } else {
      return false;
    }
  }
  return nonZero || !negative;
}

function normalizedDecimalText(token: string): string | undefined {
  const length = token.length;
  let index = 0;
  const negative = token.charCodeAt(0) === 45;
  if (negative) index++;
  const wholeStart = index;
  while (index < length && isDigit(token.charCodeAt(index))) index++;
  const wholeEnd = index;
  if (wholeEnd === wholeStart) return undefined;
  let fractionStart = index;
  let fractionEnd = index;
  if (token.charCodeAt(index) === 46) {
    fractionStart = ++index;
    while (index < length && isDigit(token.charCodeAt(index))) index++;
    fractionEnd = index;
    if (fractionEnd === fractionStart) return undefined;
  }
  let exponent = 0;
  if (index < length) {
    const e = token.charCodeAt(index);
    if (e !== 101 && e !== 69) return undefined;
    const exponentText = token.slice(index + 1);
    if (!/^[+-]?\d+$/.test(exponentText)) return undefined;
    exponent = Number(exponentText);
    if (!(Math.abs(exponent) <= MAX_SHIFT)) return undefined;
  }
  let whole = token.slice(wholeStart, wholeEnd);
  let fraction = token.slice(fractionStart, fractionEnd);
  if (exponent > 0) {
    const moved = fraction.slice(0, exponent);
    whole += moved + '0'.repeat(exponent - moved.length);
    fraction = fraction.slice(moved.length);
  } else if (exponent < 0) {
    const shift = -exponent;
    const padded = whole.length > shift ? whole : '0'.repeat(shift - whole.length + 1) + whole;
    fraction = padded.slice(padded.length - shift) + fraction;
    whole = padded.slice(0, padded.length - shift);
  }
  whole = whole.replace(/^0+(?=\d)/, '');
  const text = fraction === '' ? whole : `${whole}.${fraction}`;
  return negative && /[1-9]/.test(text) ? `-${text}` : text;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}
