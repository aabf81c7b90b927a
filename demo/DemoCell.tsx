/** One grid cell of a demo page: `data-widget` names the widget for the browser tests; cells in a row share a height. */
import type { ReactNode } from 'react';

export function DemoCell({ widget, wide, children }: { widget: string; wide?: boolean; children: ReactNode }) {
  return (
    <div className={wide ? 'demo-cell demo-cell-wide' : 'demo-cell'} data-widget={widget}>
      {children}
    </div>
  );
}

/** Shown in a cell until what the widget needs (e.g. the credits currency) is known. */
export function WidgetPlaceholder({ title, text }: { title: string; text: string }) {
  return (
    <section className="demo-placeholder" aria-label={title}>
      <h2>{title}</h2>
      <p>{text}</p>
    </section>
  );
}
