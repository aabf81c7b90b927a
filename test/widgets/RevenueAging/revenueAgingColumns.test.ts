import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { compareSortValues, type SortValue } from '../../../src/ui/DataTable/compareSortValues';
import { formatCell } from '../../../src/ui/DataTable/formatCell';
import { revenueAgingBreakdown } from '../../../src/widgets/RevenueAging/revenueAgingBreakdown';
import { revenueAgingColumns, revenueAgingCsv, revenueAgingTableRows } from '../../../src/widgets/RevenueAging/revenueAgingColumns';
import { DEFAULT_REVENUE_AGING_LABELS } from '../../../src/widgets/RevenueAging/revenueAgingLabels';
import { HOSTILE_CUSTOMER, HUGE, ROWS } from './revenueAgingFixtures';

const german = createFormatters({ locale: 'de-DE', currency: 'EUR', timeZone: 'UTC' });
const breakdown = revenueAgingBreakdown(ROWS, 'USD', { unnamedCustomer: '(unnamed)' });
const columns = revenueAgingColumns({ breakdown, formatAmount: (cents) => german.cents(cents, { currency: 'USD' }), labels: DEFAULT_REVENUE_AGING_LABELS });
const rows = revenueAgingTableRows(breakdown);

describe('revenueAgingColumns', () => {
  it('has the customer, the five buckets and the total', () => {
    expect(columns.map((column) => column.header)).toEqual(['Customer', 'Current', '1–30 days', '31–60 days', '61–90 days', '90+ days', 'Total']);
    expect(rows).toHaveLength(2);
  });

  it('formats every amount exactly in the locale and the data’s currency', () => {
    expect(columns.map((column) => formatCell(column, rows[0]!))).toEqual([
      HOSTILE_CUSTOMER,
      '0,00\u00A0$',
      '0,00\u00A0$',
      '0,00\u00A0$',
      '0,00\u00A0$',
      '90.071.992.547.409,93\u00A0$',
      '90.071.992.547.409,93\u00A0$',
    ]);
  });

  it('sorts amounts as exact bigints', () => {
    const total = columns.at(-1)!;
    expect(typeof total.value(rows[0]!)).toBe('bigint');
    const near = { ...rows[0]!, total: HUGE - 1n };
    expect(Number(near.total)).toBe(Number(rows[0]!.total));
    expect(compareSortValues(total.value(near) as SortValue, total.value(rows[0]!) as SortValue)).toBe(-1);
  });
});

describe('revenueAgingCsv', () => {
  it('writes the table’s rows, amounts as exact major units under the currency', () => {
    const lines = revenueAgingCsv(columns, rows).trimEnd().split('\r\n');
    expect(lines).toEqual([
      'Customer,Current (USD),1–30 days (USD),31–60 days (USD),61–90 days (USD),90+ days (USD),Total (USD)',
      `${HOSTILE_CUSTOMER},0.00,0.00,0.00,0.00,90071992547409.93,90071992547409.93`,
      'Acme,700.00,500.00,0.00,0.00,0.00,1200.00',
    ]);
  });
});
