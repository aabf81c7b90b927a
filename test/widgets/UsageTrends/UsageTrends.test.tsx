import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { EChartsType } from 'echarts/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { TimeRange } from '../../../src/core/time/timeRange';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/** Twelve whole weeks (Monday to Monday, UTC) before the anchor date. */
const WEEKS = { from: '2026-08-24T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' } as const;
/** The clock the presets count back from: the emulator's last day with data. */
const NOW = () => new Date('2026-11-20T12:00:00.000Z');
const HOSTILE_SIGNAL = 'summary<v2>&"quick"';

async function sqlCount(where: string): Promise<bigint> {
  const body = await queryRows(emulator, `SELECT count() AS n FROM fact_signal WHERE ${where}`);
  return BigInt(body.rows[0]![0] as string);
}
const inWindow = (window: { from: string; to: string }) =>
  `created_at >= parseDateTime64BestEffort('${window.from}', 3) AND created_at < parseDateTime64BestEffort('${window.to}', 3)`;

/** The digits of a formatted count (en-US grouping removed). */
const digits = (text: string) => BigInt(text.replace(/[^\d-]/g, ''));

describe('UsageTrends over the emulator', () => {
  it('shows the loading state first, then the exact total and its change against the previous period', async () => {
    const { fetcher } = recordRequests(emulatorFetcher(emulator));
    renderWithProvider(<UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="week" />, { fetcher });
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading');

    const total = await waitFor(
      () => {
        const stat = document.querySelector('[data-paw-stat="total"]');
        expect(stat).not.toBeNull();
        return stat as HTMLElement;
      },
      { timeout: 20_000 },
    );
    const current = await sqlCount(inWindow(WEEKS));
    const previousFrom = new Date(Date.parse(WEEKS.from) - (Date.parse(WEEKS.to) - Date.parse(WEEKS.from))).toISOString();
    const previous = await sqlCount(inWindow({ from: previousFrom, to: WEEKS.from }));
    expect(current).toBeGreaterThan(0n);
    const value = within(total).getAllByRole('definition')[0]!;
    expect(value).toHaveTextContent(new Intl.NumberFormat('en-US').format(current));
    const change = (Number(current) - Number(previous)) / Number(previous);
    const expectedChange = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(change);
    expect(within(total).getAllByRole('definition')[1]).toHaveTextContent(`${expectedChange} vs previous period`);
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining(`${new Intl.NumberFormat('en-US').format(current)} signals from Aug 24, 2026 to Nov 15, 2026`));
  });

  it('shows a table whose totals match an independent SQL count, per bucket and per signal name', async () => {
    const user = userEvent.setup();
    const { fetcher } = recordRequests(emulatorFetcher(emulator));
    const { container } = renderWithProvider(<UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="week" topN={3} defaultView="table" />, { fetcher });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { headers, rows } = readTable(container);
    expect(rows).toHaveLength(12);
    expect(headers[0]).toBe('Period');
    expect(headers.at(-1)).toBe('Total');
    expect(headers).toHaveLength(1 + 3 + 1 + 1); // period, top 3, Other, total

    const tableTotal = rows.reduce((sum, row) => sum + digits(row.at(-1)!), 0n);
    expect(tableTotal).toBe(await sqlCount(inWindow(WEEKS)));
    // Each bucket row adds up, and each named series matches SQL for that name.
    for (const row of rows) expect(row.slice(1, -1).reduce((sum, cell) => sum + digits(cell), 0n)).toBe(digits(row.at(-1)!));
    for (const [column, name] of headers.slice(1, 4).entries()) {
      const seriesTotal = rows.reduce((sum, row) => sum + digits(row[column + 1]!), 0n);
      expect(seriesTotal).toBe(await sqlCount(`${inWindow(WEEKS)} AND signal_name = '${name.replace(/'/g, "\\'")}'`));
    }
    // The first week, from SQL.
    expect(digits(rows[0]!.at(-1)!)).toBe(await sqlCount(inWindow({ from: WEEKS.from, to: '2026-08-31T00:00:00.000Z' })));
    expect(rows[0]![0]).toBe('Aug 24, 2026');

    // Sorting by the total puts the largest week first (bigint-exact).
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: /Total/ }));
    const sorted = readTable(container).rows.map((row) => digits(row.at(-1)!));
    expect(sorted).toEqual([...sorted].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('exports as CSV exactly the rows and columns the table shows', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(
      <UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="week" topN={7} defaultView="table" onExportCsv={onExportCsv} />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(onExportCsv).toHaveBeenCalledTimes(1);
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('usage-trends-2026-08-24-to-2026-11-15.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    const shown = readTable(container);
    expect(csvHeaders).toEqual(shown.headers);
    expect(csvHeaders).toContain(HOSTILE_SIGNAL);
    // The table's rows, then its Total row; periods as ISO dates.
    const shownRows = [...shown.rows, ...shown.footers];
    expect(csvRows).toHaveLength(shownRows.length);
    expect(csvRows[0]![0]).toBe('2026-08-24');
    expect(csvRows.at(-1)![0]).toBe('Total');
    csvRows.forEach((csvRow, index) => {
      const shownRow = shownRows[index]!;
      expect(csvRow.slice(1).map(BigInt)).toEqual(shownRow.slice(1).map(digits));
    });
    // The CSV's total is the table's total is the headline.
    const headline = digits(within(document.querySelector('[data-paw-stat="total"]') as HTMLElement).getAllByRole('definition')[0]!.textContent!);
    expect(BigInt(csvRows.at(-1)!.at(-1)!)).toBe(headline);
    expect(digits(shown.footers[0]!.at(-1)!)).toBe(headline);
  });

  it('cuts buckets at the widget zone’s midnights, across the fall-back day in America/New_York', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    const window = { from: '2026-10-30T04:00:00.000Z', to: '2026-11-04T05:00:00.000Z' }; // Oct 30 – Nov 3, New York
    const { container } = renderWithProvider(<UsageTrends {...window} timeZone="America/New_York" defaultView="table" />, { fetcher: recorder.fetcher });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    expect(recorder.named('usage-trends')[0]!.params).toMatchObject({ timeZone: 'America/New_York', granularity: 'day' });
    const { rows } = readTable(container);
    expect(rows.map((row) => row[0])).toEqual(['Oct 30, 2026', 'Oct 31, 2026', 'Nov 1, 2026', 'Nov 2, 2026', 'Nov 3, 2026']);
    // Nov 1 is 25 hours long in New York: 04:00Z to 05:00Z the next day.
    const fallBackDay = await sqlCount(inWindow({ from: '2026-11-01T04:00:00.000Z', to: '2026-11-02T05:00:00.000Z' }));
    expect(digits(rows[2]!.at(-1)!)).toBe(fallBackDay);
    expect(rows.reduce((sum, row) => sum + digits(row.at(-1)!), 0n)).toBe(await sqlCount(inWindow(window)));
    expect(screen.getByRole('region')).toHaveAccessibleDescription('Oct 30, 2026 to Nov 3, 2026');
  });

  it('filters by product and by signal name, totals matching SQL with the same filter', async () => {
    const byProduct = renderWithProvider(<UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="month" productId="prod_inbox_triage" defaultView="table" />, {
      fetcher: emulatorFetcher(emulator),
    });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const product = readTable(byProduct.container);
    expect(product.headers.slice(1, -1).sort()).toEqual(['draft-reply', 'email-triage']);
    expect(product.rows.reduce((sum, row) => sum + digits(row.at(-1)!), 0n)).toBe(await sqlCount(`${inWindow(WEEKS)} AND product_id = 'prod_inbox_triage'`));
    byProduct.unmount();

    renderWithProvider(<UsageTrends from={WEEKS.from} to={WEEKS.to} signalName={HOSTILE_SIGNAL} />, { fetcher: emulatorFetcher(emulator) });
    const stat = await waitFor(
      () => {
        const element = document.querySelector('[data-paw-stat="total"] dd');
        expect(element).not.toBeNull();
        return element!;
      },
      { timeout: 20_000 },
    );
    const expected = await sqlCount(`${inWindow(WEEKS)} AND signal_name = 'summary<v2>&"quick"'`);
    expect(expected).toBeGreaterThan(0n);
    expect(stat).toHaveTextContent(new Intl.NumberFormat('en-US').format(expected));
  });

  it('shows the empty state for a window without signals', async () => {
    renderWithProvider(<UsageTrends from="2020-01-01T00:00:00Z" to="2020-02-01T00:00:00Z" />, { fetcher: emulatorFetcher(emulator) });
    expect(await screen.findByText('No data for this period', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
  });

  it('shows hostile signal names as text in the table, legend and tooltip, and creates no element from them', async () => {
    let chart: EChartsType | undefined;
    const { container } = renderWithProvider(
      <UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="week" topN={7} onChartReady={(instance) => (chart = instance)} />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await waitFor(() => expect(chart).toBeDefined(), { timeout: 20_000 });
    const option = chart!.getOption() as { series: { name: string; data: number[] }[]; tooltip: { formatter: (params: unknown) => string }[] };
    const names = option.series.map((series) => series.name);
    expect(names).toContain(HOSTILE_SIGNAL);
    // The legend is HTML text: the hostile name is a button's text, not markup.
    expect(within(screen.getByRole('list', { name: 'Series' })).getByRole('button', { name: HOSTILE_SIGNAL })).toBeTruthy();
    const html = option.tooltip[0]!.formatter([{ dataIndex: 11, seriesId: 'other', color: '#000' }]);
    expect(html).toContain('summary&lt;v2&gt;&amp;&quot;quick&quot;');
    expect(html).not.toContain('<v2>');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining('top: email-triage'));
  });
});

describe('UsageTrends controls', () => {
  it('uncontrolled: switches the time range, keeps the previous data on screen while the new range loads', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const onTimeRangeChange = vi.fn();
    renderWithProvider(<UsageTrends now={NOW} onTimeRangeChange={onTimeRangeChange} />, { fetcher: recorder.fetcher });
    await waitFor(() => expect(document.querySelector('[data-paw-stat="total"]')).not.toBeNull(), { timeout: 20_000 });
    const first = recorder.named('usage-trends').at(-1)!;
    expect(first.params).toMatchObject({ granularity: 'day', timeZone: 'UTC' });
    expect(new Date(first.params.from as string).toISOString()).toBe('2026-10-22T00:00:00.000Z');
    expect(new Date(first.params.to as string).toISOString()).toBe('2026-11-21T00:00:00.000Z');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), '7d');
    expect(onTimeRangeChange).toHaveBeenCalledWith('7d');
    // While 7d loads, the 30-day data stays (no skeleton).
    expect(screen.queryByRole('status', { busy: true })).toBeNull();
    const week = { from: '2026-11-14T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' };
    const expected = new Intl.NumberFormat('en-US').format(await sqlCount(inWindow(week)));
    await waitFor(() => expect(document.querySelector('[data-paw-stat="total"] dd')).toHaveTextContent(expected), { timeout: 20_000 });
    expect(new Date(recorder.named('usage-trends').at(-1)!.params.from as string).toISOString()).toBe(week.from);
  });

  it('custom range: calendar days in the zone, the end day included', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const { container } = renderWithProvider(<UsageTrends now={NOW} defaultView="table" />, { fetcher: recorder.fetcher });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), 'custom');
    fireEvent.change(screen.getByLabelText('Start date'), { target: { value: '2026-11-01' } });
    fireEvent.change(screen.getByLabelText('End date'), { target: { value: '2026-11-07' } });
    await waitFor(() => expect(readTable(container).rows).toHaveLength(7), { timeout: 20_000 });
    const last = recorder.named('usage-trends').at(-1)!;
    expect(new Date(last.params.from as string).toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(new Date(last.params.to as string).toISOString()).toBe('2026-11-08T00:00:00.000Z');
    const rows = readTable(container).rows;
    expect(rows.reduce((sum, row) => sum + digits(row.at(-1)!), 0n)).toBe(
      await sqlCount(inWindow({ from: '2026-11-01T00:00:00.000Z', to: '2026-11-08T00:00:00.000Z' })),
    );
  });

  it('controlled: reports a new time range but keeps querying the range it is given', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const onTimeRangeChange = vi.fn<(range: TimeRange) => void>();
    renderWithProvider(<UsageTrends now={NOW} timeRange="7d" onTimeRangeChange={onTimeRangeChange} />, { fetcher: recorder.fetcher });
    await waitFor(() => expect(document.querySelector('[data-paw-stat="total"]')).not.toBeNull(), { timeout: 20_000 });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), '90d');
    expect(onTimeRangeChange).toHaveBeenCalledWith('90d');
    expect(screen.getByRole('combobox', { name: 'Time range' })).toHaveValue('7d');
    const froms = new Set(recorder.named('usage-trends').map((request) => new Date(request.params.from as string).toISOString()));
    expect([...froms]).toEqual(['2026-11-14T00:00:00.000Z']);
  });

  it('granularity from the keyboard (uncontrolled) re-buckets the chart; hour is offered only for short windows', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    let chart: EChartsType | undefined;
    const onGranularityChange = vi.fn();
    renderWithProvider(
      <UsageTrends from={WEEKS.from} to={WEEKS.to} onGranularityChange={onGranularityChange} onChartReady={(instance) => (chart = instance)} />,
      { fetcher: recorder.fetcher },
    );
    const group = screen.getByRole('radiogroup', { name: 'Granularity' });
    expect(within(group).queryByRole('radio', { name: 'Hour' })).toBeNull(); // 84 days > 31
    await waitFor(() => expect(chart).toBeDefined(), { timeout: 20_000 });
    expect((chart!.getOption() as { xAxis: { data: string[] }[] }).xAxis[0]!.data).toHaveLength(84);

    within(group).getByRole('radio', { name: 'Day' }).focus();
    await user.keyboard('{ArrowRight}');
    expect(onGranularityChange).toHaveBeenCalledWith('week');
    expect(within(group).getByRole('radio', { name: 'Week' })).toHaveAttribute('aria-checked', 'true');
    await waitFor(() => expect((chart!.getOption() as { xAxis: { data: string[] }[] }).xAxis[0]!.data).toHaveLength(12), { timeout: 20_000 });
    expect(recorder.named('usage-trends').at(-1)!.params.granularity).toBe('week');
    // The summary does not depend on granularity: still one request.
    expect(recorder.named('usage-summary')).toHaveLength(1);
  });

  it('controlled granularity: reports the choice and keeps the given one', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const onGranularityChange = vi.fn();
    renderWithProvider(<UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="month" onGranularityChange={onGranularityChange} />, {
      fetcher: recorder.fetcher,
    });
    await user.click(screen.getByRole('radio', { name: 'Week' }));
    expect(onGranularityChange).toHaveBeenCalledWith('week');
    expect(screen.getByRole('radio', { name: 'Month' })).toHaveAttribute('aria-checked', 'true');
    expect(new Set(recorder.named('usage-trends').map((request) => request.params.granularity))).toEqual(new Set(['month']));
  });

  it('toggles chart and table from the keyboard (uncontrolled) and follows a controlled view', async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    const { rerender } = renderWithProvider(<UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="week" onViewChange={onViewChange} />, {
      fetcher: emulatorFetcher(emulator),
    });
    await screen.findByRole('img', {}, { timeout: 20_000 });
    screen.getByRole('button', { name: 'Table' }).focus();
    await user.keyboard('{Enter}');
    expect(onViewChange).toHaveBeenCalledWith('table');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('img')).toBeNull();
    await user.keyboard(' ');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');

    rerender(<UsageTrends from={WEEKS.from} to={WEEKS.to} granularity="week" view="chart" onViewChange={onViewChange} />);
    expect(screen.getByRole('img')).toBeInTheDocument();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Table' }));
    });
    expect(onViewChange).toHaveBeenLastCalledWith('table');
    expect(screen.getByRole('img')).toBeInTheDocument(); // controlled: the parent decides
  });
});
