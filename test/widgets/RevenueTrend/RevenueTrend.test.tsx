import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { RevenueTrend } from '../../../src/widgets/RevenueTrend/RevenueTrend';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const FROM = '2025-12-01T00:00:00.000Z';
const TO = '2026-12-01T00:00:00.000Z';
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });

/** Revenue and cash in the window, summed by direct SQL (not the named query). */
async function sqlTotals(apiKey?: string): Promise<{ invoiced: bigint; collected: bigint }> {
  const body = await queryRows(
    emulator,
    `SELECT
       (SELECT sum(total_excl_tax) FROM fact_invoice WHERE status = 'posted' AND issue_date >= toDate('2025-12-01') AND issue_date < toDate('2026-12-01')),
       (SELECT sum(amount) FROM fact_payment WHERE payment_status = 'posted' AND paid_at >= toDateTime64('2025-12-01 00:00:00', 3, 'UTC') AND paid_at < toDateTime64('2026-12-01 00:00:00', 3, 'UTC'))`,
    apiKey,
  );
  return { invoiced: BigInt(body.rows[0]![0] as string), collected: BigInt(body.rows[0]![1] as string) };
}

/** The texts of the table's total row (pinned in its tfoot). */
const footerCells = (container: HTMLElement) => [...container.querySelectorAll('tfoot tr:last-child > *')].map((cell) => cell.textContent ?? '');

const statValue = (id: string) => document.querySelector(`[data-paw-stat="${id}"] dd`);

describe('RevenueTrend over the emulator', () => {
  it('heads with revenue and cash equal to direct SQL sums, each saying what it counts', async () => {
    renderWithProvider(<RevenueTrend from={FROM} to={TO} />, { fetcher: emulatorFetcher(emulator) });
    expect(screen.getByRole('status', { busy: true })).toBeInTheDocument();
    const { invoiced, collected } = await sqlTotals();
    expect(invoiced).toBeGreaterThan(0n);
    await waitFor(() => expect(statValue('invoiced')).toHaveTextContent(usd.cents(invoiced)), { timeout: 20_000 });
    expect(statValue('collected')).toHaveTextContent(usd.cents(collected));
    expect(document.querySelector('[data-paw-stat="invoiced"]')).toHaveTextContent('Posted invoices, before tax, by issue date');
    expect(document.querySelector('[data-paw-stat="collected"]')).toHaveTextContent('Posted payments, by day received');
    const chart = screen.getByRole('img');
    expect(chart).toHaveAccessibleName(expect.stringContaining(`Revenue ${usd.cents(invoiced)} and cash collected ${usd.cents(collected)} over 12 periods`));
    expect(screen.getByText('Dec 1, 2025 to Nov 30, 2026')).toBeInTheDocument();
  });

  it('tabulates every month, the total row equal to the headline, and exports the same rows as CSV', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<RevenueTrend from={FROM} to={TO} defaultView="table" onExportCsv={onExportCsv} />, { fetcher: emulatorFetcher(emulator) });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { headers, rows } = readTable(container);
    expect(headers).toEqual(['Period', 'Revenue', 'Invoices', 'Cash collected', 'Payments']);
    const total = footerCells(container);
    const months = rows;
    expect(months).toHaveLength(12);
    expect(months[0]![0]).toBe('Dec 2025');
    const { invoiced, collected } = await sqlTotals();
    expect(total).toEqual(['Total', usd.cents(invoiced), expect.any(String), usd.cents(collected), expect.any(String)]);
    expect(statValue('invoiced')).toHaveTextContent(total[1]!);
    expect(statValue('collected')).toHaveTextContent(total[3]!);
    // Each month's revenue adds up to the total, exactly.
    const cents = (text: string) => BigInt(text.replace(/[$,.]/g, ''));
    expect(months.reduce((sum, row) => sum + cents(row[1]!), 0n)).toBe(invoiced);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('revenue-trend-USD-2025-12-01-to-2026-11-30.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(['Period', 'Revenue (USD)', 'Invoices', 'Cash collected (USD)', 'Payments']);
    expect(csvRows).toHaveLength(13);
    expect(csvRows[0]![0]).toBe('2025-12-01');
    const csvTotal = csvRows.at(-1)!;
    expect(csvTotal[0]).toBe('Total');
    expect(BigInt(shiftDecimalPoint(csvTotal[1]!, 2))).toBe(invoiced);
    expect(BigInt(shiftDecimalPoint(csvTotal[3]!, 2))).toBe(collected);
    expect(csvRows.slice(0, -1).reduce((sum, row) => sum + BigInt(shiftDecimalPoint(row[3]!, 2)), 0n)).toBe(collected);
  });

  it('draws revenue and cash side by side (not stacked), one bar per month each', async () => {
    let option: { series: { name: string; data: (number | { value: number })[]; stack?: string }[] } | undefined;
    renderWithProvider(<RevenueTrend from={FROM} to={TO} onChartReady={(chart) => (option = chart.getOption() as never)} />, { fetcher: emulatorFetcher(emulator) });
    await waitFor(() => expect(option).toBeDefined(), { timeout: 20_000 });
    expect(option!.series.map((series) => series.name)).toEqual(['Revenue', 'Cash collected']);
    for (const series of option!.series) {
      expect(series.stack).toBeUndefined();
      expect(series.data).toHaveLength(12);
    }
    const plotted = option!.series[0]!.data.reduce<number>((sum, point) => sum + (typeof point === 'number' ? point : point.value), 0);
    expect(plotted).toBe(Number((await sqlTotals()).invoiced));
  });

  it('shows the data’s own currency (EUR for the second organization), whatever the provider’s', async () => {
    const apiKey = emulator.orgs[1]!.apiKey;
    renderWithProvider(<RevenueTrend from={FROM} to={TO} />, { fetcher: emulatorFetcher(emulator, apiKey) });
    const { invoiced } = await sqlTotals(apiKey);
    await waitFor(() => expect(statValue('invoiced')).toHaveTextContent(usd.cents(invoiced, { currency: 'EUR' })), { timeout: 20_000 });
    expect(statValue('invoiced')!.textContent).toContain('€');
  });

  it('asks for weekly buckets, one customer, and the widget’s zone', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    renderWithProvider(<RevenueTrend from={FROM} to={TO} defaultGranularity="week" customerId="cus_x" timeZone="Europe/Berlin" />, { fetcher: recorder.fetcher });
    await screen.findByText('No data for this period', {}, { timeout: 20_000 });
    expect(recorder.named('revenue-trend')[0]!.params).toMatchObject({ granularity: 'week', customerId: 'cus_x', timeZone: 'Europe/Berlin' });
  });

  it('speaks German: labels, numbers and dates', async () => {
    renderWithProvider(
      <RevenueTrend from={FROM} to={TO} defaultView="table" labels={{ title: 'Umsatz und Zahlungseingang', invoiced: 'Umsatz', collected: 'Zahlungseingang', period: 'Zeitraum', total: 'Summe', invoices: 'Rechnungen', payments: 'Zahlungen', collectedNote: 'Gebuchte Zahlungen', window: (a, b) => `${a} bis ${b}` }} />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE' },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    expect(screen.getByRole('region', { name: 'Umsatz und Zahlungseingang' })).toBeInTheDocument();
    const de = createFormatters({ locale: 'de-DE', currency: 'USD', timeZone: 'UTC' });
    const { invoiced } = await sqlTotals();
    expect(footerCells(document.body).slice(0, 2)).toEqual(['Summe', de.cents(invoiced)]);
    expect(readTable(document.body).rows[0]![0]).toBe('Dez. 2025');
    expect(screen.getByText('01.12.2025 bis 30.11.2026', { exact: false })).toBeInTheDocument();
    expect(document.querySelector('[data-paw-stat="collected"]')).toHaveTextContent('Gebuchte Zahlungen');
  });
});

