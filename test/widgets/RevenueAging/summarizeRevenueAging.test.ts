import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { revenueAgingBreakdown } from '../../../src/widgets/RevenueAging/revenueAgingBreakdown';
import { revenueAgingHeadline } from '../../../src/widgets/RevenueAging/revenueAgingHeadline';
import { DEFAULT_REVENUE_AGING_LABELS } from '../../../src/widgets/RevenueAging/revenueAgingLabels';
import { summarizeRevenueAging } from '../../../src/widgets/RevenueAging/summarizeRevenueAging';
import { HOSTILE_CUSTOMER, ROWS } from './revenueAgingFixtures';

const formatters = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const formatEuro = (cents: bigint) => formatters.cents(cents, { currency: 'EUR' });

describe('summarizeRevenueAging', () => {
  it('tells the total, the day, the overdue share, each bucket and who owes most', () => {
    const breakdown = revenueAgingBreakdown(ROWS, 'EUR', { unnamedCustomer: '(unnamed)' });
    expect(summarizeRevenueAging({ breakdown, asOf: 'Nov 20, 2026', formatters, formatAmount: formatEuro, labels: DEFAULT_REVENUE_AGING_LABELS })).toBe(
      '€200.00 outstanding as of Nov 20, 2026, 100% overdue; Current €0.00, 1–30 days €0.00, 31–60 days €200.00, 61–90 days €0.00, 90+ days €0.00; most owed: (unnamed) cus_eur €200.00.',
    );
  });

  it('keeps a hostile customer name as plain text', () => {
    const breakdown = revenueAgingBreakdown(ROWS, 'USD', { unnamedCustomer: '(unnamed)' });
    const text = summarizeRevenueAging({ breakdown, asOf: 'x', formatters, formatAmount: (cents) => formatters.cents(cents), labels: DEFAULT_REVENUE_AGING_LABELS, topCount: 1 });
    expect(text.endsWith(`most owed: ${HOSTILE_CUSTOMER} $90,071,992,547,409.93.`)).toBe(true);
  });
});

describe('revenueAgingHeadline', () => {
  it('gives the exact outstanding and overdue amounts and the overdue share', () => {
    const breakdown = revenueAgingBreakdown(
      ROWS.filter((row) => row.bucket !== '90+'),
      'USD',
      { unnamedCustomer: '(unnamed)' },
    );
    const stats = revenueAgingHeadline(breakdown, formatters, (cents) => formatters.cents(cents), DEFAULT_REVENUE_AGING_LABELS);
    expect(stats).toEqual([
      { id: 'outstanding', label: 'Outstanding', value: '$1,500.00' },
      { id: 'overdue', label: 'Overdue', value: '$500.00', detail: '33.3% of outstanding', tone: 'negative' },
    ]);
  });

  it('is neutral when nothing is overdue', () => {
    const breakdown = revenueAgingBreakdown(ROWS.filter((row) => row.bucket === 'current'), 'USD', { unnamedCustomer: '(unnamed)' });
    const overdue = revenueAgingHeadline(breakdown, formatters, (cents) => formatters.cents(cents), DEFAULT_REVENUE_AGING_LABELS)[1]!;
    expect(overdue).toMatchObject({ value: '$0.00', detail: '0% of outstanding', tone: 'neutral' });
  });
});
