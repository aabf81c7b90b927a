// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';

describe('CostTrend on the server', () => {
  it('renders the loading state without a window, sending no request', () => {
    expect(typeof window).toBe('undefined');
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(
      <AnalyticsProvider fetcher={fetcher}>
        <CostTrend from="2026-11-01T00:00:00Z" to="2026-11-08T00:00:00Z" title="Spend" />
      </AnalyticsProvider>,
    );
    expect(html).toContain('data-paw-state="loading"');
    expect(html).toContain('Spend');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('is marked as a client module for React Server Components', () => {
    const source = readFileSync(resolve(process.cwd(), 'src/widgets/CostTrend/CostTrend.tsx'), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });
});
