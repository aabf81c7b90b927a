import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { AnalyticsKpis } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, failingFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const WINDOW = { from: '2026-10-22T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });

async function scalar(sql: string): Promise<string> {
  const body = await queryRows(emulator, sql);
  return String(body.rows[0]![0]);
}

const inWindow = `created_at >= parseDateTime64BestEffort('${WINDOW.from}', 3) AND created_at < parseDateTime64BestEffort('${WINDOW.to}', 3)`;

/** A decimal text as an integer of 10⁻²⁰ units (independent of the library's decimal code). */
function units(text: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{0,20}))?$/.exec(text);
  if (!match) throw new Error(`not a decimal: ${text}`);
  const value = BigInt(match[2]!) * 10n ** 20n + BigInt((match[3] ?? '').padEnd(20, '0'));
  return match[1] === '-' ? -value : value;
}

/** The strip's figures by `data-paw-stat`: the value text of each. */
function statValues(container: HTMLElement): Record<string, string> {
  const result: Record<string, string> = {};
  for (const stat of container.querySelectorAll('[data-paw-stat]')) {
    result[stat.getAttribute('data-paw-stat')!] = stat.querySelectorAll('dd')[0]!.textContent ?? '';
  }
  return result;
}

describe('AnalyticsKpis on the emulator', () => {
  it('shows every figure exactly, and the margin as revenue − AI cost', async () => {
    const { container } = renderWithProvider(<AnalyticsKpis from={WINDOW.from} to={WINDOW.to} />, { fetcher: emulatorFetcher(emulator) });
    await waitFor(() => expect(container.querySelectorAll('[data-paw-stat]').length).toBeGreaterThanOrEqual(6), { timeout: 15_000 });
    const signals = await scalar(`SELECT count() FROM fact_signal WHERE ${inWindow}`);
    const cost = await scalar(`SELECT toString(sum(cost_amount)) FROM fact_cost WHERE ${inWindow}`);
    const revenue = await scalar(
      `SELECT sum(total_excl_tax) FROM fact_invoice WHERE status = 'posted' AND issue_date >= '2026-10-22' AND issue_date < '2026-11-21'`,
    );
    const owed = await scalar(`SELECT sum(amount_due) FROM fact_invoice WHERE status = 'posted' AND amount_due > 0 AND issue_date < '2026-11-21'`);
    const margin = await scalar(
      `SELECT toString(toDecimal128(${revenue}, 10) - (SELECT sum(cost_amount) FROM fact_cost WHERE ${inWindow}))`,
    );
    const stats = statValues(container);
    expect(stats.signals).toBe(usd.count(signals));
    expect(stats.aiCost).toBe(usd.cents(cost));
    expect(stats.revenue).toBe(usd.cents(revenue));
    expect(stats.margin).toBe(usd.cents(margin));
    expect(stats.outstanding).toBe(usd.cents(owed));
    expect(Object.keys(stats).some((id) => id.startsWith('creditsBalance'))).toBe(true);
    // Each figure carries its change against the previous period, except outstanding.
    expect(within(container.querySelector('[data-paw-stat="signals"]')!).getByText(/vs previous period/)).toBeTruthy();
    expect(container.querySelector('[data-paw-stat="outstanding"]')!.textContent).toMatch(/owed now/);
  });

  it('shows only the KPIs asked for, in that order, and sends one request', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    const { container } = renderWithProvider(<AnalyticsKpis from={WINDOW.from} to={WINDOW.to} kpis={['margin', 'signals']} />, { fetcher: recorder.fetcher });
    await waitFor(() => expect(container.querySelectorAll('[data-paw-stat]').length).toBe(2), { timeout: 15_000 });
    expect([...container.querySelectorAll('[data-paw-stat]')].map((stat) => stat.getAttribute('data-paw-stat'))).toEqual(['margin', 'signals']);
    expect(recorder.named('analytics-kpis')).toHaveLength(1);
  });

  it('lists the same figures in its table and CSV as in the strip', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<AnalyticsKpis from={WINDOW.from} to={WINDOW.to} onExportCsv={onExportCsv} />, {
      fetcher: emulatorFetcher(emulator),
    });
    await waitFor(() => expect(container.querySelectorAll('[data-paw-stat]').length).toBeGreaterThanOrEqual(6), { timeout: 15_000 });
    const stats = statValues(container);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await screen.findByRole('table', {}, { timeout: 5_000 });
    const table = readTable(container);
    expect(table.headers.slice(0, 4)).toEqual(['Figure', 'This period', 'Previous period', 'Change']);
    const byName = new Map(table.rows.map((row) => [row[0], row[1]]));
    expect(byName.get('Signals')).toBe(stats.signals);
    expect(byName.get('Margin')).toBe(stats.margin);
    expect(byName.get('AI cost')).toBe(stats.aiCost);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('analytics-kpis-2026-10-22-to-2026-11-20.csv');
    const [header, ...rows] = parseCsv(csv);
    expect(header).toEqual(['Figure', 'This period', 'Previous period', 'Change', 'Unit']);
    const signalsRow = rows.find((row) => row[0] === 'Signals')!;
    expect(signalsRow[1]).toBe(await scalar(`SELECT count() FROM fact_signal WHERE ${inWindow}`));
    const costRow = rows.find((row) => row[0] === 'AI cost')!;
    // Major units, every digit: the cents of the SQL sum, over 100.
    const cents = await scalar(`SELECT toString(sum(cost_amount)) FROM fact_cost WHERE ${inWindow}`);
    expect(units(costRow[1]!) * 100n).toBe(units(cents));
    expect(costRow[4]).toBe('USD');
  });

  it('reads in German with de-DE formatters and translated labels', async () => {
    const { container } = renderWithProvider(
      <AnalyticsKpis from={WINDOW.from} to={WINDOW.to} kpis={['signals', 'revenue']} labels={{ title: 'Kennzahlen', kpis: { signals: 'Signale', revenue: 'Umsatz' }, versusPrevious: 'ggü. Vorperiode' }} />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE', currency: 'EUR' },
    );
    await waitFor(() => expect(container.querySelectorAll('[data-paw-stat]').length).toBe(2), { timeout: 15_000 });
    const de = createFormatters({ locale: 'de-DE', currency: 'EUR', timeZone: 'UTC' });
    const signals = await scalar(`SELECT count() FROM fact_signal WHERE ${inWindow}`);
    expect(screen.getByRole('heading', { name: 'Kennzahlen' })).toBeTruthy();
    expect(statValues(container).signals).toBe(de.count(signals));
    // Revenue stays in the invoices' own currency (USD), formatted the German way.
    expect(statValues(container).revenue).toMatch(/\$$/);
    expect(container.textContent).toMatch(/Signale.*ggü\. Vorperiode/);
  });

  it('shows its error state with Retry, and the host page survives', async () => {
    const { fetcher, calls } = failingFetcher('QUERY_TIMEOUT');
    renderWithProvider(
      <div>
        <p>host content</p>
        <AnalyticsKpis from={WINDOW.from} to={WINDOW.to} />
      </div>,
      { fetcher },
    );
    await waitFor(() => expect(screen.getByRole('button', { name: /Retry/ })).toBeTruthy());
    expect(screen.getByText('host content')).toBeTruthy();
    expect(calls()).toBeGreaterThan(0);
  });

  it('contains a formatter that throws: error state, onError called, host content kept', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>host content</p>
        <AnalyticsKpis
          from={WINDOW.from}
          to={WINDOW.to}
          onError={onError}
          countFormatter={() => {
            throw new RangeError('bad locale');
          }}
        />
      </div>,
      { fetcher: emulatorFetcher(emulator) },
    );
    await waitFor(() => expect(onError).toHaveBeenCalled(), { timeout: 15_000 });
    expect(screen.getByText('host content')).toBeTruthy();
    expect(onError.mock.calls[0]![0].code).toBe('RENDER_ERROR');
  });
});
