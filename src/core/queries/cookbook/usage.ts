/**
 * Usage recipes: signal volume by type, and grouping, filtering and aggregating on a payload field.
 * (Total signals and the daily series are `usage-summary` and `usage-trends`.)
 */
import { sql, view } from '../../sql/sql';
import { defineNamedQuery } from '../defineNamedQuery';
import { param } from '../paramBuilders';
import { column } from '../resultColumns';
import { checkWindow, FILTER_PARAMS, inWindow, narrowing, WINDOW_PARAMS } from './window';

/** Signals per signal name (type) in the window, with how many customers sent each. */
export const signalsByType = defineNamedQuery({
  name: 'signals-by-type',
  description: 'Signals per signal name in the window, with the number of customers that sent each.',
  requiredColumns: { fact_signal: ['created_at', 'signal_name', 'customer_id', 'product_id'] },
  params: { ...WINDOW_PARAMS, ...FILTER_PARAMS },
  refine: checkWindow,
  columns: { signal_name: column.string(), signals: column.uint64(), customers: column.uint64() },
  sql: (p) => sql`SELECT toString(signal_name) AS signal_name, count() AS signals, uniqExact(customer_id) AS customers
FROM ${view('fact_signal')}
WHERE ${inWindow(p)}${narrowing([[sql`customer_id`, p.customerId], [sql`product_id`, p.productId]])}
GROUP BY signal_name
ORDER BY signals DESC, signal_name ASC`,
});

/**
 * A payload path: dotted words, as `/signals/metadata` lists them (`priority`, `user.plan`). Only
 * such text becomes an identifier; anything else is `INVALID_PARAMS`.
 */
export const PAYLOAD_PATH_PATTERN = /[A-Za-z_][A-Za-z0-9_]{0,63}(\.[A-Za-z_][A-Za-z0-9_]{0,63}){0,7}/;

const payloadPath = () => param.text({ maxLength: 512, pattern: PAYLOAD_PATH_PATTERN, expected: 'a payload path such as priority or user.plan (from /signals/metadata)' });

/**
 * One signal name's signals grouped by the value of a payload field (`data.<path>`, text; a missing
 * key groups as `''`), optionally only those whose value equals `equals`, and optionally the sum
 * and mean of a numeric field (`measurePath`) per group.
 */
export const signalPayloadBreakdown = defineNamedQuery({
  name: 'signal-payload-breakdown',
  description: 'Signals of one name grouped by the value of a payload field, optionally filtered and with a numeric field aggregated.',
  requiredColumns: { fact_signal: ['created_at', 'signal_name', 'customer_id', 'data'] },
  params: {
    ...WINDOW_PARAMS,
    signalName: param.text(),
    path: payloadPath(),
    equals: param.text().optional(),
    measurePath: payloadPath().optional(),
    limit: param.integer({ min: 1, max: 1000 }).default(20),
    customerId: param.id().optional(),
  },
  refine: checkWindow,
  columns: {
    value: column.string(),
    signals: column.uint64(),
    measure_sum: column.float({ nullable: true }),
    measure_avg: column.float({ nullable: true }),
  },
  sql: (p) => {
    // The view lists the payload subcolumns it needs: through `*` the engine would read the whole
    // JSON column. `::String` (a CAST) reads a path as text, as the schema documents.
    const signals = view('fact_signal', [
      sql`created_at`,
      sql`signal_name`,
      sql`customer_id`,
      sql`${sql.identifier(`data.${p.path}`)}::String AS payload_value`,
      p.measurePath === undefined ? sql`CAST(NULL, 'Nullable(Float64)') AS payload_measure` : sql`toFloat64OrNull(${sql.identifier(`data.${p.measurePath}`)}::String) AS payload_measure`,
    ]);
    return sql`SELECT
  payload_value AS value,
  count() AS signals,
  sum(payload_measure) AS measure_sum,
  avg(payload_measure) AS measure_avg
FROM ${signals}
WHERE ${inWindow(p)} AND signal_name = ${p.signalName}${narrowing([[sql`customer_id`, p.customerId], [sql`payload_value`, p.equals]])}
GROUP BY value
ORDER BY signals DESC, value ASC
LIMIT ${p.limit}`;
  },
});
