import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EChartsType } from 'echarts/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { addDecimals, canonicalDecimal, compareDecimals, divideDecimals, multiplyDecimals, subtractDecimals, sumDecimals } from '../../../src/core/decimal/decimalArithmetic';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, pendingFetcher, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const CURRENCY = 'cc_ai_credits';
/** Twelve whole weeks (Monday to Monday, UTC) before the anchor date. */
const WEEKS = { from: '2026-08-24T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' } as const;
const NOW_MS = Date.parse('2026-11-20T12:00:00.000Z');
const NOW = () => new Date(NOW_MS);
const DAY_MS = 86_400_000;
/** The exact decimal text of a cell shown in en-US (`'1,234.5'` → `'1234.5'`). */
const digits = (text: string) => canonicalDecimal(text.replace(/[^\d.-]/g, ''));
/** Credits as the widget shows them: every digit, grouped. */
const count = (value: string) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 }).format(value as unknown as number);

/** Grants, spends and pending in the window and the balance at its end, straight from SQL, as exact decimal text. */
async function sqlCredits(window: { from: string; to: string }, currency = CURRENCY) {
  const at = (iso: string) => `parseDateTime64BestEffort('${iso}', 3)`;
  const body = await queryRows(
    emulator,
    `SELECT
       toString(sumIf(amount, type = 'GRANT' AND created_at >= ${at(window.from)})) AS granted,
       toString(sumIf(amount, type = 'SPEND' AND created_at >= ${at(window.from)})) AS spent,
       toString(sumIf(amount, type = 'PENDING_GRANT' AND created_at >= ${at(window.from)})) AS pending,
       toString(sumIf(amount, type = 'GRANT') - sumIf(amount, type = 'SPEND')) AS balance
     FROM fact_credit_transaction
     WHERE credits_currency_id = '${currency}' AND created_at < ${at(window.to)}`,
  );
  const [granted, spent, pending, balance] = body.rows[0]!.map((value) => canonicalDecimal(value as string));
  return { granted: granted!, spent: spent!, pending: pending!, balance: balance! };
}

/** The burn-rate window at NOW: the 30 whole days before 2026-11-20 (UTC); the balance now is through the 20th. */
const RATE_WINDOW = { from: '2026-10-21T00:00:00.000Z', to: '2026-11-20T00:00:00.000Z', through: '2026-11-21T00:00:00.000Z' } as const;

