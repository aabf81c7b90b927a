import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalDecimal, sumDecimals } from '../../../src/core/decimal/decimalArithmetic';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, parseCsv, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { readTableParts } from './readTableParts';
import { findStat } from '../shared/findStat';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/** Four whole weeks (Monday to Monday, UTC) before the emulator's anchor date. */
const WINDOW = { from: '2026-10-19T00:00:00.000Z', to: '2026-11-16T00:00:00.000Z' } as const;
const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const inWindow = `created_at >= parseDateTime64BestEffort('${WINDOW.from}', 3) AND created_at < parseDateTime64BestEffort('${WINDOW.to}', 3)`;

/** Total cost and calls of the window, computed independently of the named query. */
async function sqlTotals(): Promise<{ cost: string; calls: bigint }> {
  const body = await queryRows(emulator, `SELECT toString(sum(cost_amount)) AS cost, count() AS calls FROM fact_cost WHERE ${inWindow}`);
  const [cost, calls] = body.rows[0] as [string, string];
  return { cost, calls: BigInt(calls) };
}

/** Cost per key over the window, computed independently. */
async function sqlCostBy(key: string): Promise<Map<string, string>> {
  const body = await queryRows(emulator, `SELECT ${key} AS k, toString(sum(cost_amount)) AS cost FROM fact_cost WHERE ${inWindow} GROUP BY k`);
  return new Map(body.rows.map((row) => [row[0] as string, row[1] as string]));
}

