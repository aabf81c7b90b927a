// @vitest-environment node
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../src/core/contract';

describe('server rendering', () => {
  it('imports the React bindings without touching window or document', async () => {
    const touched: string[] = [];
    for (const name of ['window', 'document'] as const) {
      Object.defineProperty(globalThis, name, {
        configurable: true,
        get() {
          touched.push(name);
          return undefined;
        },
      });
    }
    try {
      vi.resetModules();
      await import('../../src/react/AnalyticsProvider');
      await import('../../src/react/useAnalyticsQuery');
      await import('../../src/react/useNamedQuery');
      await import('../../src/react/useSchema');
      await import('../../src/react/useSignalsMetadata');
      await import('../../src/core/client/createHttpFetcher');
    } finally {
      delete (globalThis as { window?: unknown }).window;
      delete (globalThis as { document?: unknown }).document;
    }
    expect(touched).toEqual([]);
  });

  it('renders status loading and sends no request, with or without a provider', async () => {
    const { AnalyticsProvider } = await import('../../src/react/AnalyticsProvider');
    const { useAnalyticsQuery } = await import('../../src/react/useAnalyticsQuery');
    const { useSchema } = await import('../../src/react/useSchema');
    const fetcher = vi.fn<AnalyticsFetcher>(async () => ({}));
    function Status() {
      const rows = useAnalyticsQuery('SELECT 1');
      const schema = useSchema({ fetcher });
      return <p>{`${rows.status}/${String(rows.isFetching)}/${schema.status}`}</p>;
    }
    const withProvider = renderToString(
      <AnalyticsProvider fetcher={fetcher}>
        <Status />
      </AnalyticsProvider>,
    );
    const withoutProvider = renderToString(<Status />);
    expect(withProvider).toContain('loading/false/loading');
    expect(withoutProvider).toContain('loading/false/loading');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetcher).not.toHaveBeenCalled();
  });
});
