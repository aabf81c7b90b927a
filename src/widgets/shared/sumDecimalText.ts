/** The exact sum of decimal values, from the shared decimal module (`src/core/decimal`). */
export { sumDecimals as sumDecimalText } from '../../core/decimal/decimalArithmetic';