describe('CostTrend over the emulator', () => {
  it('shows the exact total cost and calls of an independent SQL sum, and says so in the chart summary', async () => {
    renderWithProvider(<CostTrend from={WINDOW.from} to={WINDOW.to} granularity="week" />, { fetcher: emulatorFetcher(emulator) });
    expect(screen.getByRole('status', { busy: true })).toHaveTextContent('Loading');
    const totals = await sqlTotals();
    expect(await findStat('cost')).toHaveTextContent(usd.cents(totals.cost));
    expect(await findStat('calls')).toHaveTextContent(usd.count(totals.calls));
    const byVendor = await sqlCostBy('toString(vendor)');
    const [topVendor] = [...byVendor.entries()].sort((a, b) => Number(b[1]) - Number(a[1]));
    expect(screen.getByRole('img')).toHaveAccessibleName(
      expect.stringContaining(`${usd.cents(totals.cost)} of AI cost from Oct 19, 2026 to Nov 15, 2026 by vendor; top: ${topVendor![0]} ${usd.cents(topVendor![1])}`),
    );
  });

  it('tabulates four weeks with a total row equal to the headline, and a CSV whose total is the same exact sum', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(
      <CostTrend from={WINDOW.from} to={WINDOW.to} granularity="week" defaultView="table" onExportCsv={onExportCsv} />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const totals = await sqlTotals();
    const byVendor = await sqlCostBy('toString(vendor)');
    const { headers, body, footers } = readTableParts(container);
    expect(headers[0]).toBe('Period');
    expect(headers.at(-1)).toBe('Total');
    expect(new Set(headers.slice(1, -1))).toEqual(new Set(byVendor.keys()));
    expect(footers).toHaveLength(1);
    const totalRow = footers[0]!;
    expect(totalRow[0]).toBe('Total');
    expect(totalRow.at(-1)).toBe(usd.cents(totals.cost));
    expect(totalRow.at(-1)).toBe((await findStat('cost')).textContent);
    headers.slice(1, -1).forEach((vendor, index) => expect(totalRow[index + 1]).toBe(usd.cents(byVendor.get(vendor)!)));
    expect(body.map((row) => row[0])).toEqual(['Oct 19, 2026', 'Oct 26, 2026', 'Nov 2, 2026', 'Nov 9, 2026']);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls[0]! as [string, string];
    expect(filename).toBe('cost-trend-by-vendor-2026-10-19-to-2026-11-15.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders![0]).toBe('Period');
    expect(csvHeaders!.slice(1)).toEqual(headers.slice(1).map((header) => `${header} (USD)`));
    expect(csvRows.map((row) => row[0])).toEqual(['2026-10-19', '2026-10-26', '2026-11-02', '2026-11-09', 'Total']);
    const csvTotal = csvRows.at(-1)!.at(-1)!;
    // Major units, exact: the CSV total is SQL's sum of fractional cents moved two places.
    expect(canonicalDecimal(csvTotal)).toBe(canonicalDecimal(shiftDecimalPoint(totals.cost, -2)));
    expect(canonicalDecimal(sumDecimals(csvRows.slice(0, -1).map((row) => row.at(-1)!)))).toBe(canonicalDecimal(csvTotal));
    expect(usd.cents(shiftDecimalPoint(csvTotal, 2))).toBe(totalRow.at(-1));
  });

  it('groups by product with product names, and asks again when the grouping changes', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const { container } = renderWithProvider(<CostTrend from={WINDOW.from} to={WINDOW.to} granularity="week" defaultView="table" topN={20} />, {
      fetcher: recorder.fetcher,
    });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const group = screen.getByRole('radiogroup', { name: 'Group by' });
    await user.click(within(group).getByRole('radio', { name: 'Product' }));
    await waitFor(() => expect(recorder.named('cost-trend').at(-1)!.params).toMatchObject({ groupBy: 'product' }));
    const names = await queryRows(emulator, 'SELECT id, name FROM dim_product');
    const byProduct = await sqlCostBy('product_id');
    const expectedHeaders = [...byProduct.keys()].map((id) => names.rows.find((row) => row[0] === id)![1] as string);
    await waitFor(() => expect(new Set(readTableParts(container).headers.slice(1, -1))).toEqual(new Set(expectedHeaders)), { timeout: 20_000 });
    expect(within(group).getByRole('radio', { name: 'Product' })).toHaveAttribute('aria-checked', 'true');
  });

  it('folds everything past the top N into "Other", and the total stays exact', async () => {
    const { container } = renderWithProvider(
      <CostTrend from={WINDOW.from} to={WINDOW.to} granularity="month" defaultGroupBy="model" topN={2} defaultView="table" />,
      { fetcher: emulatorFetcher(emulator) },
    );
    await screen.findByRole('table', {}, { timeout: 20_000 });
    const { headers, footers } = readTableParts(container);
    expect(headers).toHaveLength(5); // Period, two models, Other, Total
    expect(headers[3]).toBe('Other');
    const byModel = await sqlCostBy('toString(model)');
    const ranked = [...byModel.entries()].sort((a, b) => Number(b[1]) - Number(a[1]));
    expect(headers.slice(1, 3)).toEqual(ranked.slice(0, 2).map(([model]) => model));
    const otherCost = sumDecimals(ranked.slice(2).map(([, cost]) => cost));
    expect(footers[0]![3]).toBe(usd.cents(otherCost));
    expect(footers[0]![4]).toBe(usd.cents((await sqlTotals()).cost));
  });

  it('speaks German with de-DE and the labels prop, amounts exact in euros', async () => {
    renderWithProvider(
      <CostTrend
        from={WINDOW.from}
        to={WINDOW.to}
        granularity="week"
        labels={{ title: 'KI-Kosten', total: 'KI-Kosten gesamt', window: (first, last) => `${first} bis ${last}`, groupBy: 'Gruppieren nach', groups: { vendor: 'Anbieter', model: 'Modell', product: 'Produkt' } }}
      />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE', currency: 'EUR' },
    );
    const eur = createFormatters({ locale: 'de-DE', currency: 'EUR', timeZone: 'UTC' });
    const totals = await sqlTotals();
    expect((await findStat('cost')).textContent).toBe(eur.cents(totals.cost));
    expect(screen.getByRole('region', { name: 'KI-Kosten' })).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'Gruppieren nach' })).getByRole('radio', { name: 'Anbieter' })).toHaveAttribute('aria-checked', 'true');
    const region = screen.getByRole('region', { name: 'KI-Kosten' });
    expect(region).toHaveTextContent('19.10.2026 bis 15.11.2026');
    expect(screen.getByRole('img')).toHaveAccessibleName(expect.stringContaining('19.10.2026 bis 15.11.2026'));
  });
});
