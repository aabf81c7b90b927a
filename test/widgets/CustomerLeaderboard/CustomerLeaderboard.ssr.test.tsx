// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';

describe('CustomerLeaderboard on the server', () => {
  it('renders the loading state without a window, sending no request', () => {
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(
      <AnalyticsProvider fetcher={fetcher}>
        <CustomerLeaderboard defaultTimeRange="30d" title="Customers" />
      </AnalyticsProvider>,
    );
    expect(html).toContain('data-paw-state="loading"');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('is marked as a client module', () => {
    expect(readFileSync(resolve(process.cwd(), 'src/widgets/CustomerLeaderboard/CustomerLeaderboard.tsx'), 'utf8').startsWith("'use client';")).toBe(true);
  });
});
