import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { canonicalDecimal, divideDecimals, roundDecimal, subtractDecimals, sumDecimals } from '../../../src/core/decimal/decimalArithmetic';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { shiftDecimalPoint } from '../../../src/core/format/decimalString';
import { DeliveredValue } from '../../../src/widgets/DeliveredValue/DeliveredValue';
import { queryRows, startTestEmulator, type TestEmulator } from '../../support/emulator';
import { readTableParts } from '../CostTrend/readTableParts';
import { emulatorFetcher, parseCsv, renderWithProvider } from '../shared/widgetHarness';
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
const roi = (value: bigint | string, cost: string) => `${usd.count(roundDecimal(divideDecimals(value, cost, 4), 1), { maximumFractionDigits: 1 })}×`;

async function sqlValueByType(): Promise<Map<string, bigint>> {
  const body = await queryRows(emulator, `SELECT toString(value_type) AS t, sum(value_amount) AS v FROM fact_delivered_value WHERE ${inWindow} GROUP BY t`);
  return new Map((body.rows as [string, string][]).map(([type, value]) => [type, BigInt(value)]));
}

/** Value and AI cost per customer (by name), computed independently of the named queries. */
async function sqlPerCustomer(): Promise<Map<string, { id: string; value: bigint; cost: string }>> {
  const body = await queryRows(
    emulator,
    `SELECT k, any(c.name) AS name, sum(value) AS value, toString(sum(cost)) AS cost FROM (
       SELECT customer_id AS k, sum(value_amount) AS value, toDecimal128(0, 10) AS cost FROM fact_delivered_value WHERE ${inWindow} GROUP BY k
       UNION ALL
       SELECT customer_id AS k, toInt64(0) AS value, sum(cost_amount) AS cost FROM fact_cost WHERE ${inWindow} GROUP BY k
     ) AS flows LEFT JOIN dim_customer AS c ON c.id = flows.k GROUP BY k`,
  );
  return new Map((body.rows as [string, string, string, string][]).map(([id, name, value, cost]) => [name, { id, value: BigInt(value), cost }]));
}

