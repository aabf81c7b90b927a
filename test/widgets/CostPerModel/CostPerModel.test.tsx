import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import type { TimeRange } from '../../../src/core/time/timeRange';
import { CostPerModel } from '../../../src/widgets/CostPerModel/CostPerModel';
import { sumDecimalText } from '../../../src/widgets/shared/sumDecimalText';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/** Twelve weeks before the emulator's anchor date (UTC). */
const WINDOW = { from: '2026-08-24T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' } as const;
/** The clock the presets count back from: the emulator's last day with data. */
const NOW = () => new Date('2026-11-20T12:00:00.000Z');
/** The emulator's planted hostile model name. */
const HOSTILE_MODEL = 'ft:<triage>&"v2"';
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });

const inWindow = (window: { from: string; to: string }) =>
  `created_at >= parseDateTime64BestEffort('${window.from}', 3) AND created_at < parseDateTime64BestEffort('${window.to}', 3)`;

interface SqlPair {
  vendor: string;
  model: string;
  cost: string;
  calls: bigint;
  inputTokens: bigint;
  outputTokens: bigint;
}

/** Spend per vendor × model, computed independently of the named query. */
async function sqlPairs(window: { from: string; to: string }): Promise<Map<string, SqlPair>> {
  const body = await queryRows(
    emulator,
    `SELECT vendor, model, toString(sum(cost_amount)) AS cost, count() AS calls, sum(input_tokens) AS i, sum(output_tokens) AS o
     FROM fact_cost WHERE ${inWindow(window)} GROUP BY vendor, model`,
  );
  return new Map(
    body.rows.map((row) => {
      const [vendor, model, cost, calls, inputTokens, outputTokens] = row as [string, string, string, string, string, string];
      return [`${vendor}\u0000${model}`, { vendor, model, cost, calls: BigInt(calls), inputTokens: BigInt(inputTokens), outputTokens: BigInt(outputTokens) }];
    }),
  );
}

async function sqlTotalCost(window: { from: string; to: string }): Promise<string> {
  const body = await queryRows(emulator, `SELECT toString(sum(cost_amount)) AS cost FROM fact_cost WHERE ${inWindow(window)}`);
  return body.rows[0]![0] as string;
}

const waitForStat = (id: string) =>
  waitFor(
    () => {
      const stat = document.querySelector(`[data-paw-stat="${id}"] dd`);
      expect(stat).not.toBeNull();
      return stat as HTMLElement;
    },
    { timeout: 20_000 },
  );

