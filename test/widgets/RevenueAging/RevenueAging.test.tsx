import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EChartsType } from 'echarts/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';
import { queryRows, startTestEmulator, TEST_ANCHOR_DATE, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const AS_OF = TEST_ANCHOR_DATE;
/** The emulator's planted hostile customer name. */
const HOSTILE_CUSTOMER = '<img src=x onerror=alert(1)>';
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const BUCKET_HEADERS = ['Current', '1–30 days', '31–60 days', '61–90 days', '90+ days'];

/** Posted invoices with something owed, issued by the day — written apart from the named query. */
const OWED = `status = 'posted' AND amount_due > 0 AND issue_date <= toDate('${AS_OF}')`;
/** Days past due as a date difference (the named query uses dateDiff). */
const LATE = `(toDate('${AS_OF}') - due_date)`;

async function sqlAmount(where: string, apiKey?: string): Promise<bigint> {
  const body = await queryRows(emulator, `SELECT sum(amount_due) FROM fact_invoice WHERE ${OWED} AND ${where}`, apiKey);
  return BigInt(body.rows[0]![0] as string);
}

/** What each customer owes per bucket, by name (names are unique in the seed). */
async function sqlByCustomer(): Promise<Map<string, bigint[]>> {
  const body = await queryRows(
    emulator,
    `SELECT c.name,
       sumIf(i.amount_due, ${LATE} <= 0), sumIf(i.amount_due, ${LATE} BETWEEN 1 AND 30), sumIf(i.amount_due, ${LATE} BETWEEN 31 AND 60),
       sumIf(i.amount_due, ${LATE} BETWEEN 61 AND 90), sumIf(i.amount_due, ${LATE} > 90)
     FROM fact_invoice AS i INNER JOIN dim_customer AS c ON c.id = i.customer_id
     WHERE ${OWED.replace(/(status|amount_due|issue_date)/g, 'i.$1')}
     GROUP BY c.name`,
  );
  return new Map(body.rows.map((row) => [row[0] as string, (row.slice(1) as string[]).map(BigInt)]));
}

const waitForStat = (id: string) =>
  waitFor(
    () => {
      const stat = document.querySelector(`[data-paw-stat="${id}"]`);
      expect(stat).not.toBeNull();
      return stat as HTMLElement;
    },
    { timeout: 20_000 },
  );

describe('RevenueAging over the emulator', () => {
  it('shows the loading state first, then the total outstanding and the overdue share of an independent SQL sum', async () => {
    renderWithProvider(<RevenueAging asOf={AS_OF} />, { fetcher: emulatorFetcher(emulator) });
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading');
    const outstanding = await waitForStat('outstanding');
    const total = await sqlAmount('1');
    const overdue = await sqlAmount(`due_date < toDate('${AS_OF}')`);
    expect(total).toBeGreaterThan(0n);
    expect(within(outstanding).getByRole('definition')).toHaveTextContent(usd.cents(total));
    const overdueStat = document.querySelector('[data-paw-stat="overdue"]') as HTMLElement;
    const [amount, share] = within(overdueStat).getAllByRole('definition');
    expect(amount).toHaveTextContent(usd.cents(overdue));
    const expectedShare = usd.percent(Number(overdue) / Number(total), { maximumFractionDigits: 1 });
    expect(share).toHaveTextContent(`${expectedShare} of outstanding`);
    expect(screen.getByText('As of Nov 20, 2026')).toBeInTheDocument();
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining(`${usd.cents(total)} outstanding as of Nov 20, 2026, ${expectedShare} overdue`));
  });

  it('shows a table of every customer owing, each bucket equal to SQL, summing to the SQL total', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProvider(<RevenueAging asOf={AS_OF} topCustomers={100} pageSize={100} defaultView="table" />, { fetcher: emulatorFetcher(emulator) });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { headers, rows } = readTable(container);
    expect(headers).toEqual(['Customer', ...BUCKET_HEADERS, 'Total']);
    const expected = await sqlByCustomer();
    expect(rows).toHaveLength(expected.size);
    let tableTotal = 0n;
    for (const row of rows) {
      const amounts = expected.get(row[0]!);
      expect(amounts, row[0]).toBeDefined();
      expect(row.slice(1, 6)).toEqual(amounts!.map((cents) => usd.cents(cents)));
      const customerTotal = amounts!.reduce((sum, cents) => sum + cents, 0n);
      expect(row[6]).toBe(usd.cents(customerTotal));
      tableTotal += customerTotal;
    }
    expect(tableTotal).toBe(await sqlAmount('1'));
    expect(rows.map((row) => row[0])).toContain(HOSTILE_CUSTOMER);
    expect(container.querySelector('img')).toBeNull();

    // Most owed first; a click on 90+ sorts by it (descending first), exactly.
    const totals = rows.map((row) => expected.get(row[0]!)!.reduce((sum, cents) => sum + cents, 0n));
    expect(totals).toEqual([...totals].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: /90\+ days/ }));
    const late = readTable(container).rows.map((row) => expected.get(row[0]!)![4]!);
    expect(late).toEqual([...late].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('stacks the top customers and the rest so each bar is its bucket’s SQL total', async () => {
    let chart: EChartsType | undefined;
    renderWithProvider(<RevenueAging asOf={AS_OF} topCustomers={3} onChartReady={(instance) => (chart = instance)} />, { fetcher: emulatorFetcher(emulator) });
    await waitFor(() => expect(chart).toBeDefined(), { timeout: 20_000 });
    const option = chart!.getOption() as { series: { name: string; data: number[] }[]; tooltip: { formatter: (params: unknown) => string }[]; legend: { formatter: (name: string) => string }[] };
    const owedByName = [...(await sqlByCustomer()).entries()].map(([name, amounts]) => [name, amounts.reduce((sum, amount) => sum + amount, 0n)] as const);
    const top3 = owedByName.sort((a, b) => (a[1] === b[1] ? 0 : a[1] > b[1] ? -1 : 1)).slice(0, 3).map(([name]) => name);
    expect(option.series.map((series) => series.name)).toEqual([...top3, 'Other customers']);
    expect(top3).toContain(HOSTILE_CUSTOMER);
    const buckets = [`${LATE} <= 0`, `${LATE} BETWEEN 1 AND 30`, `${LATE} BETWEEN 31 AND 60`, `${LATE} BETWEEN 61 AND 90`, `${LATE} > 90`];
    for (const [index, where] of buckets.entries()) {
      const stacked = option.series.reduce((sum, series) => sum + series.data[index]!, 0);
      const sql = await sqlAmount(where);
      expect(stacked).toBe(Number(sql));
      const html = option.tooltip[0]!.formatter([{ dataIndex: index }]);
      expect(html).toMatch(new RegExp(`>Total</td><td[^>]*>${usd.cents(sql).replace(/[$.]/g, '\\$&')}<`));
    }
    const html = option.tooltip[0]!.formatter([{ dataIndex: 4 }]);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img');
    // The legend is HTML: the hostile name is a button's text.
    expect(within(screen.getByRole('list', { name: 'Customer' })).getByRole('button', { name: HOSTILE_CUSTOMER })).toBeTruthy();
  });

  it('exports as CSV exactly the table’s rows and columns, amounts exact in major units', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<RevenueAging asOf={AS_OF} defaultView="table" onExportCsv={onExportCsv} />, { fetcher: emulatorFetcher(emulator) });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe(`revenue-aging-USD-${AS_OF}.csv`);
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    const shown = readTable(container);
    expect(csvHeaders).toEqual(['Customer', ...[...BUCKET_HEADERS, 'Total'].map((header) => `${header} (USD)`)]);
    // The customers shown, then "Other customers" and the Total row, as in the table.
    const shownRows = [...shown.rows, ...shown.footers];
    expect(csvRows).toHaveLength(shownRows.length);
    expect(shown.rows).toHaveLength(10);
    expect(shown.footers.map((row) => row[0])).toEqual(['Other customers', 'Total']);
    csvRows.forEach((csvRow, index) => {
      expect(csvRow[0]).toBe(shownRows[index]![0]);
      expect(csvRow.slice(1).map((major) => usd.cents(shiftDecimalPoint(major, 2)))).toEqual(shownRows[index]!.slice(1));
    });
    // Headline = table total = CSV total = SQL (not just the top customers' share).
    const total = await sqlAmount('1');
    const headline = within(document.querySelector('[data-paw-stat="outstanding"]') as HTMLElement).getByRole('definition').textContent;
    expect(headline).toBe(usd.cents(total));
    expect(shown.footers[1]!.at(-1)).toBe(headline);
    expect(csvRows.at(-1)!.at(-1)).toBe(shiftDecimalPoint(total.toString(), -2));
  });

  it('shows amounts in the data’s own currency (EUR for the second organization), whatever the provider’s', async () => {
    const apiKey = emulator.orgs[1]!.apiKey;
    renderWithProvider(<RevenueAging asOf={AS_OF} />, { fetcher: emulatorFetcher(emulator, apiKey) });
    const outstanding = await waitForStat('outstanding');
    const total = await sqlAmount('1', apiKey);
    expect(within(outstanding).getByRole('definition')).toHaveTextContent(usd.cents(total, { currency: 'EUR' }));
    expect(outstanding.textContent).toContain('€');
  });

  it('shows the empty state when no invoice was issued by the day', async () => {
    renderWithProvider(<RevenueAging asOf="2000-01-01" />, { fetcher: emulatorFetcher(emulator) });
    expect(await screen.findByText('Nothing outstanding', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByText(/time range/)).toBeNull(); // RevenueAging has none to widen
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('asks for one customer and one currency when given, and counts days to today in its zone by default', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    const now = () => new Date('2026-11-20T23:30:00Z'); // already Nov 21 in Berlin
    const customerId = (await queryRows(emulator, `SELECT id FROM dim_customer WHERE name LIKE 'O''Brien%'`)).rows[0]![0] as string;
    const { container } = renderWithProvider(
      <RevenueAging customerId={customerId} currency="USD" timeZone="Europe/Berlin" now={now} defaultView="table" />,
      { fetcher: recorder.fetcher },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    expect(recorder.named('revenue-aging')[0]!.params).toMatchObject({ asOf: '2026-11-21', timeZone: 'Europe/Berlin', customerId, currency: 'USD' });
    expect(readTable(container).rows.map((row) => row[0])).toEqual(["O'Brien & Sons \"Fine\" Goods"]);
    expect(screen.getByText('As of Nov 21, 2026')).toBeInTheDocument();
  });
});

describe('RevenueAging controls', () => {
  it('toggles chart and table from the keyboard (uncontrolled) and follows a controlled view', async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    const { rerender } = renderWithProvider(<RevenueAging asOf={AS_OF} onViewChange={onViewChange} />, { fetcher: emulatorFetcher(emulator) });
    await screen.findByRole('img', {}, { timeout: 20_000 });
    screen.getByRole('button', { name: 'Table' }).focus();
    await user.keyboard('{Enter}');
    expect(onViewChange).toHaveBeenCalledWith('table');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();

    rerender(<RevenueAging asOf={AS_OF} view="chart" onViewChange={onViewChange} />);
    expect(screen.getByRole('img')).toBeInTheDocument();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Table' }));
    });
    expect(onViewChange).toHaveBeenLastCalledWith('table');
    expect(screen.getByRole('img')).toBeInTheDocument(); // controlled: the parent decides
  });

  it('re-queries for a new day, keeping the old figures on screen meanwhile', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    const { rerender } = renderWithProvider(<RevenueAging asOf={AS_OF} />, { fetcher: recorder.fetcher });
    await waitForStat('outstanding');
    rerender(<RevenueAging asOf="2026-10-01" />);
    expect(screen.queryByRole('status', { busy: true })).toBeNull();
    const earlier = usd.cents(
      BigInt(
        (await queryRows(emulator, `SELECT sum(amount_due) FROM fact_invoice WHERE status = 'posted' AND amount_due > 0 AND issue_date <= toDate('2026-10-01')`)).rows[0]![0] as string,
      ),
    );
    await waitFor(() => expect(document.querySelector('[data-paw-stat="outstanding"] dd')).toHaveTextContent(earlier), { timeout: 20_000 });
    expect(screen.getByText('As of Oct 1, 2026')).toBeInTheDocument();
    expect(recorder.named('revenue-aging').map((request) => request.params.asOf)).toEqual([AS_OF, '2026-10-01']);
  });

  it('offers a currency picker, reachable with Tab, when the data holds several currencies — never adding them up', async () => {
    const user = userEvent.setup();
    // Two currencies in one answer (one emulator organization has one): the API body, hand-made.
    const body = {
      columns: ['customer_id', 'customer_name', 'currency', 'bucket', 'amount_due', 'invoices', 'is_total'].map((name, index) => ({
        name,
        type: ['String', 'String', 'LowCardinality(String)', 'String', 'Int64', 'UInt64', 'Bool'][index]!,
      })),
      rows: [
        ['', '', 'EUR', '1-30', '5000', '1', true],
        ['c1', 'Euro GmbH', 'EUR', '1-30', '5000', '1', false],
        ['', '', 'USD', 'current', '12345', '2', true],
        ['c2', 'Dollar Inc', 'USD', 'current', '12345', '2', false],
      ],
      meta: { rowCount: 4, elapsedMs: 1, truncated: false },
    };
    const fetcher: AnalyticsFetcher = async () => structuredClone(body);
    renderWithProvider(<RevenueAging asOf={AS_OF} />, { fetcher, currency: 'GBP' });
    const picker = await screen.findByRole('combobox', { name: 'Currency' });
    expect(picker).toHaveValue('EUR'); // the provider's GBP is absent: the first present
    expect(document.querySelector('[data-paw-stat="outstanding"] dd')).toHaveTextContent('€50.00');
    // Reachable with Tab (a native select: the browser gives it arrow keys).
    for (let presses = 0; presses < 10 && document.activeElement !== picker; presses += 1) await user.tab();
    expect(picker).toHaveFocus();
    await user.selectOptions(picker, 'USD');
    expect(document.querySelector('[data-paw-stat="outstanding"] dd')).toHaveTextContent('$123.45');
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining('Dollar Inc'));
    expect(screen.getByRole('img')).not.toHaveAccessibleName(expect.stringContaining('Euro GmbH'));
  });
});
