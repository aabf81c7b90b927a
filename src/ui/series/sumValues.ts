import type { NumericValue } from './fields';
import { sumDecimalText } from './sumDecimalText';

/**
 * The exact sum of values of one kind: bigints add as bigints, numbers as numbers, and decimal
 * text (or a mix) as exact decimal text. `null`/`undefined` count as nothing; with nothing to add the
 * result is `zero` (pass `zeroLike(sample)` to keep the kind of the values).
 */
export function sumValues(values: Iterable<NumericValue | null | undefined>, zero: NumericValue = 0): NumericValue {
  const present = [...values].filter((value): value is NumericValue => value !== null && value !== undefined);
  if (present.length === 0) return zero;
  if (present.every((value) => typeof value === 'bigint')) return (present as bigint[]).reduce((sum, value) => sum + value, 0n);
  if (present.every((value) => typeof value === 'number')) return (present as number[]).reduce((sum, value) => sum + value, 0);
  return sumDecimalText(present);
}

/** A value as a float for plotting (never for display): `Number(x)`, 0 for what is not a number. */
export function plotNumber(value: NumericValue | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const number = Number(value);
  return Number.isFinite(number) ? number : 0;
}

/** Zero of the same kind as `sample`: `0n`, `'0'` or `0`. */
export function zeroLike(sample: NumericValue | null | undefined): NumericValue {
  return typeof sample === 'bigint' ? 0n : typeof sample === 'string' ? '0' : 0;
}
