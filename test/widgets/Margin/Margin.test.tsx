import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalDecimal, signOfDecimal, subtractDecimals, sumDecimals } from '../../../src/core/decimal/decimalArithmetic';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { Margin } from '../../../src/widgets/Margin/Margin';
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
const postedInWindow = `status = 'posted' AND currency = 'USD' AND issue_date >= toDate('2026-08-22') AND issue_date < toDate('2026-11-21')`;

interface Figures {
  name: string;
  revenue: bigint;
  cost: string;
  margin: string;
}

/** Revenue (before tax) and AI cost per customer or product, computed independently of the named query. */
async function sqlFigures(by: 'customer' | 'product'): Promise<Map<string, Figures>> {
  const revenue =
    by === 'customer'
      ? `SELECT customer_id AS k, sum(total_excl_tax) AS revenue FROM fact_invoice WHERE ${postedInWindow} GROUP BY k`
      : `SELECT ol.product_id AS k, sum(il.total_amount) AS revenue
         FROM fact_invoice_line AS il
         INNER JOIN fact_order_line AS ol ON ol.id = il.order_line_id
         WHERE il.invoice_id IN (SELECT id FROM fact_invoice WHERE ${postedInWindow})
         GROUP BY k`;
  const names = by === 'customer' ? 'dim_customer' : 'dim_product';
  const body = await queryRows(
    emulator,
    `SELECT k, any(n.name) AS name, sum(revenue) AS revenue, toString(sum(cost)) AS cost
     FROM (
       SELECT k, revenue, toDecimal128(0, 10) AS cost FROM (${revenue})
       UNION ALL
       SELECT ${by === 'customer' ? 'customer_id' : 'product_id'} AS k, toInt64(0) AS revenue, sum(cost_amount) AS cost FROM fact_cost WHERE ${inWindow} GROUP BY k
     ) AS flows
     LEFT JOIN ${names} AS n ON n.id = flows.k
     GROUP BY k`,
  );
  return new Map(
    (body.rows as [string, string, string, string][]).map(([key, name, revenueCents, cost]) => [
      key,
      { name, revenue: BigInt(revenueCents), cost, margin: subtractDecimals(revenueCents, cost) },
    ]),
  );
}

const asMargin = (margin: string) => (signOfDecimal(margin) < 0 ? `${usd.cents(margin)} (Loss)` : usd.cents(margin));

