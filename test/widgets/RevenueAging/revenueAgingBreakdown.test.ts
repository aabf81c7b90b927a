import { describe, expect, it } from 'vitest';
import { pickAgingCurrency, revenueAgingBreakdown, revenueAgingCurrencies, shareOf } from '../../../src/widgets/RevenueAging/revenueAgingBreakdown';
import { HOSTILE_CUSTOMER, HUGE, ROWS } from './revenueAgingFixtures';

const UNNAMED = { unnamedCustomer: '(unnamed)' };

describe('revenueAgingBreakdown', () => {
  it('takes the bucket totals from the total rows, in bucket order, gaps as zero', () => {
    const usd = revenueAgingBreakdown(ROWS, 'USD', UNNAMED);
    expect(usd.buckets).toEqual(['current', '1-30', '31-60', '61-90', '90+']);
    expect(usd.bucketTotals).toEqual([100_000n, 50_000n, 0n, 0n, HUGE]);
    expect(usd.bucketInvoices).toEqual([4n, 1n, 0n, 0n, 1n]);
    expect(usd.total).toBe(150_000n + HUGE);
    expect(usd.overdue).toBe(50_000n + HUGE);
  });

  it('never mixes currencies: each breakdown holds only its own rows', () => {
    const eur = revenueAgingBreakdown(ROWS, 'EUR', UNNAMED);
    expect(eur.total).toBe(20_000n);
    expect(eur.customers.map((customer) => customer.customerId)).toEqual(['cus_eur']);
    expect(revenueAgingBreakdown(ROWS, 'USD', UNNAMED).customers.map((customer) => customer.customerId)).not.toContain('cus_eur');
  });

  it('lists the top customers most owed first, exactly, and what the others owe per bucket', () => {
    const usd = revenueAgingBreakdown(ROWS, 'USD', UNNAMED);
    expect(usd.customers.map((customer) => [customer.label, customer.total, customer.overdue])).toEqual([
      [HOSTILE_CUSTOMER, HUGE, HUGE],
      ['Acme', 120_000n, 50_000n],
    ]);
    expect(usd.customers[1]!.amounts).toEqual([70_000n, 50_000n, 0n, 0n, 0n]);
    expect(usd.others).toEqual([30_000n, 0n, 0n, 0n, 0n]);
    expect(usd.othersTotal).toBe(30_000n);
  });

  it('names a customer without a name by its id, and keeps two customers of one name apart', () => {
    expect(revenueAgingBreakdown(ROWS, 'EUR', UNNAMED).customers[0]!.label).toBe('(unnamed) cus_eur');
    const twins = revenueAgingBreakdown(
      [
        { ...ROWS[1]!, customer_id: 'a', customer_name: 'Twin', amount_due: 2n },
        { ...ROWS[1]!, customer_id: 'b', customer_name: 'Twin', amount_due: 1n },
      ],
      'EUR',
      UNNAMED,
    );
    expect(twins.customers.map((customer) => customer.label)).toEqual(['Twin', 'Twin (2)']);
  });

  it('is all zeros for a currency without rows', () => {
    const none = revenueAgingBreakdown(ROWS, 'JPY', UNNAMED);
    expect(none.total).toBe(0n);
    expect(none.customers).toEqual([]);
  });
});

describe('revenueAgingCurrencies / pickAgingCurrency', () => {
  it('lists the currencies present and picks the first preference present', () => {
    expect(revenueAgingCurrencies(ROWS)).toEqual(['EUR', 'USD']);
    expect(pickAgingCurrency(['EUR', 'USD'], [undefined, 'USD'])).toBe('USD');
    expect(pickAgingCurrency(['EUR', 'USD'], ['GBP'])).toBe('EUR');
    expect(pickAgingCurrency([], ['USD'])).toBeUndefined();
  });
});

describe('shareOf', () => {
  it('is the ratio of two bigints, 0 of nothing', () => {
    expect(shareOf(1n, 4n)).toBe(0.25);
    expect(shareOf(HUGE, HUGE + 1n)).toBeCloseTo(1, 5);
    expect(shareOf(5n, 0n)).toBe(0);
  });
});

describe('revenueAgingBreakdown over incomplete or newer answers', () => {
  it('keeps a bucket it does not know, after the known ones, with its money in the total', () => {
    const rows = [
      ...ROWS,
      { customer_id: '', customer_name: '', currency: 'USD', bucket: '180+' as never, amount_due: 700n, invoices: 1n, is_total: true },
      { customer_id: 'cus_acme', customer_name: 'Acme', currency: 'USD', bucket: '180+' as never, amount_due: 700n, invoices: 1n, is_total: false },
    ];
    const breakdown = revenueAgingBreakdown(rows, 'USD', { unnamedCustomer: '(unnamed)' });
    expect(breakdown.buckets.at(-1)).toBe('180+');
    expect(breakdown.bucketTotals.at(-1)).toBe(700n);
    expect(breakdown.total).toBe(100_000n + 50_000n + HUGE + 700n);
  });

  it('computes the totals from the customers when the total rows are missing (never an empty state over money owed)', () => {
    const breakdown = revenueAgingBreakdown(ROWS.filter((row) => !row.is_total), 'USD', { unnamedCustomer: '(unnamed)' });
    expect(breakdown.total).toBe(HUGE + 70_000n + 50_000n);
    expect(breakdown.othersTotal).toBe(0n);
  });
});
