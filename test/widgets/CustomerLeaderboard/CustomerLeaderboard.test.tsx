import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalDecimal, subtractDecimals, sumDecimals } from '../../../src/core/decimal/decimalArithmetic';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { readTableParts } from '../CostTrend/readTableParts';
import { emulatorFetcher, parseCsv, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { findStat } from '../shared/findStat';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

const WINDOW = { from: '2026-08-22T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const inWindow = `created_at >= parseDateTime64BestEffort('${WINDOW.from}', 3) AND created_at < parseDateTime64BestEffort('${WINDOW.to}', 3)`;
const invoicesInWindow = `status = 'posted' AND currency = 'USD' AND issue_date >= toDate('2026-08-22') AND issue_date < toDate('2026-11-21')`;

interface Figures {
  name: string;
  signals: bigint;
  cost: string;
  revenue: bigint;
  margin: string;
}

/** Every customer's figures in the window, computed independently of the named query. */
async function sqlFigures(): Promise<Map<string, Figures>> {
  const body = await queryRows(
    emulator,
    `SELECT c.id, c.name, s.n AS signals, toString(k.cost) AS cost, r.revenue AS revenue
     FROM dim_customer AS c
     LEFT JOIN (SELECT customer_id, count() AS n FROM fact_signal WHERE ${inWindow} GROUP BY customer_id) AS s ON s.customer_id = c.id
     LEFT JOIN (SELECT customer_id, sum(cost_amount) AS cost FROM fact_cost WHERE ${inWindow} GROUP BY customer_id) AS k ON k.customer_id = c.id
     LEFT JOIN (SELECT customer_id, sum(total_excl_tax) AS revenue FROM fact_invoice WHERE ${invoicesInWindow} GROUP BY customer_id) AS r ON r.customer_id = c.id`,
  );
  const figures = new Map<string, Figures>();
  for (const [id, name, signals, cost, revenue] of body.rows as [string, string, string, string, string][]) {
    if (BigInt(signals) === 0n && Number(cost) === 0 && BigInt(revenue) === 0n) continue;
    figures.set(id, { name, signals: BigInt(signals), cost, revenue: BigInt(revenue), margin: subtractDecimals(revenue, cost) });
  }
  return figures;
}

describe('CustomerLeaderboard over the emulator', () => {
  it('ranks customers by signals with names; the list total, the headline and SQL agree, the rest is "Other customers"', async () => {
    const { container } = renderWithProvider(<CustomerLeaderboard from={WINDOW.from} to={WINDOW.to} limit={5} />, { fetcher: emulatorFetcher(emulator) });
    const figures = await sqlFigures();
    const totalSignals = [...figures.values()].reduce((sum, row) => sum + row.signals, 0n);
    expect((await findStat('metric')).textContent).toBe(usd.count(totalSignals));
    expect((await findStat('customers')).textContent).toBe(usd.count(figures.size));
    const items = [...container.querySelectorAll('[data-paw-barlist] li')].map((item) => [...item.querySelectorAll(':scope > span')].map((span) => span.textContent ?? ''));
    expect(items).toHaveLength(6);
    const ranked = [...figures.values()].sort((a, b) => (b.signals > a.signals ? 1 : b.signals < a.signals ? -1 : 0));
    expect(items.slice(0, 5).map(([, value]) => value)).toEqual(ranked.slice(0, 5).map((row) => usd.count(row.signals)));
    expect(items.slice(0, 5).map(([label]) => label)).toEqual(expect.arrayContaining([ranked[0]!.name]));
    expect(items[5]![0]).toBe('Other customers');
    expect(items[5]![1]).toBe(usd.count(ranked.slice(5).reduce((sum, row) => sum + row.signals, 0n)));
    expect(container.querySelector('[data-paw-bar-total]')!.textContent).toBe(`Total${usd.count(totalSignals)}`);
    expect(screen.getByRole('list', { name: 'Top customers' })).toHaveAccessibleDescription(
      expect.stringContaining(`Customers by signals from Aug 22, 2026 to Nov 20, 2026: ${usd.count(totalSignals)} across ${figures.size} customers; top: `),
    );
  });

  it('ranks by margin on request: total margin = revenue − AI cost, and a loss says so in words', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const { container } = renderWithProvider(<CustomerLeaderboard from={WINDOW.from} to={WINDOW.to} limit={1000} />, { fetcher: recorder.fetcher });
    await findStat('metric');
    await user.click(within(screen.getByRole('radiogroup', { name: 'Rank by' })).getByRole('radio', { name: 'Margin' }));
    await waitFor(() => expect(recorder.named('customer-leaderboard').at(-1)!.params).toMatchObject({ orderBy: 'margin', currency: 'USD' }));
    const figures = await sqlFigures();
    const margin = sumDecimals([...figures.values()].map((row) => row.margin));
    const negative = [...figures.values()].filter((row) => Number(row.margin) < 0);
    expect(negative.length).toBeGreaterThan(0); // the seed has customers whose AI cost exceeds their revenue
    await waitFor(() => expect(document.querySelector('[data-paw-stat="metric"] dt')!.textContent).toBe('Margin'), { timeout: 20_000 });
    const expectedTotal = Number(margin) < 0 ? `${usd.cents(margin)} (loss)` : usd.cents(margin);
    expect((await findStat('metric')).textContent).toBe(expectedTotal);
    expect(screen.getByText(/Revenue before tax in USD/)).toBeInTheDocument();
    // Every customer is a bar (limit 1000): exactly the losing ones say "(loss)", ranked last.
    const values = [...container.querySelectorAll('[data-paw-barlist] li > span:last-child')].map((span) => span.textContent ?? '');
    expect(values).toHaveLength(figures.size);
    expect(values.filter((value) => value.endsWith('(loss)'))).toHaveLength(negative.length);
    expect(values.slice(-negative.length).every((value) => value.endsWith('(loss)'))).toBe(true);
  });

  it('tabulates every customer with all four figures, a total row equal to the headline, and the same CSV', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(
      <CustomerLeaderboard from={WINDOW.from} to={WINDOW.to} defaultMetric="cost" defaultView="table" pageSize={1000} onExportCsv={onExportCsv} />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const figures = await sqlFigures();
    const { headers, body, footers } = readTableParts(container);
    expect(headers).toEqual(['Customer', 'Signals', 'AI cost', 'Revenue', 'Margin']);
    expect(body).toHaveLength(figures.size);
    const byName = new Map([...figures.values()].map((row) => [row.name, row]));
    for (const [name, signals, cost, revenue, margin] of body as [string, string, string, string, string][]) {
      const expected = byName.get(name)!;
      expect(expected, name).toBeDefined();
      expect([signals, cost, revenue]).toEqual([usd.count(expected.signals), usd.cents(expected.cost), usd.cents(expected.revenue)]);
      expect(margin).toBe(Number(expected.margin) < 0 ? `${usd.cents(expected.margin)} (loss)` : usd.cents(expected.margin));
    }
    const totalCost = sumDecimals([...figures.values()].map((row) => row.cost));
    expect(footers[0]![0]).toBe('Total');
    expect(footers[0]![2]).toBe(usd.cents(totalCost));
    expect(footers[0]![2]).toBe((await findStat('metric')).textContent);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('customers-by-cost-USD-2026-08-22-to-2026-11-20.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(['Customer', 'Customer id', 'Signals', 'AI cost (USD)', 'Revenue (USD)', 'Margin (USD)']);
    expect(csvRows).toHaveLength(figures.size + 1);
    const csvTotal = csvRows.at(-1)!;
    expect(csvTotal[0]).toBe('Total');
    expect(canonicalDecimal(csvTotal[3]!)).toBe(canonicalDecimal(shiftDecimalPoint(totalCost, -2)));
    expect(canonicalDecimal(sumDecimals(csvRows.slice(0, -1).map((row) => row[3]!)))).toBe(canonicalDecimal(csvTotal[3]!));
    for (const row of csvRows.slice(0, -1)) expect(figures.get(row[1]!)?.name).toBe(row[0]);
  });

  it('speaks German with de-DE and the labels prop', async () => {
    renderWithProvider(
      <CustomerLeaderboard
        from={WINDOW.from}
        to={WINDOW.to}
        defaultMetric="revenue"
        currency="USD"
        labels={{ title: 'Top-Kunden', rankBy: 'Sortieren nach', metrics: { signals: 'Signale', cost: 'KI-Kosten', revenue: 'Umsatz', margin: 'Marge' } }}
      />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE', currency: 'EUR' },
    );
    const figures = await sqlFigures();
    const revenue = [...figures.values()].reduce((sum, row) => sum + row.revenue, 0n);
    const de = createFormatters({ locale: 'de-DE', currency: 'USD', timeZone: 'UTC' });
    expect((await findStat('metric')).textContent).toBe(de.cents(revenue));
    expect(screen.getByRole('region', { name: 'Top-Kunden' })).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'Sortieren nach' })).getByRole('radio', { name: 'Umsatz' })).toHaveAttribute('aria-checked', 'true');
  });
});
