/**
 * `column`: a named query's declared result columns — name, type family, nullable — from which its
 * row type is inferred and against which its decoded rows are checked (`checkResultColumns`).
 *
 * | family | ClickHouse types accepted | TypeScript |
 * | --- | --- | --- |
 * | `string` | String, FixedString, UUID, Enum, IPv4/6 | `string` (or a union of literals) |
 * | `int` | (U)Int8/16/32, and 64-bit values within ±2^53 | `number` |
 * | `uint64` / `int64` | any integer type, range-checked | `bigint` |
 * | `decimal` | Decimal, integers, or decimal text (`toString(x)`) | `string`, exact (`"-12.5"`) |
 * | `float` | Float32/64, integers, Decimal | `number` |
 * | `date` | Date, Date32 | `IsoDate` (`'2026-11-20'`) |
 * | `datetime` | DateTime, DateTime64 | `Date` |
 * | `bool` | Bool, and UInt8 0/1 | `boolean` |
 */
import type { IsoDate } from '../decode/calendarDate';

/** The type family of a result column. */
export type ColumnFamily = 'string' | 'int' | 'uint64' | 'int64' | 'decimal' | 'float' | 'date' | 'datetime' | 'bool';

/** The TypeScript value of each family. */
export interface ColumnFamilyValue {
  string: string;
  int: number;
  uint64: bigint;
  int64: bigint;
  decimal: string;
  float: number;
  date: IsoDate;
  datetime: Date;
  bool: boolean;
}

/** One declared result column. `Value` is the decoded value's type (`null` included when nullable). */
export interface ColumnSpec<Value = unknown> {
  readonly family: ColumnFamily;
  readonly nullable: boolean;
  /** Phantom: the decoded value. Never set at run time. */
  readonly __value?: Value;
}

/** The declared result columns of a query, by name. */
export type ColumnSpecs = Readonly<Record<string, ColumnSpec>>;

/** The row type declared columns describe. */
export type RowOfColumns<C extends ColumnSpecs> = { -readonly [K in keyof C]: C[K] extends ColumnSpec<infer V> ? V : never } & {};

/** Options of every column builder. */
export interface ColumnOptions<Nullable extends boolean> {
  /** Whether the column may be `null` (default false: a null is an `INVALID_RESPONSE`). */
  nullable?: Nullable;
}

type Builder<F extends ColumnFamily> = <const Nullable extends boolean = false>(
  options?: ColumnOptions<Nullable>,
) => ColumnSpec<Nullable extends true ? ColumnFamilyValue[F] | null : ColumnFamilyValue[F]>;

function builder<F extends ColumnFamily>(family: F): Builder<F> {
  return ((options?: ColumnOptions<boolean>) => Object.freeze({ family, nullable: options?.nullable === true })) as Builder<F>;
}

/** The column builders. */
export const column = {
  /**
   * Text. `column.string<'a' | 'b'>()` narrows the row type to known values for the compiler only:
   * other text still passes (an unknown enumeration is shown, never dropped).
   */
  string: builder('string') as <T extends string = string, const Nullable extends boolean = false>(
    options?: ColumnOptions<Nullable>,
  ) => ColumnSpec<Nullable extends true ? T | null : T>,
  /** A small integer (number): (U)Int8/16/32, or a 64-bit value within ±2^53. */
  int: builder('int'),
  /** A non-negative 64-bit integer (bigint), e.g. `count()`. */
  uint64: builder('uint64'),
  /** A signed 64-bit integer (bigint), e.g. a sum of cents. */
  int64: builder('int64'),
  /** An exact decimal as text (`"1234.5678901234"`): money with fractions of cents, credits. */
  decimal: builder('decimal'),
  /** A floating-point number (averages, ratios). */
  float: builder('float'),
  /** A calendar date `'YYYY-MM-DD'`. */
  date: builder('date'),
  /** An instant (`Date`). */
  datetime: builder('datetime'),
  /** A boolean. */
  bool: builder('bool'),
};
