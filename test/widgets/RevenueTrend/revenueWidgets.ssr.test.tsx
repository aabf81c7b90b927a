// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ReactElement } from 'react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { BilledUsage } from '../../../src/widgets/BilledUsage/BilledUsage';
import { CreditUsage } from '../../../src/widgets/CreditUsage/CreditUsage';
import { RevenueByProduct } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend } from '../../../src/widgets/RevenueTrend/RevenueTrend';

const WIDGETS: [string, ReactElement][] = [
  ['RevenueTrend', <RevenueTrend title="Card" />],
  ['RevenueByProduct', <RevenueByProduct title="Card" />],
  ['BilledUsage', <BilledUsage title="Card" />],
  ['CreditUsage', <CreditUsage title="Card" />],
];

describe.each(WIDGETS)('%s on the server', (name, widget) => {
  it('imports and renders with no props but a title, without a window, as the loading state, sending no request', () => {
    expect(typeof window).toBe('undefined');
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(<AnalyticsProvider fetcher={fetcher}>{widget}</AnalyticsProvider>);
    expect(html).toContain('data-paw-state="loading"');
    expect(html).toContain('Card');
    expect(html).not.toContain('data-paw-state="error"');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('is marked as a client module for React Server Components', () => {
    const source = readFileSync(resolve(process.cwd(), `src/widgets/${name}/${name}.tsx`), 'utf8');
    expect(source.startsWith("'use client';")).toBe(true);
  });
});
