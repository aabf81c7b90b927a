import { column, defineNamedQuery, param, parseTimeWindow, sql, view } from 'paid-analytics-react/core';

/** Signals of one name in a window, counted by the `priority` field of their payload. */
export const signalsByPriority = defineNamedQuery({
  name: 'signals-by-priority',
  description: 'Signals of one name counted by the priority in their payload.',
  params: { from: param.dateTime(), to: param.dateTime(), signalName: param.text() },
  refine: (p) => void parseTimeWindow(p.from, p.to, { maxDays: 366 }),
  columns: { priority: column.string(), signals: column.uint64() },
  sql: (p) => sql`
    SELECT priority, count() AS signals
    FROM ${view('fact_signal', [sql`created_at`, sql`signal_name`, sql`data.priority::String AS priority`])}
    WHERE created_at >= ${p.from} AND created_at < ${p.to} AND signal_name = ${p.signalName}
    GROUP BY priority
    ORDER BY signals DESC, priority ASC`,
});
