/**
 * `billing-period-usage`: per signal, usage in each customer's CURRENT billing period against the
 * included allowance, the overage so far and its projection to the period's end — the data of
 * BilledUsage. (The cookbook's `billed-usage` reads the usage summaries of the periods containing a
 * day as they are; this one also covers a period that has no summary yet.)
 *
 * Decisions:
 * - A billing line is a customer × product × signal × order line of `fact_usage_summary`. Its current
 *   period is the summarized period containing `asOf`; when there is none yet (summaries written at
 *   the period's end), it is the period right after the line's latest summary — starting the day
 *   after it ends, one month long like the summaries — with the signals counted from `fact_signal`
 *   since that day up to `asOf`. Lines whose latest summary is older, or was cut short of a month
 *   (the order ended or moved to another plan), have no current period.
 * - Allowance and price are the line's latest summary's (`included_quantity`, `unit_price_amount`).
 * - Overage is counted per line, above each one's allowance (never pooled across customers).
 * - Projection, per line: `used × period length ÷ time elapsed` (the pace so far, kept to the end),
 *   rounded down to whole signals, with at least one hour elapsed; its overage priced like the real one.
 * - Period dates are calendar dates (UTC days, as in the summaries); `asOf` is an instant.
 */
import { sql, view } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { param } from './paramBuilders';
import { column } from './resultColumns';
import type { NamedQuery } from './types';

/** What a caller passes to `billing-period-usage`. */
export interface BillingPeriodUsageInput {
  /** The instant usage is counted to (ISO 8601 with a zone, or a Date). Default: now. */
  asOf?: string | Date;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this signal. */
  signalName?: string;
}

/** The validated params of `billing-period-usage`. */
export interface BillingPeriodUsageParams {
  asOf: Date | undefined;
  customerId: string | undefined;
  signalName: string | undefined;
}