describe('CreditBurn over the emulator', () => {
  it('shows loading, then the balance now, the burn rate of the last 30 days and the depletion date, exact as SQL', async () => {
    renderWithProvider(<CreditBurn creditsCurrencyId={CURRENCY} from={WEEKS.from} to={WEEKS.to} granularity="week" now={NOW} />, {
      fetcher: emulatorFetcher(emulator),
    });
    expect(screen.getByRole('status', { busy: true })).toBeInTheDocument();
    const balance = await waitFor(() => {
      const stat = document.querySelector('[data-paw-stat="balance"] dd');
      expect(stat).not.toBeNull();
      return stat!;
    }, { timeout: 20_000 });
    const chart = await sqlCredits(WEEKS);
    const now = await sqlCredits({ from: RATE_WINDOW.from, to: RATE_WINDOW.through });
    const rateWindow = await sqlCredits(RATE_WINDOW);
    expect(compareDecimals(rateWindow.spent, 0)).toBe(1);
    expect(chart.spent).toMatch(/\./); // fractional credits: the column is a Decimal
    expect(balance).toHaveTextContent(count(now.balance));
    const rate = divideDecimals(rateWindow.spent, 30, 6);
    const rateText = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1 }).format(rate as unknown as number);
    const rateStat = document.querySelector('[data-paw-stat="burn-rate"]')!;
    expect(rateStat.querySelector('dd')).toHaveTextContent(`${rateText} per day`);
    expect(rateStat).toHaveTextContent('Last 30 days');
    const depletionMs = divideDecimals(multiplyDecimals(now.balance, 30 * DAY_MS), rateWindow.spent, 0);
    const depletion = new Date(NOW_MS + Number(depletionMs));
    expect(document.querySelector('[data-paw-stat="depletion"] dd')).toHaveTextContent(
      new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' }).format(depletion),
    );
    expect(screen.getByRole('img')).toHaveAccessibleName(
      expect.stringContaining(`Balance ${count(now.balance)} credits; ${count(chart.granted)} granted and ${count(chart.spent)} spent from Aug 24, 2026 to Nov 15, 2026`),
    );
  });

  it('keeps the burn rate when the chart’s range changes (its own trailing window)', async () => {
    const rateOf = async (range: { from: string; to: string }) => {
      const { unmount } = renderWithProvider(<CreditBurn creditsCurrencyId={CURRENCY} from={range.from} to={range.to} granularity="week" now={NOW} />, {
        fetcher: emulatorFetcher(emulator),
      });
      const text = await waitFor(() => {
        const stat = document.querySelector('[data-paw-stat="burn-rate"] dd');
        expect(stat).not.toBeNull();
        return stat!.textContent;
      }, { timeout: 20_000 });
      unmount();
      return text;
    };
    const twelveWeeks = await rateOf(WEEKS);
    const oneMonth = await rateOf({ from: '2026-10-01T00:00:00.000Z', to: '2026-11-01T00:00:00.000Z' });
    expect(oneMonth).toBe(twelveWeeks);
  });

  it('shows a table whose sums and last balance match SQL, and exports exactly that table', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(
      <CreditBurn creditsCurrencyId={CURRENCY} from={WEEKS.from} to={WEEKS.to} granularity="week" defaultView="table" onExportCsv={onExportCsv} />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { headers, rows } = readTable(container);
    expect(headers).toEqual(['Period', 'Granted', 'Spent', 'Pending', 'Balance']);
    expect(rows).toHaveLength(12);
    const sql = await sqlCredits(WEEKS);
    const sum = (column: number) => sumDecimals(rows.map((row) => digits(row[column]!)));
    expect(sum(1)).toBe(sql.granted);
    expect(sum(2)).toBe(sql.spent);
    expect(sum(3)).toBe(sql.pending);
    expect(digits(rows.at(-1)![4]!)).toBe(sql.balance);
    // Each week's balance is the one before plus its grants minus its spends, to the last digit.
    for (let index = 1; index < rows.length; index += 1) {
      const [, granted, spent, , balance] = rows[index]!.map((cell, column) => (column === 0 ? '0' : digits(cell)));
      expect(balance).toBe(subtractDecimals(addDecimals(digits(rows[index - 1]![4]!), granted!), spent!));
    }
    // The first week's balance from SQL, independently.
    expect(digits(rows[0]![4]!)).toBe((await sqlCredits({ from: WEEKS.from, to: '2026-08-31T00:00:00.000Z' })).balance);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('credit-burn-2026-08-24-to-2026-11-15.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(headers);
    expect(csvRows.map((row) => row.slice(1))).toEqual(rows.map((row) => row.slice(1).map(digits)));
  });

  it('shows the empty state for a window before the first grant', async () => {
    renderWithProvider(<CreditBurn creditsCurrencyId={CURRENCY} from="2020-01-01T00:00:00Z" to="2020-02-01T00:00:00Z" />, { fetcher: emulatorFetcher(emulator) });
    expect(await screen.findByText('No data for this period', {}, { timeout: 20_000 })).toBeInTheDocument();
  });

  it('asks for a credits currency when none is given, and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    // A JavaScript host may leave the required prop out.
    const Untyped = CreditBurn as unknown as (props: Record<string, unknown>) => ReturnType<typeof CreditBurn>;
    renderWithProvider(<Untyped from={WEEKS.from} to={WEEKS.to} />, { fetcher: recorder.fetcher });
    expect(screen.getByText('No credits currency selected')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('status', { busy: true })).toBeNull();
    expect(recorder.requests).toHaveLength(0);
  });

  it('switches granularity from the keyboard and keeps the chart on the balance axis', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    let chart: EChartsType | undefined;
    const onGranularityChange = vi.fn();
    renderWithProvider(
      <CreditBurn creditsCurrencyId={CURRENCY} from={WEEKS.from} to={WEEKS.to} onGranularityChange={onGranularityChange} onChartReady={(instance) => (chart = instance)} />,
      { fetcher: recorder.fetcher },
    );
    const group = screen.getByRole('radiogroup', { name: 'Granularity' });
    expect(within(group).getAllByRole('radio').map((radio) => radio.textContent)).toEqual(['Day', 'Week', 'Month']);
    await waitFor(() => expect(chart).toBeDefined(), { timeout: 20_000 });
    const xAxisLength = () => (chart!.getOption() as { xAxis: { data: string[] }[] }).xAxis[0]!.data.length;
    expect(xAxisLength()).toBe(84);
    within(group).getByRole('radio', { name: 'Day' }).focus();
    await user.keyboard('{End}');
    expect(onGranularityChange).toHaveBeenCalledWith('month');
    await waitFor(() => expect(xAxisLength()).toBe(4), { timeout: 20_000 }); // Aug, Sep, Oct, Nov
    expect(recorder.named('credit-burn').at(-1)!.params).toMatchObject({ granularity: 'month', creditsCurrencyId: CURRENCY });
    const series = (chart!.getOption() as { series: { id: string; yAxisIndex: number }[] }).series;
    expect(series.find((item) => item.id === 'balance')!.yAxisIndex).toBe(1);
  });

  it('lists grants, spends and the balance in an HTML legend whose buttons switch series off in the chart, never the last one', async () => {
    const user = userEvent.setup();
    let chart: EChartsType | undefined;
    renderWithProvider(<CreditBurn creditsCurrencyId={CURRENCY} from={WEEKS.from} to={WEEKS.to} granularity="week" onChartReady={(instance) => (chart = instance)} />, {
      fetcher: emulatorFetcher(emulator),
    });
    await waitFor(() => expect(chart).toBeDefined(), { timeout: 20_000 });
    const seriesIds = () => (chart!.getOption() as { series: { id: string }[] }).series.map((series) => series.id);
    const legend = screen.getByRole('list', { name: 'Series' });
    expect(within(legend).getAllByRole('button').map((button) => button.textContent)).toEqual(['Granted', 'Spent', 'Balance']);
    expect(seriesIds()).toEqual(['granted', 'spent', 'balance']);
    // Each swatch is its series' colour in the chart.
    const chartColors = (chart!.getOption() as { series: { itemStyle: { color: string } }[] }).series.map((series) => series.itemStyle.color);
    const swatchColors = within(legend)
      .getAllByRole('button')
      .map((button) => (button.querySelector('[aria-hidden="true"]') as HTMLElement).style.borderColor);
    expect(swatchColors.map(normalizeCssColor)).toEqual(chartColors.map(normalizeCssColor));
    await user.click(within(legend).getByRole('button', { name: 'Spent' }));
    expect(within(legend).getByRole('button', { name: 'Spent' })).toHaveAttribute('aria-pressed', 'false');
    await waitFor(() => expect(seriesIds()).toEqual(['granted', 'balance']));
    await user.click(within(legend).getByRole('button', { name: 'Granted' }));
    await user.click(within(legend).getByRole('button', { name: 'Balance' }));
    await waitFor(() => expect(seriesIds()).toEqual(['balance']));
    await user.click(within(legend).getByRole('button', { name: 'Spent' }));
    await waitFor(() => expect(seriesIds()).toEqual(['spent', 'balance']));
  });

  it('follows a controlled time range and view, reporting the user’s choices', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const onTimeRangeChange = vi.fn();
    const onViewChange = vi.fn();
    renderWithProvider(
      <CreditBurn creditsCurrencyId={CURRENCY} now={NOW} timeRange="30d" onTimeRangeChange={onTimeRangeChange} view="table" onViewChange={onViewChange} />,
      { fetcher: recorder.fetcher },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), '90d');
    expect(onTimeRangeChange).toHaveBeenCalledWith('90d');
    await user.click(screen.getByRole('button', { name: 'Chart' }));
    expect(onViewChange).toHaveBeenCalledWith('chart');
    expect(screen.getByRole('table')).toBeInTheDocument();
    // The chart's 30 days (today included), and the burn rate's 30 whole days before today.
    const froms = new Set(recorder.named('credit-burn').map((request) => new Date(request.params.from as string).toISOString()));
    expect([...froms].sort()).toEqual([RATE_WINDOW.from, '2026-10-22T00:00:00.000Z']);
  });
});

/** A CSS colour as the DOM reports it (jsdom turns `#2563eb` into `rgb(37, 99, 235)`). */
function normalizeCssColor(color: string): string {
  const probe = document.createElement('span');
  probe.style.color = color;
  return probe.style.color;
}
