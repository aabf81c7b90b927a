// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';

describe('CreditBurn on the server', () => {
  it('imports and renders without a window, as the loading state, sending no request', () => {
    expect(typeof window).toBe('undefined');
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(
      <AnalyticsProvider fetcher={fetcher}>
        <CreditBurn creditsCurrencyId="cc_ai_credits" defaultTimeRange="90d" title="Credits" />
      </AnalyticsProvider>,
    );
    expect(html).toContain('data-paw-state="loading"');
    expect(html).toContain('Credits');
    expect(html).not.toContain('data-paw-state="error"');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('is marked as a client module for React Server Components', () => {
    const source = readFileSync(resolve(process.cwd(), 'src/widgets/CreditBurn/CreditBurn.tsx'), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });
});
