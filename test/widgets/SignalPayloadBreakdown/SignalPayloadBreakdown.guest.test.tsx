/**
 * SignalPayloadBreakdown as a guest: over every bad-but-plausible query body of the shared
 * adversarial suite, and over bad `/signals/metadata` bodies (hostile paths, wrong shapes), it
 * shows data, a note beside its pickers or its own error state; the host's content stays, nothing
 * from the data becomes markup, and no path the metadata lists is sent unless it is dotted words.
 */
import { screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import type { AnalyticsFetcher, AnalyticsRequest, NamedQueryRequest } from '../../../src/core/contract';
import { SignalPayloadBreakdown } from '../../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { adversarialFetcher, HOSTILE_LABEL, MUTATIONS } from '../containment/adversarialBodies';
import { renderWithProvider } from '../shared/widgetHarness';

const METADATA = ALL_FIXTURES.find((fixture) => fixture.request.kind === 'signalsMetadata')!.body;

afterEach(() => {
  delete (window as { __pawHacked?: unknown }).__pawHacked;
});

/** Queries through `queries`; metadata as `metadata` (default: the recorded one). Keeps every request. */
function guestFetcher(queries: AnalyticsFetcher, metadata: unknown = METADATA): { fetcher: AnalyticsFetcher; requests: AnalyticsRequest[] } {
  const requests: AnalyticsRequest[] = [];
  return {
    requests,
    fetcher: async (request, init) => {
      requests.push(request);
      return request.kind === 'signalsMetadata' ? structuredClone(metadata) : queries(request, init);
    },
  };
}

async function renderAsGuest(fetcher: AnalyticsFetcher, props: Record<string, unknown> = STORY_PROPS.signalPayloadBreakdown) {
  const onError = vi.fn();
  const view = renderWithProvider(
    <main>
      <p>Host content before</p>
      <SignalPayloadBreakdown {...props} onError={onError} />
      <p>Host content after</p>
    </main>,
    { fetcher },
  );
  await waitFor(
    () => {
      const card = view.container.querySelector('[data-paw-widget]') ?? view.container.querySelector('[data-paw-state="error"]');
      const settled = card!.querySelector('[data-paw-state="error"], [data-paw-state="empty"], [data-paw-barlist], [data-paw-stat], p[role="status"]');
      expect(settled ?? (card!.matches('[data-paw-state="error"]') ? card : null)).not.toBeNull();
    },
    { timeout: 10_000 },
  );
  expect(screen.getByText('Host content before')).toBeTruthy();
  expect(screen.getByText('Host content after')).toBeTruthy();
  expect(document.querySelector('img')).toBeNull();
  expect((window as { __pawHacked?: unknown }).__pawHacked).toBeUndefined();
  return { ...view, onError };
}

describe('SignalPayloadBreakdown as a guest', () => {
  it.each(Object.entries(MUTATIONS))('over query bodies with %s: data or its error state, the host stays', async (_case, mutation) => {
    await renderAsGuest(guestFetcher(adversarialFetcher(mutation)).fetcher);
  });

  it.each([
    ['not an object', 'nope'],
    ['null', null],
    ['signals that are not a list', { signals: { a: 1 }, meta: {} }],
    ['entries of the wrong shape', { signals: [null, 7, { signalName: 3 }, { signalName: 'x', paths: 'y' }], meta: {} }],
    ['no signals', { signals: [], meta: {} }],
  ])('over metadata that is %s: a note or empty state, never a crash', async (_case, metadata) => {
    const guest = guestFetcher(adversarialFetcher((body) => body), metadata);
    await renderAsGuest(guest.fetcher);
    expect(guest.requests.some((request) => request.kind === 'signalsMetadata')).toBe(true);
    expect(guest.requests.filter((request) => request.kind === 'query' && request.name === 'signal-payload-breakdown')).toHaveLength(0);
  });

  it('never sends a hostile path the metadata lists, and shows the signal names as text', async () => {
    const hostile = {
      signals: [{ signalName: HOSTILE_LABEL, paths: [{ path: "x') OR 1=1 --", types: ['String'] }, { path: HOSTILE_LABEL, types: ['String'] }, { path: 'ok', types: ['String'] }] }],
      meta: { fromDate: '2026-10-22T00:00:00.000Z', toDate: '2026-11-21T00:00:00.000Z' },
    };
    const guest = guestFetcher(adversarialFetcher((body) => body), hostile);
    const { now, defaultTimeRange } = STORY_PROPS.signalPayloadBreakdown;
    const { container } = await renderAsGuest(guest.fetcher, { now, defaultTimeRange });
    await waitFor(() => expect(guest.requests.some((request) => request.kind === 'query' && request.name === 'signal-payload-breakdown')).toBe(true));
    const sent = guest.requests.filter((request): request is NamedQueryRequest => request.kind === 'query' && request.name === 'signal-payload-breakdown');
    for (const request of sent) expect(request.params['path']).toBe('ok');
    expect(container.textContent).toContain(HOSTILE_LABEL);
  });
});
