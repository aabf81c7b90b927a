/**
 * What every widget does on the server (React Server Components, SSR): it imports and renders
 * without `window`, as the loading state, sending no request — in a fixed window or a preset range
 * inside a provider, and with a preset range and no provider at all — and its module is marked
 * `'use client'`.
 * Call it from a test file whose environment is `node`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ComponentType } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';

/** The props the suite renders a widget with. */
export interface ServerRenderProps {
  from?: string;
  to?: string;
  title?: string;
  fetcher?: AnalyticsFetcher;
  defaultTimeRange?: '7d';
}

/** The server-render suite for the widget exported as `name` from `src/widgets/<name>/<name>.tsx`. */
export function describeOnTheServer(name: string, Widget: ComponentType<ServerRenderProps>): void {
  describe(`${name} on the server`, () => {
    it('imports and renders without a window, as the loading state, sending no request', () => {
      expect(typeof window).toBe('undefined');
      const fetcher = vi.fn(async () => ({}));
      const html = renderToString(
        <AnalyticsProvider fetcher={fetcher}>
          <Widget from="2026-11-01T00:00:00Z" to="2026-11-08T00:00:00Z" title="On the server" />
        </AnalyticsProvider>,
      );
      expect(html).toContain('data-paw-state="loading"');
      expect(html).toContain('On the server');
      expect(html).not.toContain('data-paw-state="error"');
      expect(fetcher).not.toHaveBeenCalled();
    });

    it('renders the loading state with a preset range inside a provider, sending no request (the preset waits for the browser clock)', () => {
      const fetcher = vi.fn(async () => ({}));
      const html = renderToString(
        <AnalyticsProvider fetcher={fetcher}>
          <Widget defaultTimeRange="7d" title="On the server" />
        </AnalyticsProvider>,
      );
      expect(html).toContain('data-paw-state="loading"');
      expect(html).toContain('On the server');
      expect(fetcher).not.toHaveBeenCalled();
    });

    it('renders the loading state with a preset range and no provider at all', () => {
      const fetcher = vi.fn(async () => ({}));
      const html = renderToString(<Widget fetcher={fetcher} defaultTimeRange="7d" />);
      expect(html).toContain('data-paw-state="loading"');
      expect(fetcher).not.toHaveBeenCalled();
    });

    it('is marked as a client module for React Server Components', () => {
      const source = readFileSync(resolve(process.cwd(), `src/widgets/${name}/${name}.tsx`), 'utf8');
      expect(source.startsWith("'use client';")).toBe(true);
    });
  });
}
