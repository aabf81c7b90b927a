/**
 * `param`: small typed builders of a named query's params, over the validators of `params.ts`.
 * Each one knows what a caller may pass (`In`), what the SQL gets (`Out`), and a few sample values
 * that registration compiles the query with to check its SQL.
 *
 * ```ts
 * params: {
 *   from: param.dateTime(),
 *   to: param.dateTime(),
 *   granularity: param.enum(['day', 'week', 'month']).default('day'),
 *   limit: param.integer({ min: 1, max: 100 }).default(10),
 *   customerId: param.id().optional(),
 * }
 * ```
 */
import { invalidParams, describeValue, parseBoolean, parseEnum, parseId, parseInstant, parseInteger, parseIsoDate, parseOptionalCurrency, parseTimeZone, MAX_TEXT_LENGTH } from './params';
import { isWellFormedText } from '../sql/sqlString';

/** One declared param: validates untrusted input into `Out`. */
export interface ParamSpec<In, Out> {
  /** The builder's kind, e.g. `'enum'` (for docs and samples). */
  readonly kind: string;
  /** Whether the param may be left out (`optional()` or `default()`). */
  readonly isOptional: boolean;
  /** Validates `value` (never `undefined` unless optional); throws `INVALID_PARAMS` naming `name`. */
  parse(value: unknown, name: string): Out;
  /** A few valid inputs (registration compiles the query with each). */
  samples(): readonly unknown[];
  /** May be left out; the SQL gets `undefined`. */
  optional(): ParamSpec<In | undefined, Out | undefined>;
  /** May be left out; the SQL gets `value`. */
  default(value: In): ParamSpec<In | undefined, Out>;
  /** Phantom: what a caller passes. Never set at run time. */
  readonly __in?: In;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
/** Any param spec. */
export type AnyParamSpec = ParamSpec<any, any>;
/** The declared params of a query. */
export type ParamSpecs = Readonly<Record<string, AnyParamSpec>>;

type InOf<S> = S extends ParamSpec<infer In, any> ? In : never;
type OutOf<S> = S extends ParamSpec<any, infer Out> ? Out : never;
type Simplify<T> = { [K in keyof T]: T[K] } & {};
type OptionalKeys<P extends ParamSpecs> = { [K in keyof P]: undefined extends InOf<P[K]> ? K : never }[keyof P];
type RequiredKeys<P extends ParamSpecs> = Exclude<keyof P, OptionalKeys<P>>;

/** What a caller passes for declared params `P`: optional and defaulted params may be left out. */
export type ParamsInput<P extends ParamSpecs> = Simplify<
  { -readonly [K in RequiredKeys<P>]: InOf<P[K]> } & { -readonly [K in OptionalKeys<P>]?: InOf<P[K]> }
>;
/** What the SQL builder gets for declared params `P`: every key, validated, defaults filled. */
export type ParsedParams<P extends ParamSpecs> = Simplify<{ -readonly [K in keyof P]: OutOf<P[K]> }>;
/* eslint-enable @typescript-eslint/no-explicit-any */

function spec<In, Out>(
  kind: string,
  parse: (value: unknown, name: string) => Out,
  samples: () => readonly unknown[],
  isOptional = false,
): ParamSpec<In, Out> {
  const self: ParamSpec<In, Out> = {
    kind,
    isOptional,
    parse(value, name) {
      if (value === undefined && !isOptional) throw invalidParams(`Param ${name} is required`);
      return parse(value, name);
    },
    samples,
    optional() {
      return spec<In | undefined, Out | undefined>(
        kind,
        (value, name) => (value === undefined || value === '' ? undefined : parse(value, name)),
        () => [undefined, ...samples()],
        true,
      );
    },
    default(fallback: In) {
      const parsedFallback = parse(fallback, 'default');
      return spec<In | undefined, Out>(
        kind,
        (value, name) => (value === undefined ? parsedFallback : parse(value, name)),
        () => [undefined, ...samples()],
        true,
      );
    },
  };
  return Object.freeze(self);
}

/** Options of `param.text`. */
export interface TextParamOptions {
  /** The longest text accepted (default 256). */
  maxLength?: number;
  /** A pattern the whole text must match (e.g. an allowed payload path). */
  pattern?: RegExp;
  /** Said in the error when `pattern` does not match, e.g. "a payload path such as user.plan". */
  expected?: string;
}

/** The sample of every `dateTime` param; registration moves each one a day after the one declared before. */
export const SAMPLE_INSTANT = Date.UTC(2026, 0, 1);

/** One of `values` (strings). */
export function paramEnum<const T extends string>(values: readonly T[]): ParamSpec<T, T> {
  const allowed = [...values];
  if (allowed.length === 0) throw new TypeError('param.enum needs at least one value');
  return spec<T, T>('enum', (value, name) => parseEnum(value, name, allowed), () => allowed);
}

/** An integer in `[min, max]`; numeric text (from a URL) is accepted. */
export function paramInteger(range: { min: number; max: number }): ParamSpec<number, number> {
  const { min, max } = range;
  if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) throw new TypeError('param.integer needs integer min ≤ max');
  return spec<number, number>(
    'integer',
    (value, name) => {
      if (value === undefined) throw invalidParams(`Param ${name} is required (an integer from ${min} to ${max})`);
      return parseInteger(value, name, { min, max, fallback: min });
    },
    () => [min, max],
  );
}

