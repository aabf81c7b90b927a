'use client';
import { BarList, WidgetFrame, useNamedQuery, useResolvedTheme } from 'paid-analytics-react';
import { signalsByPriority } from './signalsByPriority';

export function PriorityCard({ from, to }: { from: Date; to: Date }) {
  const theme = useResolvedTheme();
  const result = useNamedQuery(signalsByPriority, { from, to, signalName: 'email-triage' });
  const rows = result.data ?? [];                     // { priority: string; signals: bigint }[]
  return (
    <WidgetFrame title="Triaged emails by priority" theme={theme}
                 loading={result.status === 'loading'} error={result.error} onRetry={result.refetch}
                 empty={rows.length === 0}>
      <BarList rows={rows} label="priority" value="signals" caption="Triaged emails by priority" keepOrder />
    </WidgetFrame>
  );
}
