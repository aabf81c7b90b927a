import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import type { CreditBurnSummary } from '../../../src/core/queries/summarizeCreditBurn';
import { compareSortValues, type SortValue } from '../../../src/ui/DataTable/compareSortValues';
import { formatCell } from '../../../src/ui/DataTable/formatCell';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { creditBurnColumns, creditBurnCsv } from '../../../src/widgets/CreditBurn/creditBurnColumns';
import { creditBurnHeadline } from '../../../src/widgets/CreditBurn/creditBurnHeadline';
import { DEFAULT_CREDIT_BURN_LABELS } from '../../../src/widgets/CreditBurn/creditBurnLabels';
import { fillCreditBurnGaps } from '../../../src/widgets/CreditBurn/fillCreditBurnGaps';
import { summarizeCreditBurnChart } from '../../../src/widgets/CreditBurn/summarizeCreditBurnChart';
import { HUGE, ROWS, WINDOW } from './creditBurnFixtures';

const formatters = createFormatters({ locale: 'en-US', timeZone: 'UTC' });
const formatValue = (value: bigint) => formatters.count(value);
const points = fillCreditBurnGaps(ROWS, listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' }));
const projected: CreditBurnSummary = { balance: 1_400n, burnRatePerDay: 35.64, projectedDepletionDate: new Date('2027-02-03T10:00:00Z') };

describe('summarizeCreditBurnChart', () => {
  it('tells the balance, the movement in the window, the burn rate and the depletion day', () => {
    expect(summarizeCreditBurnChart({ points, summary: projected, window: WINDOW, formatters, formatValue, labels: DEFAULT_CREDIT_BURN_LABELS })).toBe(
      'Balance 1,400 credits; 9,007,199,254,741,993 granted and 300 spent from Nov 1, 2026 to Nov 3, 2026; burning 35.6 credits per day, projected to run out on Feb 3, 2027.',
    );
  });

  it('says when nothing is spent and when the balance is gone', () => {
    const still = { balance: 10n, burnRatePerDay: 0, projectedDepletionDate: null };
    const base = { points, window: undefined, formatters, formatValue, labels: DEFAULT_CREDIT_BURN_LABELS };
    expect(summarizeCreditBurnChart({ ...base, summary: still })).toMatch(/burning 0 credits per day, not running out at this rate\.$/);
    expect(summarizeCreditBurnChart({ ...base, summary: { ...still, balance: -5n, projectedDepletionDate: new Date() } })).toMatch(/already depleted\.$/);
  });
});

describe('labels.chartSummary', () => {
  it('words the sentence from formatted parts, for translation', () => {
    const text = summarizeCreditBurnChart({
      points,
      summary: { balance: 0n, burnRatePerDay: 2, projectedDepletionDate: new Date() },
      window: undefined,
      formatters,
      formatValue,
      labels: { chartSummary: (parts) => JSON.stringify(parts), window: (first, last) => `${first} – ${last}` },
    });
    expect(JSON.parse(text)).toEqual({ balance: '0', granted: '9,007,199,254,741,993', spent: '300', burnRate: '2', depletion: { kind: 'depleted' } });
  });
});

describe('creditBurnHeadline', () => {
  it('shows the exact balance, the rate per day and the projected day', () => {
    expect(creditBurnHeadline({ ...projected, balance: HUGE }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS)).toEqual([
      { id: 'balance', label: 'Balance', value: '9,007,199,254,740,993', tone: 'neutral' },
      { id: 'burn-rate', label: 'Burn rate', value: '35.6 per day' },
      { id: 'depletion', label: 'Projected depletion', value: 'Feb 3, 2027', tone: 'negative' },
    ]);
    const never = creditBurnHeadline({ balance: 5n, burnRatePerDay: 0, projectedDepletionDate: null }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS);
    expect(never[2]).toMatchObject({ value: 'Not depleting', tone: 'positive' });
    const gone = creditBurnHeadline({ balance: -1n, burnRatePerDay: 3, projectedDepletionDate: new Date() }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS);
    expect(gone[0]).toMatchObject({ value: '-1', tone: 'negative' });
    expect(gone[2]).toMatchObject({ value: 'Depleted' });
  });
});

describe('creditBurnColumns and creditBurnCsv', () => {
  const german = createFormatters({ locale: 'de-DE', timeZone: 'UTC' });
  const columns = creditBurnColumns({ granularity: 'day', formatters: german, formatValue: (value) => german.count(value), labels: DEFAULT_CREDIT_BURN_LABELS });

  it('shows every bucket with exact, localized amounts', () => {
    expect(columns.map((column) => column.header)).toEqual(['Period', 'Granted', 'Spent', 'Pending', 'Balance']);
    expect(columns.map((column) => formatCell(column, points[2]!))).toEqual(['03.11.2026', '9.007.199.254.740.993', '200', '50', '9.007.199.254.742.193']);
    const balance = columns.at(-1)!;
    expect(compareSortValues(balance.value(points[2]!) as SortValue, balance.value({ ...points[2]!, balance: points[2]!.balance - 1n }) as SortValue)).toBe(1);
  });

  it('exports the same rows and columns, amounts as plain integers', () => {
    expect(creditBurnCsv(columns, points).trimEnd().split('\r\n')).toEqual([
      'Period,Granted,Spent,Pending,Balance',
      '01.11.2026,1000,100,0,1400',
      '02.11.2026,0,0,0,1400',
      '03.11.2026,9007199254740993,200,50,9007199254742193',
    ]);
  });
});
