// @vitest-environment jsdom
/**
 * The README's "Your own analysis in 20 lines", run as written: the host query
 * (`test/support/ownAnalysis/signalsByPriority.ts`) registered on a real `createAnalyticsProxy` in
 * front of the emulator (`analyticsProxy.ts`), and the card (`PriorityCard.tsx`: WidgetFrame +
 * BarList) rendered through `createHttpFetcher` against that proxy. The numbers a person reads
 * equal the engine's own count over the scope's customers; a copy of the query that names
 * `fact_signal` itself is refused when the proxy is created.
 */
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import { createElement } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { column, defineNamedQuery, param, parseTimeWindow, sql, type Scope } from 'paid-analytics-react/core';
import { AnalyticsProvider, createHttpFetcher } from 'paid-analytics-react';
import { createAnalyticsProxy } from 'paid-analytics-react/server';
import type { AnalyticsProxyHandler } from '../../src/server/proxyOptions';
import { createOwnAnalysisProxy } from '../support/ownAnalysis/analyticsProxy';
import { PriorityCard } from '../support/ownAnalysis/PriorityCard';
import { signalsByPriority } from '../support/ownAnalysis/signalsByPriority';
import { queryRows, startTestEmulator, type TestEmulator } from '../support/emulator';

const FROM = new Date('2026-10-22T00:00:00.000Z');
const TO = new Date('2026-11-21T00:00:00.000Z');

let emulator: TestEmulator;
let proxy: AnalyticsProxyHandler;
let customerA: string;
let customerB: string;

beforeAll(async () => {
  emulator = await startTestEmulator();
  proxy = createOwnAnalysisProxy({
    upstream: { baseUrl: emulator.url, apiKey: emulator.apiKey },
    // The session lookup of this test: the scope travels in a header the fetcher below sets.
    resolveScope: (request) => JSON.parse(request.headers.get('x-test-scope') ?? 'null') as Scope | null,
  });
  const busiest = await queryRows(
    emulator,
    "SELECT customer_id FROM fact_signal WHERE signal_name = 'email-triage' GROUP BY customer_id ORDER BY count() DESC, customer_id LIMIT 2",
  );
  [customerA, customerB] = busiest.rows.map((row) => String(row[0])) as [string, string];
}, 120_000);

afterAll(async () => {
  await emulator?.close();
});

afterEach(() => {
  cleanup();
});

/** A browser fetcher whose requests reach the proxy as `Request`s (jsdom's AbortSignal bridged to Node's). */
function fetcherFor(scope: Scope) {
  return createHttpFetcher({
    baseUrl: 'http://host.example/api/analytics',
    headers: () => ({ 'x-test-scope': JSON.stringify(scope) }),
    fetch: (input, init) => {
      const bridge = new AbortController();
      init?.signal?.addEventListener('abort', () => bridge.abort(), { once: true });
      return proxy(new Request(String(input), { ...init, signal: bridge.signal }));
    },
  });
}

/** The engine's own count by payload priority over `customerIds`, written here without the library. */
async function engineCounts(customerIds: readonly string[] | undefined): Promise<[string, bigint][]> {
  const restriction = customerIds === undefined ? '' : `AND customer_id IN (${customerIds.map((id) => `'${id}'`).join(', ')})`;
  const { rows } = await queryRows(
    emulator,
    `SELECT toString(data.priority) AS priority, toString(count()) AS signals FROM fact_signal
     WHERE signal_name = 'email-triage' AND created_at >= '2026-10-22 00:00:00' AND created_at < '2026-11-21 00:00:00' ${restriction}
     GROUP BY priority ORDER BY count() DESC, priority ASC`,
  );
  return rows.map((row) => [String(row[0]), BigInt(String(row[1]))]);
}

/** Renders the README's card for `scope` and reads its bars (name, digits of the shown value) and total. */
async function renderedCounts(scope: Scope): Promise<{ bars: [string, bigint][]; total: bigint }> {
  render(createElement(AnalyticsProvider, { fetcher: fetcherFor(scope), locale: 'en-US' }, createElement(PriorityCard, { from: FROM, to: TO })));
  const region = screen.getByRole('region', { name: 'Triaged emails by priority' });
  const list = await waitFor(() => within(region).getByRole('list', { name: 'Triaged emails by priority' }), { timeout: 20_000 });
  const digits = (text: string | null | undefined) => BigInt((text ?? '').replace(/[^0-9]/g, ''));
  const bars = within(list)
    .getAllByRole('listitem')
    .map((item): [string, bigint] => [item.querySelector('[title]')!.getAttribute('title')!, digits(item.children[1]!.textContent)]);
  const total = digits(region.querySelector('[data-paw-bar-total]')!.children[1]!.textContent);
  return { bars, total };
}

describe('Your own analysis in 20 lines (README)', () => {
  it('shows each customer the counts of its own signals by payload priority, equal to direct SQL', async () => {
    expect(customerA).not.toBe(customerB);
    const shown: [string, bigint][][] = [];
    for (const id of [customerA, customerB]) {
      const expected = await engineCounts([id]);
      expect(expected.length).toBeGreaterThan(1);
      const { bars, total } = await renderedCounts({ customerIds: [id] });
      expect(bars).toEqual(expected);
      expect(total).toBe(expected.reduce((sum, [, n]) => sum + n, 0n));
      shown.push(bars);
      cleanup();
    }
    // Not vacuous: the two customers see different numbers, and neither sees the whole organization's.
    expect(shown[0]).not.toEqual(shown[1]);
    const everyone = await engineCounts(undefined);
    const { bars } = await renderedCounts({});
    expect(bars).toEqual(everyone);
    for (const own of shown) expect(own).not.toEqual(everyone);
  });

  it('refuses, at registration, a copy of the query whose SQL names fact_signal instead of view()', () => {
    const leaky = defineNamedQuery({
      name: 'signals-by-priority-unscoped',
      description: 'The same count, reading fact_signal itself.',
      params: { from: param.dateTime(), to: param.dateTime(), signalName: param.text() },
      refine: (p) => void parseTimeWindow(p.from, p.to, { maxDays: 366 }),
      columns: { priority: column.string(), signals: column.uint64() },
      sql: (p) => sql`
        SELECT data.priority::String AS priority, count() AS signals
        FROM fact_signal
        WHERE created_at >= ${p.from} AND created_at < ${p.to} AND signal_name = ${p.signalName}
        GROUP BY priority`,
    });
    const upstream = { baseUrl: emulator.url, apiKey: emulator.apiKey };
    expect(() => createAnalyticsProxy({ upstream, resolveScope: () => ({}), queries: [leaky] })).toThrow(
      /signals-by-priority-unscoped.*cannot be registered.*fact_signal/,
    );
    // The README's own query registers beside the built-in ones.
    expect(() => createAnalyticsProxy({ upstream, resolveScope: () => ({}), queries: [signalsByPriority] })).not.toThrow();
  });
});
