import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { SignalPayloadBreakdown } from '../../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const WINDOW = { from: '2026-10-22T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const inWindow = `created_at >= parseDateTime64BestEffort('${WINDOW.from}', 3) AND created_at < parseDateTime64BestEffort('${WINDOW.to}', 3)`;

/** Signals of `signal` per value of `data.<path>` (text; '' when missing), computed independently. */
async function directCounts(signal: string, path: string): Promise<Map<string, bigint>> {
  const body = await queryRows(
    emulator,
    `SELECT toString(getSubcolumn(data, '${path}')) AS v, count() AS n FROM fact_signal
     WHERE ${inWindow} AND signal_name = '${signal}' GROUP BY v`,
  );
  return new Map(body.rows.map((row) => [String(row[0]), BigInt(String(row[1]))]));
}

const sum = (values: Iterable<bigint>) => [...values].reduce((total, value) => total + value, 0n);

async function statTotal(container: HTMLElement): Promise<string> {
  await waitFor(() => expect(container.querySelector('[data-paw-stat="total"]')).not.toBeNull(), { timeout: 15_000 });
  return container.querySelector('[data-paw-stat="total"] dd')!.textContent ?? '';
}

describe('SignalPayloadBreakdown on the emulator', () => {
  it('counts a signal by a payload value: top values, Other values, total = headline = every signal of the name', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(
      <SignalPayloadBreakdown from={WINDOW.from} to={WINDOW.to} defaultSignalName="email-triage" defaultPath="account_id" limit={3} onExportCsv={onExportCsv} />,
      { fetcher: emulatorFetcher(emulator) },
    );
    const counts = await directCounts('email-triage', 'account_id');
    const total = sum(counts.values());
    expect(counts.size).toBeGreaterThan(3);
    expect(await statTotal(container)).toBe(usd.count(total));

    const top = [...counts.entries()].sort((a, b) => (b[1] > a[1] ? 1 : b[1] < a[1] ? -1 : a[0] < b[0] ? -1 : 1)).slice(0, 3);
    // The list: the three top values, then "Other values" with the rest, then the total.
    const items = [...container.querySelectorAll('[data-paw-barlist] li')].map((item) => (item.textContent ?? '').replace(/\s+/g, ' ').trim());
    expect(items).toEqual([
      ...top.map(([value, n]) => `${value}${usd.count(n)}`),
      `Other values${usd.count(total - sum(top.map(([, n]) => n)))}`,
    ]);
    expect(container.textContent).not.toContain('\u0000');
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await screen.findByRole('table', {}, { timeout: 5_000 });
    const table = readTable(container);
    expect(table.rows.map((row) => [row[0], row[1]])).toEqual(top.map(([value, n]) => [value, usd.count(n)]));
    expect(table.footers.map((row) => [row[0], row[1]])).toEqual([
      ['Other values', usd.count(total - sum(top.map(([, n]) => n)))],
      ['Total', usd.count(total)],
    ]);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv] = onExportCsv.mock.calls[0]! as [string, string];
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['Value', 'Signals', 'Share']);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['Total', String(total)]);
    expect(sum(rows.slice(0, -1).map((row) => BigInt(row[1]!)))).toBe(total);
  });

  it('opens on the signal’s first categorical field and lists the paths of /signals/metadata in native, labelled selects', async () => {
    const user = userEvent.setup();
    const onSignalNameChange = vi.fn();
    const onPathChange = vi.fn();
    const { container } = renderWithProvider(
      <SignalPayloadBreakdown
        from={WINDOW.from}
        to={WINDOW.to}
        defaultSignalName="email-triage"
        onSignalNameChange={onSignalNameChange}
        onPathChange={onPathChange}
      />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await statTotal(container);
    const signal = screen.getByLabelText('Signal') as HTMLSelectElement;
    const path = screen.getByLabelText('Payload field') as HTMLSelectElement;
    // account_id is an id: the default is the first text field that is not.
    expect(path.value).toBe('mailbox');
    expect([...path.options].map((option) => option.value)).toEqual(['account_id', 'labels_applied', 'mailbox', 'priority', 'tool_name']);

    // Native selects (the arrow keys work in a browser: test/browser/customerPortal.test.ts).
    expect(path.tagName).toBe('SELECT');
    await user.selectOptions(path, 'priority');
    expect(onPathChange).toHaveBeenLastCalledWith('priority');
    await waitFor(async () => {
      const counts = await directCounts('email-triage', 'priority');
      expect(within(container).getByText('high')).toBeTruthy();
      expect(counts.has('high')).toBe(true);
    });

    // Another signal brings its own default path.
    await user.selectOptions(signal, 'ticket-resolved');
    expect(onSignalNameChange).toHaveBeenLastCalledWith('ticket-resolved');
    expect(onPathChange).toHaveBeenLastCalledWith('channel');
    const counts = await directCounts('ticket-resolved', 'channel');
    await waitFor(() => expect(container.querySelector('[data-paw-stat="total"] dd')!.textContent).toBe(usd.count(sum(counts.values()))), { timeout: 15_000 });
  });

  it('follows controlled signal and path props', async () => {
    function Host() {
      const [path, setPath] = useState('tone');
      return (
        <>
          <button type="button" onClick={() => setPath('accepted')}>
            host picks accepted
          </button>
          <SignalPayloadBreakdown from={WINDOW.from} to={WINDOW.to} signalName="draft-reply" path={path} onPathChange={setPath} />
        </>
      );
    }
    const user = userEvent.setup();
    const { container } = renderWithProvider(<Host />, { fetcher: emulatorFetcher(emulator) });
    await statTotal(container);
    expect((screen.getByLabelText('Payload field') as HTMLSelectElement).value).toBe('tone');
    await user.click(screen.getByRole('button', { name: 'host picks accepted' }));
    expect((screen.getByLabelText('Payload field') as HTMLSelectElement).value).toBe('accepted');
    const counts = await directCounts('draft-reply', 'accepted');
    await waitFor(() => expect(within(container).getByText('true')).toBeTruthy(), { timeout: 15_000 });
    expect([...counts.keys()].sort()).toEqual(['false', 'true']);
  });

  it('never sends a path the metadata does not list for the signal, hostile or not, and says why', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    const { container } = renderWithProvider(
      <SignalPayloadBreakdown from={WINDOW.from} to={WINDOW.to} signalName="email-triage" path="x') OR 1=1 --" />,
      { fetcher: recorder.fetcher },
    );
    await waitFor(() => expect(container.textContent).toMatch(/have no payload field x'\) OR 1=1 --/), { timeout: 15_000 });
    expect(recorder.requests.some((request) => request.kind === 'signalsMetadata')).toBe(true);
    expect(recorder.named('signal-payload-breakdown')).toHaveLength(0);
    // The pickers stay, so a listed field can be chosen.
    expect(screen.getByLabelText('Payload field')).toBeTruthy();
  });

  it('says so when the chosen signal has no payloads in the window', async () => {
    const { container } = renderWithProvider(
      <SignalPayloadBreakdown from={WINDOW.from} to={WINDOW.to} defaultSignalName="no-such-signal" />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await waitFor(() => expect(container.textContent).toMatch(/No no-such-signal signal in this window/), { timeout: 15_000 });
  });

  it('reads in German', async () => {
    const { container } = renderWithProvider(
      <SignalPayloadBreakdown
        from={WINDOW.from}
        to={WINDOW.to}
        defaultSignalName="email-triage"
        defaultPath="priority"
        labels={{ title: 'Signale nach Nutzlastwert', signal: 'Signal', path: 'Nutzlastfeld', total: 'Signale', otherValues: 'Andere Werte' }}
      />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE', currency: 'EUR' },
    );
    const counts = await directCounts('email-triage', 'priority');
    expect(await statTotal(container)).toBe(createFormatters({ locale: 'de-DE' }).count(sum(counts.values())));
    expect(screen.getByRole('heading', { name: 'Signale nach Nutzlastwert' })).toBeTruthy();
    expect(screen.getByLabelText('Nutzlastfeld')).toBeTruthy();
  });
});
