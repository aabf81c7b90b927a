/**
 * A widget is a guest, also when a chunk of the library cannot load (offline, a 404 after a
 * deploy): with the response-decoding chunk, the table's or the CSV export's unreachable, a chart widget ends
 * in its own error state with Retry — the host page around it stays — and Retry, once the chunk
 * can load, shows what was asked for. Fresh modules per test, so nothing has loaded a chunk before.
 */
import type { ComponentType } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const DECODING = '../../../src/core/client/responseDecoding';
const TABLE = '../../../src/ui/DataTable/DataTable';
const CSV = '../../../src/widgets/shared/exportToolbarCsv';
/** Which chunk cannot load: the response decoding, the table or the CSV export (then decoding loads). */
let unreachable: 'decoding' | 'table' | 'csv' | undefined;
let cleanupRender: (() => void) | undefined;

beforeEach(() => {
  unreachable = 'decoding';
  vi.resetModules();
  vi.doMock(DECODING, async (importOriginal) => {
    if (unreachable === 'decoding') throw new TypeError('Failed to fetch dynamically imported module: /assets/responseDecoding.js');
    return importOriginal();
  });
  vi.doMock(TABLE, async (importOriginal) => {
    if (unreachable === 'table') throw new TypeError('Failed to fetch dynamically imported module: /assets/DataTable.js');
    return importOriginal();
  });
  vi.doMock(CSV, async (importOriginal) => {
    if (unreachable === 'csv') throw new TypeError('Failed to fetch dynamically imported module: /assets/exportToolbarCsv.js');
    return importOriginal();
  });
});

afterEach(() => {
  cleanupRender?.();
  vi.doUnmock(DECODING);
  vi.doUnmock(TABLE);
  vi.doUnmock(CSV);
});

/** The library, React and Testing Library from the fresh module registry (one React for all). */
async function freshLibrary() {
  const testing = await import('@testing-library/react');
  const userEvent = (await import('@testing-library/user-event')).default;
  const { AnalyticsProvider } = await import('../../../src/react/AnalyticsProvider');
  const { QueryClient } = await import('../../../src/core/client/QueryClient');
  const { createFixtureFetcher } = await import('../../../src/testing/createFixtureFetcher');
  const { ALL_FIXTURES, STORY_PROPS } = await import('../../../fixtures/index');
  cleanupRender = testing.cleanup;
  return { ...testing, userEvent, AnalyticsProvider, QueryClient, createFixtureFetcher, ALL_FIXTURES, STORY_PROPS };
}

const WIDGETS = [
  ['UsageTrends', 'usageTrends'],
  ['CreditBurn', 'creditBurn'],
  ['CostTrend', 'costTrend'],
  ['RevenueTrend', 'revenueTrend'],
] as const;

type WidgetName = (typeof WIDGETS)[number][0];

/**
 * Renders the widget `name` with its story's props inside a host page (a heading beside it), on
 * fixtures with no retries, from the fresh module registry.
 */
async function renderInHostPage(name: WidgetName, storyKey: string, onExportCsv?: (csv: string, filename: string) => void) {
  const lib = await freshLibrary();
  const Widget = (await import(`../../../src/widgets/${name}/${name}.tsx`))[name] as ComponentType<{ onExportCsv?: (csv: string, filename: string) => void }>;
  const props = (lib.STORY_PROPS as unknown as Record<string, object>)[storyKey] ?? {};
  const client = new lib.QueryClient({ retries: 0 });
  lib.render(
    <main>
      <h1>Host page</h1>
      <lib.AnalyticsProvider fetcher={lib.createFixtureFetcher(lib.ALL_FIXTURES)} client={client} locale="en-US" currency="USD" timeZone="UTC">
        <Widget {...props} {...(onExportCsv === undefined ? {} : { onExportCsv })} />
      </lib.AnalyticsProvider>
    </main>,
  );
  return { lib, client };
}

/** The widget's error state and its Retry button, with the host page still there. */
async function expectContainedError(lib: Awaited<ReturnType<typeof freshLibrary>>) {
  const retry = await lib.screen.findByRole('button', { name: 'Retry' });
  const errorState = lib.screen.getAllByRole('alert').find((element) => element.dataset.pawState === 'error');
  expect(errorState).toBeDefined();
  expect(errorState).toContainElement(retry);
  expect(lib.screen.getByRole('heading', { name: 'Host page' })).toBeInTheDocument();
  return retry;
}

describe('a chart widget whose response-decoding chunk cannot load', () => {
  it.each(WIDGETS)('%s shows its own error state with Retry, the host stays, and Retry draws the chart once the chunk loads', async (name, storyKey) => {
    const { lib, client } = await renderInHostPage(name, storyKey);
    const retry = await expectContainedError(lib);
    expect(lib.screen.queryByRole('img')).toBeNull();

    unreachable = undefined;
    await lib.userEvent.click(retry);
    expect(await lib.screen.findByRole('img')).toBeInTheDocument();
    expect(lib.screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    client.dispose();
  });
});

describe('a chart widget whose table chunk cannot load', () => {
  it.each(WIDGETS)('%s shows its own error state with Retry when the table is opened, the host stays, and Retry shows the table', async (name, storyKey) => {
    unreachable = 'table';
    const { lib, client } = await renderInHostPage(name, storyKey);
    expect(await lib.screen.findByRole('img')).toBeInTheDocument();
    await lib.userEvent.click(lib.screen.getByRole('button', { name: 'Table' }));
    const retry = await expectContainedError(lib);
    expect(lib.screen.queryByRole('table')).toBeNull();

    unreachable = undefined;
    await lib.userEvent.click(retry);
    expect(await lib.screen.findByRole('table')).toBeInTheDocument();
    expect(lib.screen.queryByRole('button', { name: 'Retry' })).toBeNull();
    client.dispose();
  });
});

describe('a chart widget whose CSV export chunk cannot load', () => {
  it.each(WIDGETS)('%s shows its own error state with Retry on Export, the host stays, and after Retry the export works', async (name, storyKey) => {
    unreachable = 'csv';
    const exported: string[] = [];
    const { lib, client } = await renderInHostPage(name, storyKey, (_csv, filename) => void exported.push(filename));
    expect(await lib.screen.findByRole('img')).toBeInTheDocument();
    await lib.userEvent.click(lib.screen.getByRole('button', { name: 'Export CSV' }));
    const retry = await expectContainedError(lib);
    expect(exported).toEqual([]);

    unreachable = undefined;
    await lib.userEvent.click(retry);
    expect(await lib.screen.findByRole('img')).toBeInTheDocument();
    await lib.userEvent.click(lib.screen.getByRole('button', { name: 'Export CSV' }));
    await lib.waitFor(() => expect(exported).toHaveLength(1));
    expect(exported[0]).toMatch(/\.csv$/);
    client.dispose();
  });
});