describe('CostPerModel over the emulator', () => {
  it('shows the loading state first, then the exact total cost of an independent SQL sum', async () => {
    renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} />, { fetcher: emulatorFetcher(emulator) });
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading');
    const cost = await waitForStat('cost');
    const total = await sqlTotalCost(WINDOW);
    expect(cost).toHaveTextContent(usd.cents(total));
    const pairs = await sqlPairs(WINDOW);
    expect(screen.getByRole('list', { name: 'AI cost by vendor and model' })).toHaveAccessibleDescription(
      expect.stringContaining(`${usd.cents(total)} across ${pairs.size} models from Aug 24, 2026 to Nov 15, 2026; most expensive:`),
    );
  });

  it('shows a table whose every row matches SQL per vendor × model, most expensive first', async () => {
    const user = userEvent.setup();
    const { container } = renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} defaultView="table" />, { fetcher: emulatorFetcher(emulator) });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { headers, rows } = readTable(container);
    expect(headers).toEqual(['Vendor', 'Model', 'Cost', 'Calls', 'Input tokens', 'Output tokens', 'Avg latency']);
    const pairs = await sqlPairs(WINDOW);
    expect(rows).toHaveLength(pairs.size);
    for (const [vendor, model, cost, calls, inputTokens, outputTokens] of rows as [string, string, string, string, string, string][]) {
      const pair = pairs.get(`${vendor}\u0000${model}`);
      expect(pair, `${vendor} ${model}`).toBeDefined();
      expect(cost).toBe(usd.cents(pair!.cost));
      expect(calls).toBe(usd.count(pair!.calls));
      expect(inputTokens).toBe(usd.count(pair!.inputTokens));
      expect(outputTokens).toBe(usd.count(pair!.outputTokens));
    }
    expect(rows.map((row) => row[1])).toContain(HOSTILE_MODEL);
    // Data order is most expensive first, by the exact decimal.
    const costs = rows.map((row) => pairs.get(`${row[0]}\u0000${row[1]}`)!.cost);
    expect(costs.map(Number)).toEqual([...costs.map(Number)].sort((a, b) => b - a));

    // Sorting by calls (first click: descending), exact bigints.
    await user.click(within(screen.getByRole('table')).getByRole('button', { name: /Calls/ }));
    const sorted = readTable(container).rows.map((row) => BigInt(row[3]!.replace(/,/g, '')));
    expect(sorted).toEqual([...sorted].sort((a, b) => (a > b ? -1 : a < b ? 1 : 0)));
  });

  it('exports as CSV exactly the table’s rows and columns, costs exact to the last digit', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} defaultView="table" onExportCsv={onExportCsv} />, {
      fetcher: emulatorFetcher(emulator),
    });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('cost-per-model-2026-08-24-to-2026-11-15.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    const shown = readTable(container);
    expect(csvHeaders).toEqual(['Vendor', 'Model', 'Cost (USD)', 'Calls', 'Input tokens', 'Output tokens', 'Avg latency (ms)']);
    // The table's rows, then its Total row.
    const models = csvRows.slice(0, -1);
    expect(models).toHaveLength(shown.rows.length);
    expect(csvRows.at(-1)!.slice(0, 2)).toEqual(['Total', '']);
    models.forEach((csvRow, index) => {
      const shownRow = shown.rows[index]!;
      expect(csvRow.slice(0, 2)).toEqual(shownRow.slice(0, 2));
      expect(usd.cents(shiftDecimalPoint(csvRow[2]!, 2))).toBe(shownRow[2]);
      expect(csvRow.slice(3, 6).map((cell) => usd.count(BigInt(cell)))).toEqual(shownRow.slice(3, 6));
      expect(usd.duration(Number(csvRow[6]))).toBe(shownRow[6]);
      expect(csvRow[6]).toMatch(/^\d+(\.\d)?$/); // a tenth of a millisecond at most
    });
    // The CSV's costs add up to SQL's sum, exactly, and so does its Total row.
    const total = await sqlTotalCost(WINDOW);
    expect(sumDecimalText(models.map((row) => row[2]!))).toBe(shiftDecimalPoint(sumDecimalText([total]), -2));
    expect(csvRows.at(-1)![2]).toBe(shiftDecimalPoint(sumDecimalText([total]), -2));
  });

  it('counts signals through trace_id when asked, matching SQL', async () => {
    const { container } = renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} includeCostPerSignal defaultView="table" />, {
      fetcher: emulatorFetcher(emulator),
    });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { headers, rows } = readTable(container);
    expect(headers.slice(-2)).toEqual(['Signals', 'Cost per signal']);
    const body = await queryRows(
      emulator,
      `SELECT c.vendor, c.model, uniqExact(c.trace_id) AS signals
       FROM fact_cost AS c
       WHERE ${inWindow(WINDOW).replace(/created_at/g, 'c.created_at')}
         AND c.trace_id IN (SELECT trace_id FROM fact_signal WHERE ${inWindow(WINDOW)})
       GROUP BY c.vendor, c.model`,
    );
    const expected = new Map(body.rows.map((row) => [`${row[0]}\u0000${row[1]}`, BigInt(row[2] as string)]));
    for (const row of rows) expect(row.at(-2)).toBe(usd.count(expected.get(`${row[0]}\u0000${row[1]}`) ?? 0n));
    expect(rows.some((row) => row.at(-1) !== '—')).toBe(true);
  });

  it('shows the empty state for a window without calls', async () => {
    renderWithProvider(<CostPerModel from="2020-01-01T00:00:00Z" to="2020-02-01T00:00:00Z" />, { fetcher: emulatorFetcher(emulator) });
    expect(await screen.findByText('No data for this period', {}, { timeout: 20_000 })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'AI cost by vendor and model' })).toBeNull();
  });

  it('shows the hostile model name as text in the bar list and creates no element from it', async () => {
    const { container } = renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} maxBars={50} />, { fetcher: emulatorFetcher(emulator) });
    const list = await screen.findByRole('list', { name: 'AI cost by vendor and model' }, { timeout: 20_000 });
    expect(within(list).getAllByRole('listitem').some((item) => item.textContent?.startsWith(HOSTILE_MODEL))).toBe(true);
    expect(container.querySelector('triage')).toBeNull();
    expect(container.textContent).not.toContain('undefined');
  });

  it('draws the top bars, one Other bar and a total equal to the headline and to the table and CSV totals', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} maxBars={3} onExportCsv={onExportCsv} />, {
      fetcher: emulatorFetcher(emulator),
    });
    const list = await screen.findByRole('list', { name: 'AI cost by vendor and model' }, { timeout: 20_000 });
    const items = within(list).getAllByRole('listitem');
    expect(items).toHaveLength(4);
    expect(items[3]!.textContent).toMatch(/^Other models/);
    const headline = (await waitForStat('cost')).textContent;
    expect(document.querySelector('[data-paw-bar-total]')!.textContent).toBe(`Total${headline}`);
    await user.click(screen.getByRole('button', { name: 'Table' }));
    await screen.findByRole('table', {}, { timeout: 10_000 });
    const { footers } = readTable(container);
    expect(footers[0]![0]).toBe('Total');
    expect(footers[0]![2]).toBe(headline);
    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const csv = parseCsv(onExportCsv.mock.calls[0]![0] as string);
    expect(csv.at(-1)![0]).toBe('Total');
    expect(usd.cents(shiftDecimalPoint(csv.at(-1)![2]!, 2))).toBe(headline);
  });

  it('asks for the filters it is given', async () => {
    const recorder = recordRequests(emulatorFetcher(emulator));
    const { container } = renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} vendor="openai" limit={2} defaultView="table" />, {
      fetcher: recorder.fetcher,
    });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    expect(recorder.named('cost-per-model')[0]!.params).toMatchObject({ vendor: 'openai', limit: 2 });
    const { rows } = readTable(container);
    expect(rows).toHaveLength(2);
    expect(rows.every((row) => row[0] === 'openai')).toBe(true);
    expect(document.querySelector('[data-paw-stat="cost"]')).toHaveTextContent('top 2 models');
  });
});

