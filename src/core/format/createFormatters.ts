/**
 * `createFormatters({ locale, currency, timeZone })`: every formatter bound to one locale, currency and
 * zone — the one object providers and widgets pass around, so a whole dashboard formats alike.
 */
import type { IsoDate } from '../decode/calendarDate';
import { formatCents, type FormatCentsOptions } from './formatCents';
import { formatChange, type FormatChangeOptions } from './formatChange';
import { formatCount, type FormatCountOptions } from './formatCount';
import {
  formatBucket,
  formatDate,
  formatDateTime,
  type BucketGranularity,
  type FormatDateOptions,
  type FormatDateTimeOptions,
} from './formatDateTime';
import { formatDuration, type FormatDurationOptions } from './formatDuration';
import { formatPercent, type FormatPercentOptions } from './formatPercent';
import { formatTokens, type FormatTokensOptions } from './formatTokens';

export interface FormattersOptions {
  /** BCP 47 tag, e.g. `'en-US'`; the host's default when omitted. */
  locale?: string;
  /** ISO 4217 code for money, default `'USD'`. */
  currency?: string;
  /** IANA zone for instants, e.g. `'UTC'`; the host's zone when omitted. */
  timeZone?: string;
}

/** The formatters, bound to one locale, currency and zone. Per-call options override the bound ones. */
export interface Formatters {
  readonly locale: string | undefined;
  readonly currency: string;
  readonly timeZone: string | undefined;
  cents(value: bigint | number | string, options?: Partial<FormatCentsOptions>): string;
  count(value: bigint | number | string, options?: FormatCountOptions): string;
  percent(ratio: number, options?: FormatPercentOptions): string;
  change(ratio: number | null | undefined, options?: FormatChangeOptions): string;
  duration(ms: number, options?: FormatDurationOptions): string;
  tokens(value: bigint | number | string, options?: FormatTokensOptions): string;
  date(value: IsoDate | Date, options?: FormatDateOptions): string;
  dateTime(value: Date, options?: FormatDateTimeOptions): string;
  bucket(value: Date | IsoDate, granularity: BucketGranularity): string;
}

/** Binds every formatter to `{ locale, currency, timeZone }`. */
export function createFormatters(options: FormattersOptions = {}): Formatters {
  const { locale, timeZone } = options;
  const currency = options.currency ?? 'USD';
  const bound = <T extends object>(extra: T | undefined): { locale?: string } & T =>
    ({ ...(locale === undefined ? {} : { locale }), ...extra }) as { locale?: string } & T;
  const zonedOptions = <T extends object>(extra: T | undefined) =>
    ({ ...(locale === undefined ? {} : { locale }), ...(timeZone === undefined ? {} : { timeZone }), ...extra });
  return {
    locale,
    currency,
    timeZone,
    cents: (value, extra) => formatCents(value, { currency, ...bound(extra) }),
    count: (value, extra) => formatCount(value, bound(extra)),
    percent: (ratio, extra) => formatPercent(ratio, bound(extra)),
    change: (ratio, extra) => formatChange(ratio, bound(extra)),
    duration: (ms, extra) => formatDuration(ms, bound(extra)),
    tokens: (value, extra) => formatTokens(value, bound(extra)),
    date: (value, extra) => formatDate(value, zonedOptions(extra)),
    dateTime: (value, extra) => formatDateTime(value, zonedOptions(extra)),
    bucket: (value, granularity) => formatBucket(value, granularity, zonedOptions(undefined)),
  };
}
