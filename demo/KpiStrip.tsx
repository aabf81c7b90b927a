/**
 * Headline numbers above the widgets, from the same named queries through the same proxy:
 * signals in the last 30 days (and the change against the 30 days before) and overdue invoices.
 * They change with "view as", because the proxy scopes every named query.
 */
import { useMemo } from 'react';
import { revenueAging } from '../src/core/queries/revenueAging';
import { usageSummary } from '../src/core/queries/usageSummary';
import { useAnalyticsContext } from '../src/react/useAnalyticsContext';
import { useNamedQuery } from '../src/react/useNamedQuery';

const DAY_MS = 86_400_000;

/** The 30 whole UTC days up to and including today. */
function last30Days(now: Date): { from: string; to: string } {
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()) + DAY_MS;
  return { from: new Date(tomorrow - 30 * DAY_MS).toISOString(), to: new Date(tomorrow).toISOString() };
}

function Kpi({ id, label, value, detail }: { id: string; label: string; value: string; detail?: string }) {
  return (
    <div className="demo-kpi" data-kpi={id}>
      <dt>{label}</dt>
      <dd>
        <span className="demo-kpi-value">{value}</span>
        {detail ? <span className="demo-kpi-detail">{detail}</span> : null}
      </dd>
    </div>
  );
}

export function KpiStrip() {
  const { formatters, timeZone } = useAnalyticsContext();
  const window = useMemo(() => last30Days(new Date()), []);
  const usage = useNamedQuery(usageSummary, { ...window, timeZone }, { keepPreviousData: true });
  const aging = useNamedQuery(revenueAging, { timeZone }, { keepPreviousData: true });

  const summary = usage.data?.[0];
  const change = summary && summary.previous > 0n ? Number(summary.current - summary.previous) / Number(summary.previous) : null;
  const overdue = aging.data
    ?.filter((row) => row.is_total && row.bucket !== 'current')
    .reduce((sum, row) => sum + row.invoices, 0n);

  const pending = '…';
  return (
    <dl className="demo-kpis" aria-busy={usage.isFetching || aging.isFetching}>
      <Kpi
        id="signals-30d"
        label="Signals, last 30 days"
        value={usage.status === 'error' ? 'unavailable' : summary ? formatters.count(summary.current) : pending}
        detail={summary ? `${formatters.change(change)} vs previous 30 days` : undefined}
      />
      <Kpi
        id="overdue-invoices"
        label="Overdue invoices"
        value={aging.status === 'error' ? 'unavailable' : overdue !== undefined ? formatters.count(overdue) : pending}
      />
    </dl>
  );
}
