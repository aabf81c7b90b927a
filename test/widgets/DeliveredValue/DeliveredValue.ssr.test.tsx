// @vitest-environment node
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { DeliveredValue } from '../../../src/widgets/DeliveredValue/DeliveredValue';

describe('DeliveredValue on the server', () => {
  it('renders the loading state without a window, sending no request', () => {
    const fetcher = vi.fn(async () => ({}));
    const html = renderToString(
      <AnalyticsProvider fetcher={fetcher}>
        <DeliveredValue defaultTimeRange="90d" />
      </AnalyticsProvider>,
    );
    expect(html).toContain('data-paw-state="loading"');
    expect(fetcher).not.toHaveBeenCalled();
  });

  it('is marked as a client module', () => {
    expect(readFileSync(resolve(process.cwd(), 'src/widgets/DeliveredValue/DeliveredValue.tsx'), 'utf8').startsWith("'use client';")).toBe(true);
  });
});
