/** Exact decimal arithmetic on decimal text: see `decimalArithmetic.ts`. */
export {
  absDecimal,
  addDecimals,
  canonicalDecimal,
  compareDecimals,
  divideDecimals,
  maxDecimal,
  minDecimal,
  multiplyDecimals,
  negateDecimal,
  roundDecimal,
  signOfDecimal,
  subtractDecimals,
  sumDecimals,
  type DecimalRounding,
} from './decimalArithmetic';
export { fromScaledDecimal, isDecimalInput, toScaledDecimal, type DecimalInput, type ScaledDecimal } from './scaledDecimal';
