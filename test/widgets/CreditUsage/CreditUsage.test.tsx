import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher, AnalyticsRequest } from '../../../src/core/contract';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { CreditUsage } from '../../../src/widgets/CreditUsage/CreditUsage';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const FROM = '2026-08-01T00:00:00.000Z';
const TO = '2026-11-21T00:00:00.000Z';
const WINDOW = `type = 'SPEND' AND created_at >= toDateTime64('2026-08-01 00:00:00', 3, 'UTC') AND created_at < toDateTime64('2026-11-21 00:00:00', 3, 'UTC')`;
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const credits = (value: string) => usd.count(value, { maximumFractionDigits: 20 });

/** The credits currency that spent most in the window, its name and its spends per signal / product — direct SQL, exact text. */
async function sqlSpends(by: 'signal_name' | 'product_id'): Promise<{ currency: string; name: string; total: string; rows: Map<string, string> }> {
  const [top] = (await queryRows(emulator, `SELECT credits_currency_id, toString(sum(amount)) FROM fact_credit_transaction WHERE ${WINDOW} GROUP BY credits_currency_id ORDER BY sum(amount) DESC LIMIT 1`)).rows;
  const currency = top![0] as string;
  const [named] = (await queryRows(emulator, `SELECT name FROM dim_credits_currency WHERE id = '${currency}'`)).rows;
  const body = await queryRows(
    emulator,
    `SELECT ifNull(${by === 'product_id' ? 'p.name' : 'signal_name'}, ''), toString(sum(amount)) FROM fact_credit_transaction AS t
     ${by === 'product_id' ? 'LEFT JOIN dim_product AS p ON p.id = t.product_id' : ''}
     WHERE ${WINDOW} AND credits_currency_id = '${currency}' GROUP BY 1`,
  );
  return { currency, name: named![0] as string, total: top![1] as string, rows: new Map(body.rows.map((row) => [row[0] as string, row[1] as string])) };
}

const footerRows = (container: HTMLElement) => [...container.querySelectorAll('tfoot tr')].map((row) => [...row.children].map((cell) => cell.textContent ?? ''));
const statValue = (id: string) => document.querySelector(`[data-paw-stat="${id}"] dd`);

describe('CreditUsage over the emulator', () => {
  it('heads with the credits spent in the currency that spent most, exact as direct SQL, and lists signals with the same total', async () => {
    renderWithProvider(<CreditUsage from={FROM} to={TO} />, { fetcher: emulatorFetcher(emulator) });
    const expected = await sqlSpends('signal_name');
    expect(expected.rows.size).toBeGreaterThan(1);
    await waitFor(() => expect(statValue('spent')).toHaveTextContent(credits(expected.total)), { timeout: 20_000 });
    expect(document.querySelector('[data-paw-stat="spent"] dt')).toHaveTextContent(`Credits spent (${expected.name})`);
    expect(statValue('spenders')).toHaveTextContent(String(expected.rows.size));
    expect(document.querySelector('[data-paw-bar-total]')).toHaveTextContent(credits(expected.total));
    expect(screen.getByRole('list')).toHaveAccessibleName(expect.stringContaining(`${credits(expected.total)} ${expected.name} spent by signal, Aug 1, 2026 to Nov 20, 2026; most: `));
  });

  it('tabulates every signal exactly, then by product; the total row equals the headline and the CSV keeps every digit', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<CreditUsage from={FROM} to={TO} defaultView="table" onExportCsv={onExportCsv} />, { fetcher: emulatorFetcher(emulator) });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const bySignal = await sqlSpends('signal_name');
    let table = readTable(container);
    expect(table.headers).toEqual(['Signal', 'Credits spent', 'Share', 'Transactions', 'Customers']);
    expect(new Map(table.rows.map((row) => [row[0]!, row[1]!]))).toEqual(new Map([...bySignal.rows].map(([name, spent]) => [name, credits(spent)])));
    expect(footerRows(container)).toEqual([['Total', credits(bySignal.total), '100%', '', '']]);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe(`credit-usage-${bySignal.currency}-by-signal-2026-08-01-to-2026-11-20.csv`);
    const [headers, ...rows] = parseCsv(csv);
    expect(headers).toEqual(['Signal', `Credits spent (${bySignal.name})`, 'Transactions', 'Customers']);
    expect(rows.at(-1)!.slice(0, 2)).toEqual(['Total', bySignal.total]);
    expect(new Map(rows.slice(0, -1).map((row) => [row[0]!, row[1]!]))).toEqual(bySignal.rows);

    await user.click(screen.getByRole('button', { name: 'By product' }));
    const byProduct = await sqlSpends('product_id');
    await waitFor(() => expect(readTable(container).headers[0]).toBe('Product'), { timeout: 20_000 });
    table = readTable(container);
    expect(new Map(table.rows.map((row) => [row[0]!, row[1]!]))).toEqual(new Map([...byProduct.rows].map(([name, spent]) => [name, credits(spent)])));
    expect(footerRows(container)[0]!.slice(0, 2)).toEqual(['Total', credits(byProduct.total)]);
  });

  it('asks for one customer; with no spends it is the empty state', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    renderWithProvider(<CreditUsage from={FROM} to={TO} customerId="cus_nobody" />, { fetcher: recorder.fetcher });
    await screen.findByText('No data for this period', {}, { timeout: 20_000 });
    expect(recorder.named('credit-flow')[0]!.params).toMatchObject({ customerId: 'cus_nobody' });
    expect(recorder.named('credit-usage')).toHaveLength(0);
  });
});