/**
 * An instant: an ISO 8601 date-time with `Z` or an offset, or a `Date`. The SQL gets a `Date`
 * (rendered by `sql` as a `DateTime64(3, 'UTC')` literal).
 */
export function paramDateTime(): ParamSpec<string | Date, Date> {
  return spec<string | Date, Date>('dateTime', (value, name) => parseInstant(value, name), () => [new Date(SAMPLE_INSTANT)]);
}

/** A calendar date `YYYY-MM-DD`; the SQL gets the same text (render it with `toDate(${…})`). */
export function paramDate(): ParamSpec<string, string> {
  return spec<string, string>('date', (value, name) => parseIsoDate(value, name), () => ['2026-01-15']);
}

/** An id: 1–128 characters of `[A-Za-z0-9_.:-]`. */
export function paramId(): ParamSpec<string, string> {
  return spec<string, string>('id', (value, name) => parseId(value, name), () => ['sample_id']);
}

/** Free text (a signal name, a vendor, a payload value): well-formed Unicode, escaped by `sql`. */
export function paramText(options: TextParamOptions = {}): ParamSpec<string, string> {
  const maxLength = options.maxLength ?? MAX_TEXT_LENGTH;
  return spec<string, string>(
    'text',
    (value, name) => {
      if (typeof value !== 'string' || value.length === 0 || value.length > maxLength || !isWellFormedText(value)) {
        throw invalidParams(`Param ${name} must be text of 1–${maxLength} characters, got ${describeValue(value)}`);
      }
      if (options.pattern !== undefined && !matchesWhole(options.pattern, value)) {
        throw invalidParams(`Param ${name} must be ${options.expected ?? `text matching ${options.pattern.source}`}, got ${describeValue(value)}`);
      }
      return value;
    },
    () => ['sample'],
  );
}

/** true or false (`"true"`/`"false"` from a URL too). */
export function paramBoolean(): ParamSpec<boolean, boolean> {
  return spec<boolean, boolean>('boolean', (value, name) => parseBoolean(value, name, false), () => [false, true]);
}

/** An IANA time zone (`Europe/Berlin`), returned in the runtime's canonical spelling. */
export function paramTimeZone(): ParamSpec<string, string> {
  return spec<string, string>('timeZone', (value, name) => parseTimeZone(value, name), () => ['UTC']);
}

/** An ISO 4217 currency code (`USD`). */
export function paramCurrency(): ParamSpec<string, string> {
  return spec<string, string>(
    'currency',
    (value, name) => {
      const code = parseOptionalCurrency(value, name);
      if (code === undefined) throw invalidParams(`Param ${name} is required (an ISO 4217 currency code such as USD)`);
      return code;
    },
    () => ['USD'],
  );
}

/**
 * The param builders of a named query's `params` (`param.dateTime()`, `param.enum([...])`, …). Each is
 * also its own function (`paramDateTime`, …), which the built-in references use, so a bundle keeps
 * only the builders — and parsers — its queries need.
 */
export const param = {
  enum: paramEnum,
  integer: paramInteger,
  dateTime: paramDateTime,
  date: paramDate,
  id: paramId,
  text: paramText,
  boolean: paramBoolean,
  timeZone: paramTimeZone,
  currency: paramCurrency,
};

function matchesWhole(pattern: RegExp, value: string): boolean {
  const whole = new RegExp(`^(?:${pattern.source})$`, pattern.flags.replace(/[gy]/g, ''));
  return whole.test(value);
}