describe('CostPerModel controls', () => {
  it('uncontrolled: switches the time range and re-queries, keeping the old data on screen meanwhile', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const onTimeRangeChange = vi.fn();
    renderWithProvider(<CostPerModel now={NOW} onTimeRangeChange={onTimeRangeChange} />, { fetcher: recorder.fetcher });
    await waitForStat('cost');
    const first = recorder.named('cost-per-model').at(-1)!;
    expect(new Date(first.params.from as string).toISOString()).toBe('2026-10-22T00:00:00.000Z');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), '7d');
    expect(onTimeRangeChange).toHaveBeenCalledWith('7d');
    expect(screen.queryByRole('status', { busy: true })).toBeNull();
    const week = { from: '2026-11-14T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' };
    const expected = usd.cents(await sqlTotalCost(week));
    await waitFor(() => expect(document.querySelector('[data-paw-stat="cost"] dd')).toHaveTextContent(expected), { timeout: 20_000 });
  });

  it('controlled: reports a new time range but keeps querying the range it is given', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const onTimeRangeChange = vi.fn<(range: TimeRange) => void>();
    renderWithProvider(<CostPerModel now={NOW} timeRange="7d" onTimeRangeChange={onTimeRangeChange} />, { fetcher: recorder.fetcher });
    await waitForStat('cost');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), '90d');
    expect(onTimeRangeChange).toHaveBeenCalledWith('90d');
    expect(screen.getByRole('combobox', { name: 'Time range' })).toHaveValue('7d');
    const froms = new Set(recorder.named('cost-per-model').map((request) => new Date(request.params.from as string).toISOString()));
    expect([...froms]).toEqual(['2026-11-14T00:00:00.000Z']);
  });

  it('toggles chart and table from the keyboard (uncontrolled) and follows a controlled view', async () => {
    const user = userEvent.setup();
    const onViewChange = vi.fn();
    const { rerender } = renderWithProvider(<CostPerModel from={WINDOW.from} to={WINDOW.to} onViewChange={onViewChange} />, {
      fetcher: emulatorFetcher(emulator),
    });
    await screen.findByRole('list', { name: 'AI cost by vendor and model' }, { timeout: 20_000 });
    screen.getByRole('button', { name: 'Table' }).focus();
    await user.keyboard('{Enter}');
    expect(onViewChange).toHaveBeenCalledWith('table');
    expect(screen.getByRole('table')).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'AI cost by vendor and model' })).toBeNull();

    rerender(<CostPerModel from={WINDOW.from} to={WINDOW.to} view="chart" onViewChange={onViewChange} />);
    expect(screen.getByRole('list', { name: 'AI cost by vendor and model' })).toBeInTheDocument();
    await act(async () => {
      await user.click(screen.getByRole('button', { name: 'Table' }));
    });
    expect(onViewChange).toHaveBeenLastCalledWith('table');
    expect(screen.getByRole('list', { name: 'AI cost by vendor and model' })).toBeInTheDocument(); // controlled: the parent decides
  });

  it('uses the host’s formatters for every cost shown', async () => {
    const { container } = renderWithProvider(
      <CostPerModel from={WINDOW.from} to={WINDOW.to} defaultView="table" costFormatter={(cents) => `${cents}¢`} countFormatter={(value) => `#${value}`} />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { rows } = readTable(container);
    const pairs = await sqlPairs(WINDOW);
    for (const row of rows) {
      const pair = pairs.get(`${row[0]}\u0000${row[1]}`)!;
      expect(row[2]).toBe(`${pair.cost}¢`);
      expect(row[3]).toBe(`#${pair.calls}`);
    }
    expect(document.querySelector('[data-paw-stat="cost"] dd')).toHaveTextContent(`${sumDecimalText([...pairs.values()].map((pair) => pair.cost))}¢`);
  });
});
