import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { RevenueByProduct } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
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

/** Invoice line totals of posted invoices issued in the window, per product name — written apart from the named query. */
async function sqlByProduct(apiKey?: string): Promise<Map<string, bigint>> {
  const body = await queryRows(
    emulator,
    `SELECT p.name, sum(l.total_amount)
     FROM fact_invoice_line AS l
     INNER JOIN fact_invoice AS i ON i.id = l.invoice_id
     INNER JOIN fact_order_line AS o ON o.id = l.order_line_id
     INNER JOIN dim_product AS p ON p.id = o.product_id
     WHERE i.status = 'posted' AND i.issue_date >= '2025-12-01' AND i.issue_date < '2026-12-01'
     GROUP BY p.name`,
    apiKey,
  );
  return new Map(body.rows.map((row) => [row[0] as string, BigInt(row[1] as string)]));
}
const total = (map: Map<string, bigint>) => [...map.values()].reduce((sum, value) => sum + value, 0n);
const footerCells = (container: HTMLElement) => [...container.querySelectorAll('tfoot tr:last-child > *')].map((cell) => cell.textContent ?? '');
const statValue = (id: string) => document.querySelector(`[data-paw-stat="${id}"] dd`);

describe('RevenueByProduct over the emulator', () => {
  it('heads with the revenue of every product, equal to a direct SQL join, and lists the largest with the same total', async () => {
    renderWithProvider(<RevenueByProduct from={FROM} to={TO} />, { fetcher: emulatorFetcher(emulator) });
    expect(screen.getByRole('status', { busy: true })).toBeInTheDocument();
    const expected = await sqlByProduct();
    expect(expected.size).toBeGreaterThan(1);
    await waitFor(() => expect(statValue('revenue')).toHaveTextContent(usd.cents(total(expected))), { timeout: 20_000 });
    expect(statValue('products')).toHaveTextContent(String(expected.size));
    expect(document.querySelector('[data-paw-bar-total]')).toHaveTextContent(usd.cents(total(expected)));
    const list = screen.getByRole('list');
    const [largest] = [...expected.entries()].sort((a, b) => (a[1] > b[1] ? -1 : 1));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent(`${largest![0]}${usd.cents(largest![1])}`);
    expect(list).toHaveAccessibleName(expect.stringContaining(`Revenue ${usd.cents(total(expected))} from ${expected.size} products, Dec 1, 2025 to Nov 30, 2026; largest: ${largest![0]}`));
  });

  it('tabulates every product exactly, the total row equal to the headline, and exports the same as CSV', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<RevenueByProduct from={FROM} to={TO} defaultView="table" onExportCsv={onExportCsv} />, { fetcher: emulatorFetcher(emulator) });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const expected = await sqlByProduct();
    const { headers, rows } = readTable(container);
    expect(headers).toEqual(['Product', 'Revenue', 'Share', 'Invoice lines']);
    expect(new Map(rows.map((row) => [row[0]!, row[1]!]))).toEqual(new Map([...expected].map(([name, cents]) => [name, usd.cents(cents)])));
    expect(footerCells(container).slice(0, 3)).toEqual(['Total', usd.cents(total(expected)), '100%']);
    expect(statValue('revenue')).toHaveTextContent(footerCells(container)[1]!);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('revenue-by-product-USD-2025-12-01-to-2026-11-30.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(['Product', 'Revenue (USD)', 'Invoice lines']);
    expect(csvRows).toHaveLength(expected.size + 1);
    expect(csvRows.at(-1)!.slice(0, 2)).toEqual(['Total', shiftDecimalPoint(String(total(expected)), -2)]);
    expect(csvRows.slice(0, -1).reduce((sum, row) => sum + BigInt(shiftDecimalPoint(row[1]!, 2)), 0n)).toBe(total(expected));
  });

  it('shows the data’s own currency (EUR for the second organization)', async () => {
    const apiKey = emulator.orgs[1]!.apiKey;
    renderWithProvider(<RevenueByProduct from={FROM} to={TO} />, { fetcher: emulatorFetcher(emulator, apiKey) });
    const expected = await sqlByProduct(apiKey);
    await waitFor(() => expect(statValue('revenue')).toHaveTextContent(usd.cents(total(expected), { currency: 'EUR' })), { timeout: 20_000 });
  });

  it('asks for one customer when given; none of its invoices in the window is the empty state', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    renderWithProvider(<RevenueByProduct from={FROM} to={TO} customerId="cus_nobody" />, { fetcher: recorder.fetcher });
    await screen.findByText('No data for this period', {}, { timeout: 20_000 });
    expect(recorder.named('revenue-by-product')[0]!.params).toMatchObject({ customerId: 'cus_nobody' });
  });

  it('speaks German', async () => {
    const { container } = renderWithProvider(
      <RevenueByProduct from={FROM} to={TO} defaultView="table" labels={{ title: 'Umsatz nach Produkt', product: 'Produkt', revenue: 'Umsatz', share: 'Anteil', lines: 'Rechnungszeilen', total: 'Summe' }} />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE' },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const de = createFormatters({ locale: 'de-DE', currency: 'USD', timeZone: 'UTC' });
    expect(footerCells(container).slice(0, 3)).toEqual(['Summe', de.cents(total(await sqlByProduct())), de.percent(1, { maximumFractionDigits: 1 })]);
    expect(screen.getByRole('region', { name: 'Umsatz nach Produkt' })).toBeInTheDocument();
  });
});

describe('RevenueByProduct on hand-made answers', () => {
  const columns = ['product_id', 'product_name', 'currency', 'revenue', 'lines', 'invoices'].map((name, index) => ({
    name,
    type: ['String', 'String', 'String', 'Int64', 'UInt64', 'UInt64'][index]!,
  }));
  const answer = (rows: unknown[][]): AnalyticsFetcher => async () => ({ columns, rows, meta: { rowCount: rows.length, elapsedMs: 1, truncated: false } });

  it('sums what is past the limit into Other products, never adds currencies, and keeps names as text', async () => {
    const user = userEvent.setup();
    const rows = [
      ...Array.from({ length: 12 }, (_, index) => [`p${index}`, index === 0 ? '<img src=x onerror=alert(1)>' : `Product ${index}`, 'USD', String(1000 * (12 - index)), '1', '1']),
      ['p_eur', 'Euro agent', 'EUR', '9007199254740993', '1', '1'],
    ];
    renderWithProvider(<RevenueByProduct from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" limit={3} />, { fetcher: answer(rows) });
    const picker = await screen.findByRole('combobox', { name: 'Currency' });
    expect(picker).toHaveValue('USD');
    const items = within(screen.getByRole('list')).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual(['<img src=x onerror=alert(1)>$120.00', 'Product 1$110.00', 'Product 2$100.00', 'Other products$450.00']);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[data-paw-bar-total]')).toHaveTextContent('$780.00');
    expect(statValue('revenue')).toHaveTextContent('$780.00');
    await user.selectOptions(picker, 'EUR');
    expect(statValue('revenue')).toHaveTextContent('€90,071,992,547,409.93');
  });

  it('contains a formatter that throws: the widget’s error state and onError, the host page stays', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>Host content</p>
        <RevenueByProduct from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" onError={onError} amountFormatter={() => { throw new RangeError('bad currency'); }} />
      </div>,
      { fetcher: answer([['p1', 'Agent', 'USD', '5000', '1', '1']]) },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