describe('RevenueTrend on hand-made answers', () => {
  const columns = ['bucket', 'currency', 'invoiced', 'invoices', 'collected', 'payments'].map((name, index) => ({
    name,
    type: ["DateTime('UTC')", 'String', 'Int64', 'UInt64', 'Int64', 'UInt64'][index]!,
  }));
  const answer = (rows: unknown[][]): AnalyticsFetcher => async () => ({ columns, rows, meta: { rowCount: rows.length, elapsedMs: 1, truncated: false } });

  it('never adds currencies: one at a time, with a picker', async () => {
    const user = userEvent.setup();
    const fetcher = answer([
      ['2026-10-01 00:00:00', 'EUR', '5000', '1', '4000', '1'],
      ['2026-10-01 00:00:00', 'USD', '9007199254740993', '2', '0', '0'],
    ]);
    renderWithProvider(<RevenueTrend from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" />, { fetcher, currency: 'GBP' });
    const picker = await screen.findByRole('combobox', { name: 'Currency' });
    expect(picker).toHaveValue('EUR');
    expect(statValue('invoiced')).toHaveTextContent('€50.00');
    expect(statValue('collected')).toHaveTextContent('€40.00');
    await user.selectOptions(picker, 'USD');
    // Beyond 2^53, exact to the cent.
    expect(statValue('invoiced')).toHaveTextContent('$90,071,992,547,409.93');
  });

  it('offers only real currencies: rows in a malformed one are not money it can state, so no picker lists them', async () => {
    const fetcher = answer([
      ['2026-10-01 00:00:00', 'EUR', '5000', '1', '4000', '1'],
      ...Array.from({ length: 50 }, (_, index) => ['2026-10-01 00:00:00', `EUR-${index}`, '100', '1', '0', '0']),
      ['2026-10-01 00:00:00', 'usd ', '7', '1', '0', '0'],
    ]);
    renderWithProvider(<RevenueTrend from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" />, { fetcher, currency: 'GBP' });
    await waitFor(() => expect(statValue('invoiced')).toHaveTextContent('€50.00'));
    expect(screen.queryByRole('combobox', { name: 'Currency' })).toBeNull();
  });

  it('contains a formatter that throws: the widget’s error state and onError, the host page stays', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>Host content</p>
        <RevenueTrend from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" onError={onError} amountFormatter={() => { throw new RangeError('bad currency'); }} />
      </div>,
      { fetcher: answer([['2026-10-01 00:00:00', 'USD', '5000', '1', '4000', '1']]) },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
