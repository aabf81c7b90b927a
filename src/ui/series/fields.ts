/** The field names of `Row` whose values are assignable to `Value` (Tremor-style field props). */
export type FieldOf<Row, Value> = {
  [Key in keyof Row]-?: Row[Key] extends Value ? Key : never;
}[keyof Row] &
  string;

/** A value a block can plot and format exactly: a bigint, a number or exact decimal text (`'12.5'`). */
export type NumericValue = bigint | number | string;
