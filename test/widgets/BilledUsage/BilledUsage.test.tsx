import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { BilledUsage } from '../../../src/widgets/BilledUsage/BilledUsage';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const footerCells = (container: HTMLElement) => [...container.querySelectorAll('tfoot tr:last-child > *')].map((cell) => cell.textContent ?? '');
const statValue = (id: string) => document.querySelector(`[data-paw-stat="${id}"] dd`);
const cents = (text: string) => BigInt(text.replace(/[$,.]/g, ''));

/** The customer whose running period (at the data's now) is furthest over its allowance — direct SQL over the raw signals. */
async function overageCustomer(): Promise<string> {
  const body = await queryRows(
    emulator,
    `SELECT u.customer_id FROM fact_usage_summary AS u
     GROUP BY u.customer_id ORDER BY sum(greatest(toInt64(u.signal_count) - toInt64(u.included_quantity), 0) * u.unit_price_amount) DESC, u.customer_id LIMIT 1`,
  );
  return body.rows[0]![0] as string;
}

describe('BilledUsage over the emulator', () => {
  it('shows the running billing period: meters per signal, overage so far and projected, the method on screen; table total = headline = CSV total', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const customerId = await overageCustomer();
    const { container } = renderWithProvider(<BilledUsage asOf={emulator.anchorTime} customerId={customerId} onExportCsv={onExportCsv} />, { fetcher: emulatorFetcher(emulator) });
    await waitFor(() => expect(statValue('overage')).not.toBeNull(), { timeout: 20_000 });
    expect(screen.getByText(/^Billing period .+ · day \d+ of \d+$/)).toBeInTheDocument();
    expect(container.querySelector('[data-paw-projection-method]')).toHaveTextContent('signals so far × (days in the billing period ÷ days elapsed)');
    const meters = screen.getByRole('list');
    expect(meters).toHaveAccessibleName(expect.stringMatching(/billed signals?, \d+ over the included allowance; overage so far \$[\d,.]+, projected \$[\d,.]+ by the end of the billing period/));
    expect(within(meters).getAllByRole('listitem').length).toBeGreaterThan(0);
    const overage = statValue('overage')!.textContent!;
    const projected = statValue('projected')!.textContent!;
    expect(cents(projected)).toBeGreaterThanOrEqual(cents(overage));

    await user.click(screen.getByRole('button', { name: 'Table' }));
    await screen.findByRole('table');
    const { headers, rows } = readTable(container);
    expect(headers).toEqual(['Signal', 'Used', 'Included', 'Used %', 'Over allowance', 'Overage', 'Projected use', 'Projected over', 'Projected overage']);
    const total = footerCells(container);
    expect(total[0]).toBe('Total');
    expect(total[5]).toBe(overage);
    expect(total[8]).toBe(projected);
    expect(rows.reduce((sum, row) => sum + cents(row[5]!), 0n)).toBe(cents(overage));
    // Used so far in the running period = the signals since it began, counted directly.
    const used = rows.reduce((sum, row) => sum + BigInt(row[1]!.replace(/,/g, '')), 0n);
    expect(total[1]).toBe(usd.count(used));

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv] = onExportCsv.mock.calls[0]! as [string];
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(['Signal', 'Used', 'Included', 'Over allowance', 'Overage (USD)', 'Projected use', 'Projected over', 'Projected overage (USD)']);
    expect(csvRows.at(-1)![0]).toBe('Total');
    expect(usd.cents(BigInt(shiftDecimalPoint(csvRows.at(-1)![4]!, 2)))).toBe(overage);
    expect(usd.cents(BigInt(shiftDecimalPoint(csvRows.at(-1)![7]!, 2)))).toBe(projected);
  });

  it('for every customer, says the periods are each customer’s own', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    renderWithProvider(<BilledUsage asOf={emulator.anchorTime} />, { fetcher: recorder.fetcher });
    expect(await screen.findByText(/^Current billing periods \(each customer’s own\) from /, {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(recorder.named('billing-period-usage')[0]!.params).toMatchObject({ asOf: new Date(emulator.anchorTime) });
  });

  it('is the empty state for a customer without usage billing', async () => {
    renderWithProvider(<BilledUsage asOf={emulator.anchorTime} customerId="cus_nobody" />, { fetcher: emulatorFetcher(emulator) });
    expect(await screen.findByText('No data for this period', {}, { timeout: 20_000 })).toBeInTheDocument();
  });
});

describe('BilledUsage on hand-made answers', () => {
  const names = ['signal_name', 'customers', 'period_start', 'period_end', 'elapsed_share', 'used', 'included', 'overage', 'overage_amount', 'projected_used', 'projected_overage', 'projected_amount'];
  const types = ['String', 'UInt64', 'Date', 'Date', 'Float64', 'UInt64', 'UInt64', 'UInt64', 'Int64', 'UInt64', 'UInt64', 'Int64'];
  const answer = (rows: unknown[][]): AnalyticsFetcher => async () => ({ columns: names.map((name, i) => ({ name, type: types[i]! })), rows, meta: { rowCount: rows.length, elapsedMs: 1, truncated: false } });
  const rows = [
    ['<img src=x onerror=alert(1)>', '1', '2026-11-01', '2026-11-30', 0.5, '1500', '1000', '500', '2500', '3000', '2000', '10000'],
    ['search', '1', '2026-11-01', '2026-11-30', 0.5, '200', '1000', '0', '0', '400', '0', '0'],
  ];

  it('words one period with its day, meters with text, names as text, in German', async () => {
    renderWithProvider(
      <BilledUsage
        labels={{
          overageSoFar: 'Mehrverbrauch bisher',
          period: (a, b, day, days) => `Abrechnungszeitraum ${a} – ${b} · Tag ${day} von ${days}`,
          meterText: (used, included, projected) => `${used} von ${included} inklusive · Prognose ${projected}`,
        }}
      />,
      { fetcher: answer(rows), locale: 'de-DE', currency: 'EUR' },
    );
    expect(await screen.findByText('Abrechnungszeitraum 01.11.2026 – 30.11.2026 · Tag 15 von 30')).toBeInTheDocument();
    expect(statValue('overage')).toHaveTextContent('25,00 €');
    expect(statValue('projected')).toHaveTextContent('100,00 €');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('<img src=x onerror=alert(1)>1.500 von 1.000 inklusive · Prognose 3.000');
    expect(items[0]).toHaveAttribute('data-paw-meter', 'over');
    expect(items[1]).toHaveAttribute('data-paw-meter', '');
    expect(document.querySelector('img')).toBeNull();
  });

  it('shows the largest meters up to the limit and counts the rest, which the table lists', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProvider(<BilledUsage limit={1} />, { fetcher: answer(rows) });
    const meters = await screen.findByRole('list');
    expect(within(meters).getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText('1 more signal in the table')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await screen.findByRole('table');
    expect(readTable(container).rows).toHaveLength(2);
  });

  it('contains a formatter that throws: the widget’s error state and onError, the host page stays', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>Host content</p>
        <BilledUsage onError={onError} amountFormatter={() => { throw new RangeError('bad'); }} />
      </div>,
      { fetcher: answer(rows) },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
