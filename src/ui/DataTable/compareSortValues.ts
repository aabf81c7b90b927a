/** A value a table column sorts by: exact for bigints and decimal strings. */
export type SortValue = bigint | number | string | Date | boolean | null | undefined;

const DECIMAL = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/**
 * Ascending comparison of two sort values, exact for 64-bit integers (`bigint`) and decimal
 * strings (`'12345678901234567890.25'`), which are never turned into floats. Numbers and bigints
 * compare with each other exactly; text compares with `Intl.Collator` (numeric-aware);
 * `null`, `undefined` and `NaN` sort after everything else.
 */
export function compareSortValues(a: SortValue, b: SortValue): number {
  const aMissing = isMissing(a);
  const bMissing = isMissing(b);
  if (aMissing || bMissing) return aMissing === bMissing ? 0 : aMissing ? 1 : -1;
  // Fast paths: same-kind numbers compare natively and exactly (the common case of a column).
  if (typeof a === 'bigint' && typeof b === 'bigint') return a === b ? 0 : a < b ? -1 : 1;
  if (typeof a === 'number' && typeof b === 'number') return a === b ? 0 : a < b ? -1 : 1;
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime());
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  const aDecimal = toDecimalParts(a);
  const bDecimal = toDecimalParts(b);
  if (aDecimal && bDecimal) return compareDecimals(aDecimal, bDecimal);
  return collator.compare(String(a), String(b));
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

function isMissing(value: SortValue): boolean {
  return value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value)) || (value instanceof Date && Number.isNaN(value.getTime()));
}

interface DecimalParts {
  negative: boolean;
  whole: string;
  fraction: string;
}

/** Exact digits of a bigint, a safe-to-print number or a plain decimal string; else `null`. */
function toDecimalParts(value: SortValue): DecimalParts | null {
  let text: string;
  if (typeof value === 'bigint') text = value.toString();
  else if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    text = String(value);
    if (/e/i.test(text)) return null;
  } else if (typeof value === 'string') text = value.trim();
  else return null;
  const match = DECIMAL.exec(text);
  if (!match) return null;
  const whole = match[2]!.replace(/^0+(?=\d)/, '');
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  const isZero = /^0*$/.test(whole) && fraction === '';
  return { negative: match[1] === '-' && !isZero, whole, fraction };
}

function compareDecimals(a: DecimalParts, b: DecimalParts): number {
  if (a.negative !== b.negative) return a.negative ? -1 : 1;
  const magnitude = compareMagnitudes(a, b);
  return a.negative && magnitude !== 0 ? -magnitude : magnitude;
}

function compareMagnitudes(a: DecimalParts, b: DecimalParts): number {
  if (a.whole.length !== b.whole.length) return a.whole.length < b.whole.length ? -1 : 1;
  if (a.whole !== b.whole) return a.whole < b.whole ? -1 : 1;
  const width = Math.max(a.fraction.length, b.fraction.length);
  const fa = a.fraction.padEnd(width, '0');
  const fb = b.fraction.padEnd(width, '0');
  return fa === fb ? 0 : fa < fb ? -1 : 1;
}
