// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { AnalyticsKpis } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';

describe('AnalyticsKpis on the server', () => {
  it('imports and renders without a window, as the loading state, sending no request', () => {
    expect(typeof window).toBe('undefined');
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(
      <AnalyticsProvider fetcher={fetcher}>
        <AnalyticsKpis from="2026-11-01T00:00:00Z" to="2026-11-08T00:00:00Z" title="On the server" />
      </AnalyticsProvider>,
    );
    expect(html).toContain('data-paw-state="loading"');
    expect(html).toContain('On the server');
    expect(html).not.toContain('data-paw-state="error"');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('renders the loading state with a preset range and no provider at all', () => {
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(<AnalyticsKpis fetcher={fetcher} defaultTimeRange="7d" />);
    expect(html).toContain('data-paw-state="loading"');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('is marked as a client module for React Server Components', () => {
    const source = readFileSync(resolve(process.cwd(), 'src/widgets/AnalyticsKpis/AnalyticsKpis.tsx'), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });
});
