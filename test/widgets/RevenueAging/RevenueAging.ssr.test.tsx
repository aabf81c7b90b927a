// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';

describe('RevenueAging on the server', () => {
  it('imports and renders without a window, as the loading state, sending no request', () => {
    expect(typeof window).toBe('undefined');
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(
      <AnalyticsProvider fetcher={fetcher}>
        <RevenueAging asOf="2026-11-20" title="Receivables" />
      </AnalyticsProvider>,
    );
    expect(html).toContain('data-paw-state="loading"');
    expect(html).toContain('Receivables');
    expect(html).toContain('As of Nov 20, 2026');
    expect(html).not.toContain('data-paw-state="error"');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('renders the loading state with no day, no provider and an unknown zone, never throwing', () => {
    const fetcher = vi.fn(async () => ({}));
    expect(renderToString(<RevenueAging fetcher={fetcher} />)).toContain('data-paw-state="loading"');
    expect(() => renderToString(<RevenueAging fetcher={fetcher} timeZone="Mars/Olympus" />)).not.toThrow();
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('is marked as a client module for React Server Components', () => {
    const source = readFileSync(resolve(process.cwd(), 'src/widgets/RevenueAging/RevenueAging.tsx'), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });
});
