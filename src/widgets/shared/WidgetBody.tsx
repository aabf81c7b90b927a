'use client';
import type { ReactNode } from 'react';

/**
 * The column under a widget's toolbar: headline, chart or table. While newer data loads over
 * the rows on screen (`keepPreviousData`) it dims them and carries `data-paw-refreshing`.
 */
export function WidgetBody({ refreshing, children }: { refreshing: boolean; children: ReactNode }) {
  return (
    <div data-paw-refreshing={refreshing || undefined} style={{ display: 'flex', flexDirection: 'column', gap: 12, opacity: refreshing ? 0.6 : 1 }}>
      {children}
    </div>
  );
}
