import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useSchema } from '../../src/react/useSchema';
import { useSignalsMetadata } from '../../src/react/useSignalsMetadata';
import { createControlledFetcher } from '../core/client/fakeFetcher';
import { providerFor } from './hookHarness';

const SCHEMA = { views: [{ name: 'fact_cost', comment: 'AI calls', columns: [{ name: 'cost_amount', type: 'Decimal(38, 6)', comment: 'cents' }] }] };
const METADATA = {
  signals: [{ signalName: 'email-triage', paths: [{ path: 'tool_name', types: ['String'] }] }],
  meta: { fromDate: '2026-10-01T00:00:00.000Z', toDate: '2026-11-01T00:00:00.000Z' },
};

describe('useSchema', () => {
  it('asks for the schema and returns the checked body', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useSchema(), { wrapper });
    expect(calls[0]!.request).toEqual({ kind: 'schema' });
    act(() => calls[0]!.resolve(SCHEMA));
    await waitFor(() => expect(result.current.status).toBe('success'));
    expect(result.current.data).toEqual(SCHEMA);
    expect(result.current.meta).toBeUndefined();
  });

  it('shows INVALID_RESPONSE for a body that is not a schema', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useSchema(), { wrapper });
    act(() => calls[0]!.resolve({ tables: [] }));
    await waitFor(() => expect(result.current.status).toBe('error'));
    expect(result.current.error?.code).toBe('INVALID_RESPONSE');
    expect(result.current.data).toBeUndefined();
  });
});

describe('useSignalsMetadata', () => {
  it('sends the signal name and the window (Dates as ISO text) and returns the checked body', async () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(
      () => useSignalsMetadata({ signalName: 'email-triage', fromDate: new Date('2026-10-01T00:00:00Z'), toDate: '2026-11-01T00:00:00.000Z' }),
      { wrapper },
    );
    expect(calls[0]!.request).toEqual({
      kind: 'signalsMetadata',
      signalName: 'email-triage',
      fromDate: '2026-10-01T00:00:00.000Z',
      toDate: '2026-11-01T00:00:00.000Z',
    });
    act(() => calls[0]!.resolve(METADATA));
    await waitFor(() => expect(result.current.data).toEqual(METADATA));
  });

  it('leaves out what is not given', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    renderHook(() => useSignalsMetadata(), { wrapper });
    expect(calls[0]!.request).toEqual({ kind: 'signalsMetadata' });
  });

  it('refuses an invalid Date with INVALID_PARAMS and sends nothing', () => {
    const { fetcher, calls } = createControlledFetcher();
    const { wrapper } = providerFor(fetcher);
    const { result } = renderHook(() => useSignalsMetadata({ fromDate: new Date('not a date') }), { wrapper });
    expect(result.current.status).toBe('error');
    expect(result.current.error?.code).toBe('INVALID_PARAMS');
    expect(calls).toHaveLength(0);
  });
});