describe('DeliveredValue over the emulator', () => {
  it('shows value by type with readable names; headline value, AI cost, ROI and net agree with SQL and the list total', async () => {
    const { container } = renderWithProvider(<DeliveredValue from={WINDOW.from} to={WINDOW.to} />, { fetcher: emulatorFetcher(emulator) });
    const byType = await sqlValueByType();
    const value = [...byType.values()].reduce((sum, v) => sum + v, 0n);
    const cost = sumDecimals([...(await sqlPerCustomer()).values()].map((row) => row.cost));
    expect((await findStat('value')).textContent).toBe(usd.cents(value));
    expect((await findStat('cost')).textContent).toBe(usd.cents(cost));
    expect((await findStat('roi')).textContent).toBe(roi(value, cost));
    expect((await findStat('net')).textContent).toBe(usd.cents(subtractDecimals(value, cost)));
    const items = [...container.querySelectorAll('[data-paw-barlist] li')].map((item) => [...item.querySelectorAll(':scope > span')].map((span) => span.textContent ?? ''));
    const names: Record<string, string> = { time_saved: 'Time saved', revenue_influenced: 'Revenue influenced', cost_avoided: 'Cost avoided' };
    expect(new Map(items.map(([label, text]) => [label, text]))).toEqual(new Map([...byType].map(([type, v]) => [names[type] ?? type, usd.cents(v)])));
    expect(container.querySelector('[data-paw-bar-total]')!.textContent).toBe(`Total${usd.cents(value)}`);
    expect(screen.getByRole('list', { name: 'Value delivered by type' })).toHaveAccessibleDescription(
      expect.stringContaining(`${usd.cents(value)} of value delivered from Aug 22, 2026 to Nov 20, 2026 for ${usd.cents(cost)} of AI cost, a return of ${roi(value, cost)}`),
    );
  });

  it('per customer: value, AI cost, exact ROI and net against SQL, a total row equal to the headline, and the CSV', async () => {
    const user = userEvent.setup();
    const onExportCsv = vi.fn();
    const { container } = renderWithProvider(<DeliveredValue from={WINDOW.from} to={WINDOW.to} defaultView="table" pageSize={1000} onExportCsv={onExportCsv} />, {
      fetcher: emulatorFetcher(emulator),
    });
    await screen.findByRole('table', {}, { timeout: 20_000 });
    await user.click(within(screen.getByRole('radiogroup', { name: 'Breakdown' })).getByRole('radio', { name: 'ROI by customer' }));
    await waitFor(() => expect(readTableParts(container).headers[0]).toBe('Customer'), { timeout: 20_000 });
    const customers = await sqlPerCustomer();
    const { headers, body, footers } = readTableParts(container);
    expect(headers).toEqual(['Customer', 'Value delivered', 'AI cost', 'ROI', 'Net value']);
    expect(body).toHaveLength(customers.size);
    for (const [name, value, cost, ratio, net] of body as [string, string, string, string, string][]) {
      const expected = customers.get(name)!;
      expect(expected, name).toBeDefined();
      expect([value, cost, net]).toEqual([usd.cents(expected.value), usd.cents(expected.cost), usd.cents(subtractDecimals(expected.value, expected.cost))]);
      expect(ratio).toBe(Number(expected.cost) === 0 ? 'no AI cost' : roi(expected.value, expected.cost));
    }
    const value = [...customers.values()].reduce((sum, row) => sum + row.value, 0n);
    const cost = sumDecimals([...customers.values()].map((row) => row.cost));
    expect(footers[0]!.slice(1)).toEqual([usd.cents(value), usd.cents(cost), roi(value, cost), usd.cents(subtractDecimals(value, cost))]);
    expect(footers[0]![1]).toBe((await findStat('value')).textContent);
    expect(footers[0]![2]).toBe((await findStat('cost')).textContent);

    await user.click(screen.getByRole('button', { name: 'Export CSV' }));
    const [csv, filename] = onExportCsv.mock.calls.at(-1)! as [string, string];
    expect(filename).toBe('delivered-value-roi-USD-2026-08-22-to-2026-11-20.csv');
    const [csvHeaders, ...csvRows] = parseCsv(csv);
    expect(csvHeaders).toEqual(['Customer', 'Id', 'Value delivered (USD)', 'AI cost (USD)', 'ROI (ratio)', 'Net value (USD)']);
    expect(csvRows).toHaveLength(customers.size + 1);
    const csvTotal = csvRows.at(-1)!;
    expect(canonicalDecimal(csvTotal[2]!)).toBe(canonicalDecimal(shiftDecimalPoint(value.toString(), -2)));
    expect(canonicalDecimal(csvTotal[3]!)).toBe(canonicalDecimal(shiftDecimalPoint(cost, -2)));
    expect(canonicalDecimal(sumDecimals(csvRows.slice(0, -1).map((row) => row[3]!)))).toBe(canonicalDecimal(csvTotal[3]!));
    for (const row of csvRows.slice(0, -1)) expect(customers.get(row[0]!)?.id).toBe(row[1]);
  });

  it('speaks German with de-DE and the labels prop, value types translated', async () => {
    renderWithProvider(
      <DeliveredValue
        from={WINDOW.from}
        to={WINDOW.to}
        currency="USD"
        labels={{ title: 'Gelieferter Wert', value: 'Wert', valueTypes: { time_saved: 'Zeit gespart' }, breakdownLabel: 'Aufschlüsselung', breakdowns: { type: 'Nach Art', customer: 'ROI je Kunde' } }}
      />,
      { fetcher: emulatorFetcher(emulator), locale: 'de-DE', currency: 'EUR' },
    );
    const de = createFormatters({ locale: 'de-DE', currency: 'USD', timeZone: 'UTC' });
    const byType = await sqlValueByType();
    expect((await findStat('value')).textContent).toBe(de.cents([...byType.values()].reduce((sum, v) => sum + v, 0n)));
    expect(screen.getByText('Zeit gespart')).toBeInTheDocument();
    expect(within(screen.getByRole('radiogroup', { name: 'Aufschlüsselung' })).getByRole('radio', { name: 'Nach Art' })).toHaveAttribute('aria-checked', 'true');
  });
});
