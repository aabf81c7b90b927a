'use client';
import { useState } from 'react';
import { loadOnDemand } from '../../core/loadOnDemand';
import type { AnalyticsError } from '../../core/errors';
import { controlStyles } from '../../ui/controlStyles/controlStyles';
import { toRenderError } from '../../ui/ErrorBoundary/toRenderError';
import type { ToolbarCsv } from './toolbarCsv';

/**
 * A widget toolbar's Export CSV button. The CSV is made on click by `exportToolbarCsv`, loaded
 * then (a page that never exports never downloads it). If that part cannot load (offline, a 404
 * after a deploy) or writing the CSV throws, the widget shows its error state with Retry; the host
 * page stays.
 */
export function ToolbarCsvButton<Row>({ csv, label = 'Export CSV' }: { csv: ToolbarCsv<Row>; label?: string | undefined }) {
  const [failure, setFailure] = useState<AnalyticsError | undefined>(undefined);
  // Thrown while rendering, so the widget's boundary shows it (an event handler's throw would not reach it).
  if (failure !== undefined) throw failure;
  return (
    <button
      type="button"
      disabled={csv.rows.length + (csv.footer?.length ?? 0) === 0}
      onClick={() => {
        loadOnDemand('the CSV export', () => import('./exportToolbarCsv'))
          .then(({ exportToolbarCsv }) => exportToolbarCsv(csv))
          // A part that cannot load, or a formatter that throws while the CSV is written.
          .catch((error: unknown) => setFailure(toRenderError(error)));
      }}
      style={controlStyles.button}
    >
      {label}
    </button>
  );
}
