/**
 * The exact sum of decimal strings — a Decimal column such as `fact_cost.cost_amount`
 * (`'3121.6232699722'` cents) added up across rows without ever passing through a float, so a
 * widget's headline total is the same number the engine would give.
 */
import { sumDecimals } from '../../core/decimal/decimalArithmetic';

/**
 * Adds decimal values (decimal strings, bigints or finite numbers) exactly and returns canonical
 * decimal text: `sumDecimalText(['0.1', '0.2'])` → `'0.3'`; `[]` → `'0'`. (`sumDecimals` of the shared
 * decimal module, `src/core/decimal`.)
 * @throws AnalyticsError `INVALID_PARAMS` for a value that is not a plain decimal.
 */
export function sumDecimalText(values: Iterable<string | bigint | number>): string {
  return sumDecimals(values);
}