describe('CreditUsage on hand-made answers', () => {
  const flowColumns = ['credits_currency_id', 'currency_name', 'unit_label', 'granted', 'spent', 'pending', 'net', 'balance'];
  const usageColumns = ['key', 'label', 'spent', 'transactions', 'customers'];
  const body = (names: string[], types: string[], rows: unknown[][]) => ({
    columns: names.map((name, index) => ({ name, type: types[index]! })),
    rows,
    meta: { rowCount: rows.length, elapsedMs: 1, truncated: false },
  });
  const fetcher: AnalyticsFetcher = async (request: AnalyticsRequest) => {
    if (request.kind !== 'query') throw new Error('unexpected');
    if (request.name === 'credit-flow') {
      return body(flowColumns, ['String', 'String', 'String', 'String', 'String', 'String', 'String', 'String'], [
        ['cc_a', 'AI credits', 'credit', '0', '12345678901234567.123457', '0', '0', '0'],
        ['cc_b', 'Voice minutes', 'minute', '0', '2.5', '0', '0', '0'],
      ]);
    }
    const a = request.params['creditsCurrencyId'] === 'cc_a';
    return body(usageColumns, ['String', 'String', 'String', 'UInt64', 'UInt64'], a
      ? [['<b>x</b>', '<b>x</b>', '12345678901234567', '3', '1'], ['s2', 's2', '0.1', '1', '1']]
      : [['call', 'call', '2.5', '1', '1']]);
  };

  it('keeps every digit, shows spends the query did not list as Other, and never adds credits currencies', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProvider(<CreditUsage from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" defaultView="table" />, { fetcher });
    const picker = await screen.findByRole('combobox', { name: 'Credits currency' });
    expect(picker).toHaveValue('cc_a');
    await screen.findByRole('table');
    expect(statValue('spent')).toHaveTextContent('12,345,678,901,234,567.123457');
    expect(readTable(container).rows.map((row) => row.slice(0, 2))).toEqual([['<b>x</b>', '12,345,678,901,234,567'], ['s2', '0.1']]);
    expect(footerRows(container).map((row) => row.slice(0, 2))).toEqual([['Other', '0.023457'], ['Total', '12,345,678,901,234,567.123457']]);
    expect(container.querySelector('b')).toBeNull();
    await user.selectOptions(picker, 'cc_b');
    await waitFor(() => expect(statValue('spent')).toHaveTextContent('2.5'));
    expect(document.querySelector('[data-paw-stat="spent"] dt')).toHaveTextContent('Credits spent (Voice minutes)');
  });

  it('offers each credits currency once, even when an answer repeats one', async () => {
    const repeating: AnalyticsFetcher = async (request, init) => {
      const answer = (await fetcher(request, init)) as { rows: unknown[][] };
      return request.kind === 'query' && request.name === 'credit-flow' ? { ...answer, rows: [...answer.rows, ...answer.rows, ...answer.rows] } : answer;
    };
    renderWithProvider(<CreditUsage from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" />, { fetcher: repeating });
    const picker = await screen.findByRole('combobox', { name: 'Credits currency' });
    expect(within(picker).getAllByRole('option').map((option) => option.getAttribute('value'))).toEqual(['cc_a', 'cc_b']);
  });

  it('lists the largest spenders and sums the rest with the unlisted spends into Other, the list total the headline', async () => {
    renderWithProvider(<CreditUsage from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" creditsCurrencyId="cc_a" limit={1} />, { fetcher });
    const list = await screen.findByRole('list');
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['<b>x</b>12,345,678,901,234,567', 'Other0.123457']);
    expect(document.querySelector('[data-paw-bar-total]')).toHaveTextContent('12,345,678,901,234,567.123457');
    expect(screen.queryByRole('combobox')).toBeNull();
  });

  it('speaks German: labels and every digit of the credits, the German way', async () => {
    const { container } = renderWithProvider(
      <CreditUsage from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" creditsCurrencyId="cc_a" defaultView="table" labels={{ spent: 'Verbraucht', signal: 'Signal', share: 'Anteil', transactions: 'Buchungen', customers: 'Kunden', total: 'Summe', other: 'Andere' }} />,
      { fetcher, locale: 'de-DE' },
    );
    await screen.findByRole('table');
    expect(statValue('spent')).toHaveTextContent('12.345.678.901.234.567,123457');
    expect(readTable(container).headers).toEqual(['Signal', 'Verbraucht', 'Anteil', 'Buchungen', 'Kunden']);
    expect(footerRows(container).map((row) => row.slice(0, 2))).toEqual([['Andere', '0,023457'], ['Summe', '12.345.678.901.234.567,123457']]);
  });

  it('contains a formatter that throws: the widget’s error state and onError, the host page stays', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>Host content</p>
        <CreditUsage from="2026-10-01T00:00:00Z" to="2026-11-01T00:00:00Z" onError={onError} creditsFormatter={() => { throw new RangeError('bad'); }} />
      </div>,
      { fetcher },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