describe('Margin over the emulator', () => {
  it('per customer: margin = revenue − AI cost against SQL, losses first, each flagged by a "Loss" badge in words', async () => {
    const { container } = renderWithProvider(<Margin from={WINDOW.from} to={WINDOW.to} limit={5} />, { fetcher: emulatorFetcher(emulator) });
    const figures = [...(await sqlFigures('customer')).values()];
    const revenue = figures.reduce((sum, row) => sum + row.revenue, 0n);
    const cost = sumDecimals(figures.map((row) => row.cost));
    const margin = subtractDecimals(revenue, cost);
    expect((await findStat('margin')).textContent).toBe(asMargin(margin));
    expect((await findStat('revenue')).textContent).toBe(usd.cents(revenue));
    expect((await findStat('cost')).textContent).toBe(usd.cents(cost));
    const losing = figures.filter((row) => signOfDecimal(row.margin) < 0).sort((a, b) => Number(a.margin) - Number(b.margin));
    expect(losing.length).toBeGreaterThan(0); // the seed has customers whose AI cost exceeds their revenue
    expect((await findStat('negative')).textContent).toBe(`${losing.length} / ${figures.length}`);

    const lines = [...container.querySelectorAll('[data-paw-margin-bars] li')];
    expect(lines).toHaveLength(6); // five customers + Other customers
    const worst = lines[0]!;
    expect(worst).toHaveAttribute('data-paw-margin', 'negative');
    expect(worst.textContent).toBe(`${losing[0]!.name}▼ Loss${usd.cents(losing[0]!.margin)}`);
    const flagged = lines.filter((line) => line.querySelector('[data-paw-loss]') !== null);
    expect(flagged).toHaveLength(lines.filter((line) => line.getAttribute('data-paw-margin') === 'negative').length);
    expect(lines[5]!.textContent).toContain('Other customers');
    expect(container.querySelector('[data-paw-margin-total]')!.textContent).toBe(`Total${asMargin(margin)}`);
    expect(screen.getByRole('list', { name: 'Margins, lowest first' })).toHaveAccessibleDescription(
      expect.stringContaining(`${losing.length} with a negative margin, worst: ${losing[0]!.name} ${asMargin(losing[0]!.margin)}`),
    );
  });

  it('per product: a table of revenue, AI cost, margin and rate per product against SQL, total = headline, and the CSV', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(emulatorFetcher(emulator));
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<Margin from={WINDOW.from} to={WINDOW.to} defaultView="table" onExportCsv={onExportCsv} />, { fetcher: recorder.fetcher });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    await user.click(within(screen.getByRole('radiogroup', { name: 'Margin by' })).getByRole('radio', { name: 'Product' }));
    await waitFor(() => expect(recorder.named('margin').at(-1)!.params).toMatchObject({ by: 'product', currency: 'USD' }));
    await waitFor(() => expect(readTableParts(container).headers[0]).toBe('Product'), { timeout: 20_000 });
    const figures = await sqlFigures('product');
    const { headers, body, footers } = readTableParts(container);
    expect(headers).toEqual(['Product', 'Revenue', 'AI cost', 'Margin', 'Margin %']);
    expect(body).toHaveLength(figures.size);
    const byName = new Map([...figures.values()].map((row) => [row.name, row]));
    for (const [name, revenue, cost, margin] of body as [string, string, string, string][]) {
      const expected = byName.get(name)!;
      expect(expected, name).toBeDefined();
      expect([revenue, cost, margin]).toEqual([usd.cents(expected.revenue), usd.cents(expected.cost), asMargin(expected.margin)]);
    }
    const total = subtractDecimals([...figures.values()].reduce((sum, row) => sum + row.revenue, 0n), sumDecimals([...figures.values()].map((row) => row.cost)));
    expect(footers[0]![3]).toBe(asMargin(total));
    expect(footers[0]![3]).toBe((await findStat('margin')).textContent);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls.at(-1)! as [string, string];
    expect(filename).toBe('margin-by-product-USD-2026-08-22-to-2026-11-20.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(['Product', 'Id', 'Revenue (USD)', 'AI cost (USD)', 'Margin (USD)', 'Margin % (ratio)', 'Negative margin']);
    expect(csvRows).toHaveLength(figures.size + 1);
    expect(canonicalDecimal(csvRows.at(-1)![4]!)).toBe(canonicalDecimal(shiftDecimalPoint(total, -2)));
    expect(canonicalDecimal(sumDecimals(csvRows.slice(0, -1).map((row) => row[4]!)))).toBe(canonicalDecimal(csvRows.at(-1)![4]!));
    for (const row of csvRows.slice(0, -1)) expect(row[6]).toBe(signOfDecimal(figures.get(row[1]!)!.margin) < 0 ? 'true' : 'false');
  });

  it('speaks German with de-DE and the labels prop', async () => {
    renderWithProvider(
      <Margin from={WINDOW.from} to={WINDOW.to} currency="USD" labels={{ title: 'Marge', margin: 'Marge', loss: 'Verlust', dimensionLabel: 'Marge nach', dimensions: { customer: 'Kunde', product: 'Produkt' } }} />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE', currency: 'EUR' },
    );
    const figures = [...(await sqlFigures('customer')).values()];
    const de = createFormatters({ locale: 'de-DE', currency: 'USD', timeZone: 'UTC' });
    const margin = subtractDecimals(figures.reduce((sum, row) => sum + row.revenue, 0n), sumDecimals(figures.map((row) => row.cost)));
    expect((await findStat('margin')).textContent).toBe(signOfDecimal(margin) < 0 ? `${de.cents(margin)} (Verlust)` : de.cents(margin));
    expect(within(screen.getByRole('radiogroup', { name: 'Marge nach' })).getByRole('radio', { name: 'Kunde' })).toHaveAttribute('aria-checked', 'true');
    expect(screen.getAllByText('▼ Verlust').length).toBeGreaterThan(0);
  });
});
