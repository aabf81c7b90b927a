import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { compareSortValues, type SortValue } from '../../../src/ui/DataTable/compareSortValues';
import { formatCell } from '../../../src/ui/DataTable/formatCell';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { pivotUsageTrends } from '../../../src/widgets/UsageTrends/pivotUsageTrends';
import { usageTrendsColumns, usageTrendsCsv, usageTrendsTableRows } from '../../../src/widgets/UsageTrends/usageTrendsColumns';
import { HOSTILE, HUGE, ROWS, WINDOW } from './usageTrendsFixtures';

const formatters = createFormatters({ locale: 'de-DE', timeZone: 'UTC' });
const pivot = pivotUsageTrends(ROWS, listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' }), { other: 'Andere', unnamedSignal: '(ohne Namen)' });
const columns = usageTrendsColumns({ pivot, granularity: 'day', formatters, formatValue: (value) => formatters.count(value), labels: { period: 'Zeitraum', bucketTotal: 'Summe' } });
const rows = usageTrendsTableRows(pivot);

describe('usageTrendsColumns', () => {
  it('has the period, one column per series in chart order, and the total', () => {
    expect(columns.map((column) => column.header)).toEqual(['Zeitraum', 'email-triage', HOSTILE, 'Other', 'Andere', 'Summe']);
    expect(rows).toHaveLength(3);
  });

  it('formats cells exactly in the locale, gap rows as zeros', () => {
    expect(columns.map((column) => formatCell(column, rows[2]!))).toEqual(['03.11.2026', '9.007.199.254.740.993', '0', '2', '1', '9.007.199.254.740.996']);
    expect(columns.map((column) => formatCell(column, rows[1]!))).toEqual(['02.11.2026', '0', '0', '0', '0', '0']);
  });

  it('sorts counts as exact bigints', () => {
    const total = columns.at(-1)!;
    const sortValue = (row: (typeof rows)[number]) => total.value(row) as SortValue;
    expect(typeof sortValue(rows[2]!)).toBe('bigint');
    const near = { ...rows[2]!, total: HUGE + 2n };
    expect(compareSortValues(sortValue(near), sortValue(rows[2]!))).toBe(-1); // …995 < …996, equal as floats
  });
});

describe('usageTrendsCsv', () => {
  it('writes the table’s headers and rows, counts as plain exact integers', () => {
    const csv = usageTrendsCsv(columns, rows);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines).toEqual([
      `Zeitraum,email-triage,${HOSTILE},Other,Andere,Summe`,
      '01.11.2026,10,4,0,3,17',
      '02.11.2026,0,0,0,0,0',
      '03.11.2026,9007199254740993,0,2,1,9007199254740996',
    ]);
  });
});