/** One signal over the current billing periods of every line billing it. */
export interface BillingPeriodUsageRow {
  signal_name: string;
  /** Customers with a current period for this signal. */
  customers: bigint;
  /** The earliest start and latest end among those periods (one period for one customer). */
  period_start: string;
  period_end: string;
  /** Elapsed share of the period, 0–1, for one period; of the longest-running one for several. */
  elapsed_share: number;
  /** Signals so far in the current periods. */
  used: bigint;
  /** Signals included, summed over the lines. */
  included: bigint;
  /** Signals above each line's allowance so far. */
  overage: bigint;
  /** That overage priced, cents. */
  overage_amount: bigint;
  /** Signals by the end of the periods at the pace so far. */
  projected_used: bigint;
  /** Signals above each line's allowance at the end, at that pace. */
  projected_overage: bigint;
  /** That overage priced, cents. */
  projected_amount: bigint;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

/**
 * The current period of every billing line at `asOf` (summarized, or the one after the latest
 * summary counted from the signals), its usage so far and projection, summed per signal. Ordered by
 * projected overage amount, then overage so far, then name.
 */
export const billingPeriodUsage: NamedQuery<BillingPeriodUsageInput, BillingPeriodUsageParams, BillingPeriodUsageRow> = defineNamedQuery({
  name: 'billing-period-usage',
  description: 'Per signal, usage in each customer’s current billing period against the allowance, the overage so far and projected to the period end.',
  requiredColumns: {
    fact_usage_summary: ['customer_id', 'product_id', 'signal_name', 'order_line_id', 'period_start', 'period_end', 'signal_count', 'included_quantity', 'unit_price_amount'],
    fact_signal: ['customer_id', 'product_id', 'signal_name', 'created_at'],
  },
  params: {
    asOf: param.dateTime().optional(),
    customerId: param.id().optional(),
    signalName: param.text().optional(),
  },
  columns: {
    signal_name: column.string(),
    customers: column.uint64(),
    period_start: column.date(),
    period_end: column.date(),
    elapsed_share: column.float(),
    used: column.uint64(),
    included: column.uint64(),
    overage: column.uint64(),
    overage_amount: column.int64(),
    projected_used: column.uint64(),
    projected_overage: column.uint64(),
    projected_amount: column.int64(),
  },
  sql: (p) => {
    const asOf = p.asOf === undefined ? sql`now64(3, 'UTC')` : sql`${p.asOf}`;
    const filters = [
      ...(p.customerId === undefined ? [] : [sql` AND customer_id = ${p.customerId}`]),
      ...(p.signalName === undefined ? [] : [sql` AND signal_name = ${p.signalName}`]),
    ];
    const narrowing = sql.join(filters, '');
    return sql`SELECT
  toString(signal_name) AS signal_name,
  uniqExact(customer_id) AS customers,
  min(current_start) AS period_start,
  max(current_end) AS period_end,
  max(least(elapsed_ms / period_ms, 1)) AS elapsed_share,
  toUInt64(sum(line_used)) AS used,
  toUInt64(sum(line_included)) AS included,
  toUInt64(sum(if(line_used > line_included, line_used - line_included, 0))) AS overage,
  toInt64(sum(toInt64(if(line_used > line_included, line_used - line_included, 0)) * line_price)) AS overage_amount,
  toUInt64(sum(line_projected)) AS projected_used,
  toUInt64(sum(if(line_projected > line_included, line_projected - line_included, 0))) AS projected_overage,
  toInt64(sum(toInt64(if(line_projected > line_included, line_projected - line_included, 0)) * line_price)) AS projected_amount
FROM (
    SELECT signal_name, customer_id, current_start, current_end, line_included, line_price, line_used, elapsed_ms, period_ms,
      toUInt64(intDiv(toUInt128(line_used) * toUInt128(period_ms), toUInt128(greatest(least(elapsed_ms, period_ms), ${HOUR_MS})))) AS line_projected
    FROM (
        SELECT lines.signal_name AS signal_name, lines.customer_id AS customer_id,
          lines.current_start AS current_start, lines.current_end AS current_end,
          lines.included AS line_included, lines.price AS line_price,
          toUInt64(if(lines.summarized, lines.last_count, sumIf(live.signals, live.day >= lines.current_start AND live.day <= lines.current_end))) AS line_used,
          toInt64(toUnixTimestamp64Milli(${asOf}) - toInt64(toUnixTimestamp(toDateTime(lines.current_start, 'UTC'))) * 1000) AS elapsed_ms,
          toInt64(dateDiff('day', lines.current_start, lines.current_end) + 1) * ${DAY_MS} AS period_ms
        FROM (
            SELECT customer_id, product_id, signal_name, order_line_id, last_count, included, price,
              last_end >= toDate(${asOf}, 'UTC') AS summarized,
              if(summarized, last_start, last_end + 1) AS current_start,
              if(summarized, last_end, addMonths(last_start, 2) - 1) AS current_end
            FROM (
                SELECT customer_id, product_id, toString(signal_name) AS signal_name, order_line_id,
                  max(period_start) AS last_start,
                  argMax(period_end, period_start) AS last_end,
                  argMax(signal_count, period_start) AS last_count,
                  argMax(included_quantity, period_start) AS included,
                  argMax(unit_price_amount, period_start) AS price
                FROM ${view('fact_usage_summary')}
                WHERE period_start <= toDate(${asOf}, 'UTC')${narrowing}
                GROUP BY customer_id, product_id, signal_name, order_line_id
            )
            WHERE current_start <= toDate(${asOf}, 'UTC') AND current_end >= toDate(${asOf}, 'UTC')
              -- A latest period cut short (the order ended or changed plan) has no next one.
              AND (summarized OR last_end = addMonths(last_start, 1) - 1)
        ) AS lines
        LEFT JOIN (
            SELECT customer_id, product_id, toString(signal_name) AS signal_name, toDate(created_at, 'UTC') AS day, count() AS signals
            FROM ${view('fact_signal')}
            WHERE created_at < ${asOf} AND created_at >= toDateTime64(toDate(${asOf}, 'UTC') - 62, 3, 'UTC')${narrowing}
            GROUP BY customer_id, product_id, signal_name, day
        ) AS live
          ON live.customer_id = lines.customer_id AND live.product_id = lines.product_id AND live.signal_name = lines.signal_name
        GROUP BY lines.customer_id, lines.product_id, lines.signal_name, lines.order_line_id, lines.current_start, lines.current_end,
          lines.included, lines.price, lines.summarized, lines.last_count
    )
)
GROUP BY signal_name
ORDER BY projected_amount DESC, overage_amount DESC, signal_name ASC`;
  },
});
