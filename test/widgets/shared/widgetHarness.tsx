/**
 * Helpers for widget component tests: a fetcher over the real emulator (named queries compiled
 * in the client, as a trusted dashboard does), a recorder of the requests a widget sends, a
 * fetcher that fails with a given code, a provider with a fresh QueryClient, and reading the
 * table a widget shows.
 */
import { render, within, type RenderResult } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { createHttpFetcher } from '../../../src/core/client/createHttpFetcher';
import { QueryClient, type QueryClientOptions } from '../../../src/core/client/QueryClient';
import type { AnalyticsFetcher, AnalyticsRequest, NamedQueryRequest } from '../../../src/core/contract';
import { AnalyticsError, type AnalyticsErrorCode } from '../../../src/core/errors';
import { AnalyticsProvider, type AnalyticsProviderProps } from '../../../src/react/AnalyticsProvider';
import type { TestEmulator } from '../../support/emulator';

/** The emulator's API through the library's own HTTP fetcher, compiling named queries in the client. */
export function emulatorFetcher(emulator: TestEmulator, apiKey: string = emulator.apiKey): AnalyticsFetcher {
  return createHttpFetcher({ baseUrl: emulator.url, headers: { authorization: `Bearer ${apiKey}` }, compile: 'client' });
}

/** Wraps a fetcher and keeps every request it is asked for, in order. */
export function recordRequests(fetcher: AnalyticsFetcher): { fetcher: AnalyticsFetcher; requests: AnalyticsRequest[]; named: (name: string) => NamedQueryRequest[] } {
  const requests: AnalyticsRequest[] = [];
  return {
    requests,
    fetcher: (request, init) => {
      requests.push(request);
      return fetcher(request, init);
    },
    named: (name) => requests.filter((request): request is NamedQueryRequest => request.kind === 'query' && request.name === name),
  };
}

/** A fetcher that fails every request with `code` (retryable as the code implies), counting calls. */
export function failingFetcher(code: AnalyticsErrorCode): { fetcher: AnalyticsFetcher; calls: () => number } {
  let calls = 0;
  return {
    calls: () => calls,
    fetcher: async () => {
      calls += 1;
      throw new AnalyticsError({ code, message: `Simulated ${code}` });
    },
  };
}

/** A fetcher that never answers until aborted: the loading state, held. */
export const pendingFetcher: AnalyticsFetcher = (_request, init) =>
  new Promise((_resolve, reject) => {
    init.signal.addEventListener('abort', () => reject(new AnalyticsError({ code: 'ABORTED', message: 'aborted' })), { once: true });
  });

/** Renders `ui` inside an `AnalyticsProvider` with its own QueryClient (no retries unless asked). */
export function renderWithProvider(
  ui: ReactElement,
  options: { fetcher: AnalyticsFetcher; client?: QueryClientOptions } & Omit<AnalyticsProviderProps, 'fetcher' | 'client' | 'children'>,
): RenderResult & { client: QueryClient } {
  const { fetcher, client: clientOptions, ...providerProps } = options;
  const client = new QueryClient({ retries: 0, ...clientOptions });
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <AnalyticsProvider fetcher={fetcher} client={client} locale="en-US" currency="USD" timeZone="UTC" {...providerProps}>
      {children}
    </AnalyticsProvider>
  );
  return Object.assign(render(ui, { wrapper }), { client });
}

/**
 * The header texts and cell texts of the first `<table>` in `container`: `rows` from its body,
 * `footers` from its `<tfoot>` (the Other and Total rows; their first cell is a row header).
 */
export function readTable(container: HTMLElement): { headers: string[]; rows: string[][]; footers: string[][] } {
  const table = within(container).getByRole('table');
  const headers = [...table.querySelectorAll('thead th')].map((cell) => (cell.textContent ?? '').replace(/[▲▼↕]$/u, ''));
  const cells = (row: Element) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '');
  return {
    headers,
    rows: [...table.querySelectorAll('tbody tr')].map(cells),
    footers: [...table.querySelectorAll('tfoot tr')].map(cells),
  };
}

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF) into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        field += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && text[index + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      index += 1;
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
