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
import { formatCredits } from '../../../src/widgets/CreditBurn/formatCredits';
import { HUGE, ROWS, WINDOW } from './creditBurnFixtures';

const formatters = createFormatters({ locale: 'en-US', timeZone: 'UTC' });
const formatValue = (value: string) => formatCredits(value, formatters);
const points = fillCreditBurnGaps(ROWS, listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' }));
const RATE_WINDOW = { from: new Date('2026-10-05T00:00:00Z'), to: new Date('2026-11-04T00:00:00Z'), days: 30, through: new Date('2026-11-05T00:00:00Z') };
const projected: CreditBurnSummary = {
  balance: '1400.5',
  spentInWindow: '1069.2',
  burnRatePerDay: '35.64',
  window: RATE_WINDOW,
  projectedDepletionDate: new Date('2027-02-03T10:00:00Z'),
};
const still: CreditBurnSummary = { balance: '10', spentInWindow: '0', burnRatePerDay: '0', window: RATE_WINDOW, projectedDepletionDate: null };

describe('summarizeCreditBurnChart', () => {
  it('tells the balance, the movement in the window, the burn rate and the depletion day', () => {
    expect(summarizeCreditBurnChart({ points, summary: projected, window: WINDOW, formatters, formatValue, labels: DEFAULT_CREDIT_BURN_LABELS })).toBe(
      'Balance 1,400.5 credits; 9,007,199,254,741,993.25 granted and 300.500001 spent from Nov 1, 2026 to Nov 3, 2026; burning 35.6 credits per day over the last 30 days, projected to run out on Feb 3, 2027.',
    );
  });

  it('says when nothing is spent and when the balance is gone', () => {
    const base = { points, window: undefined, formatters, formatValue, labels: DEFAULT_CREDIT_BURN_LABELS };
    expect(summarizeCreditBurnChart({ ...base, summary: still })).toMatch(/burning 0 credits per day over the last 30 days, not running out at this rate\.$/);
    expect(summarizeCreditBurnChart({ ...base, summary: { ...still, balance: '-0.5', projectedDepletionDate: new Date() } })).toMatch(/already depleted\.$/);
  });
});

describe('labels.chartSummary', () => {
  it('words the sentence from formatted parts, for translation', () => {
    const text = summarizeCreditBurnChart({
      points,
      summary: { ...still, balance: '0', burnRatePerDay: '2', projectedDepletionDate: new Date() },
      window: undefined,
      formatters,
      formatValue,
      labels: { chartSummary: (parts) => JSON.stringify(parts), window: (first, last) => `${first} – ${last}`, burnRateWindow: (days) => `${days} Tage` },
    });
    expect(JSON.parse(text)).toEqual({
      balance: '0',
      granted: '9,007,199,254,741,993.25',
      spent: '300.500001',
      burnRate: '2',
      burnRateWindow: '30 Tage',
      depletion: { kind: 'depleted' },
    });
  });
});

describe('creditBurnHeadline', () => {
  it('shows the exact balance, the rate per day and the projected day', () => {
    expect(creditBurnHeadline({ ...projected, balance: HUGE }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS)).toEqual([
      { id: 'balance', label: 'Balance', value: '9,007,199,254,740,993.25', tone: 'neutral' },
      { id: 'burn-rate', label: 'Burn rate', value: '35.6 per day', detail: 'Last 30 days', tone: 'neutral' },
      { id: 'depletion', label: 'Projected depletion', value: 'Feb 3, 2027', tone: 'negative' },
    ]);
    const never = creditBurnHeadline({ ...still, balance: '5' }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS);
    expect(never[2]).toMatchObject({ value: 'Not depleting', tone: 'positive' });
    const gone = creditBurnHeadline({ ...still, balance: '-0.000001', burnRatePerDay: '3', projectedDepletionDate: new Date() }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS);
    expect(gone[0]).toMatchObject({ value: '-0.000001', tone: 'negative' });
    expect(gone[2]).toMatchObject({ value: 'Depleted' });
  });

  it('shows a small rate with enough digits never to read as zero', () => {
    expect(creditBurnHeadline({ ...still, burnRatePerDay: '0.111111' }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS)[1]!.value).toBe('0.111111 per day');
    expect(creditBurnHeadline({ ...still, burnRatePerDay: '2.256' }, formatters, formatValue, DEFAULT_CREDIT_BURN_LABELS)[1]!.value).toBe('2.26 per day');
  });
});

describe('creditBurnColumns and creditBurnCsv', () => {
  const german = createFormatters({ locale: 'de-DE', timeZone: 'UTC' });
  const columns = creditBurnColumns({ granularity: 'day', formatters: german, formatValue: (value) => formatCredits(value, german), labels: DEFAULT_CREDIT_BURN_LABELS });

  it('shows every bucket with exact, localized amounts', () => {
    expect(columns.map((column) => column.header)).toEqual(['Period', 'Granted', 'Spent', 'Pending', 'Balance']);
    expect(columns.map((column) => formatCell(column, points[2]!))).toEqual(['03.11.2026', '9.007.199.254.740.993,25', '200,000001', '50', '9.007.199.254.742.192,749999']);
    const balance = columns.at(-1)!;
    const justBelow = { ...points[2]!, balance: '9007199254742192.749998' };
    expect(compareSortValues(balance.value(points[2]!) as SortValue, balance.value(justBelow) as SortValue)).toBe(1);
  });

  it('exports the same rows and columns, amounts as exact plain decimals', () => {
    expect(creditBurnCsv(columns, points).trimEnd().split('\r\n')).toEqual([
      'Period,Granted,Spent,Pending,Balance',
      '2026-11-01T00:00:00.000Z,1000,100.5,0,1399.5',
      '2026-11-02T00:00:00.000Z,0,0,0,1399.5',
      '2026-11-03T00:00:00.000Z,9007199254740993.25,200.000001,50,9007199254742192.749999',
    ]);
  });
});
