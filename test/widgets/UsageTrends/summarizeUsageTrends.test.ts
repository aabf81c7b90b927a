import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { listTimeBuckets } from '../../../src/widgets/shared/timeBuckets';
import { pivotTimeSeries } from '../../../src/ui/TimeSeriesChart/pivotTimeSeries';
import { summarizeUsageTrends } from '../../../src/widgets/UsageTrends/summarizeUsageTrends';
import { DEFAULT_USAGE_TRENDS_LABELS } from '../../../src/widgets/UsageTrends/usageTrendsLabels';
import { HOSTILE, ROWS, WINDOW } from './usageTrendsFixtures';

const formatters = createFormatters({ locale: 'en-US', timeZone: 'UTC' });
const formatValue = (value: bigint) => formatters.count(value);
const small = ROWS.filter((row) => row.signals < 100n);
const pivoted = pivotTimeSeries({
  rows: small,
  index: 'bucket',
  series: 'series',
  value: 'signals',
  isOther: (row) => row.is_other,
  windowBuckets: listTimeBuckets({ ...WINDOW, granularity: 'day', timeZone: 'UTC' }),
  unnamedLabel: '(no name)',
  otherLabel: 'Other',
});
const pivot = { series: pivoted.series.map((series) => ({ label: series.label, total: series.total as bigint })), total: pivoted.total as bigint };
const base = { pivot, window: WINDOW, formatters, formatValue, labels: DEFAULT_USAGE_TRENDS_LABELS };

describe('summarizeUsageTrends', () => {
  it('tells the total, the window, the change and the top series', () => {
    expect(summarizeUsageTrends({ ...base, totals: { current: 12_345n, previous: 10_973n } })).toBe(
      `12,345 signals from Nov 1, 2026 to Nov 3, 2026, up 12.5% on the previous period; top: email-triage 10, ${HOSTILE} 4, Other 2.`,
    );
  });

  it('says down, unchanged, or nothing when the previous period had no signals', () => {
    expect(summarizeUsageTrends({ ...base, totals: { current: 90n, previous: 100n } })).toContain(', down 10% on the previous period;');
    expect(summarizeUsageTrends({ ...base, totals: { current: 5n, previous: 5n } })).toContain(', unchanged on the previous period;');
    expect(summarizeUsageTrends({ ...base, totals: { current: 5n, previous: 0n } })).toBe(
      `5 signals from Nov 1, 2026 to Nov 3, 2026; top: email-triage 10, ${HOSTILE} 4, Other 2.`,
    );
  });

  it('falls back to the rows’ total without a summary, in the formatters’ locale', () => {
    const german = createFormatters({ locale: 'de-DE', timeZone: 'UTC' });
    const text = summarizeUsageTrends({ ...base, formatters: german, formatValue: (value) => german.count(value), topCount: 1, totals: undefined });
    expect(text).toBe('20 signals from 01.11.2026 to 03.11.2026; top: email-triage 10.');
  });
});

describe('labels.chartSummary', () => {
  it('words the sentence from formatted parts, for translation', () => {
    const german = createFormatters({ locale: 'de-DE', timeZone: 'UTC' });
    const text = summarizeUsageTrends({
      ...base,
      formatters: german,
      formatValue: (value) => german.count(value),
      totals: { current: 12_345n, previous: 10_973n },
      topCount: 1,
      labels: { chartSummary: (parts) => JSON.stringify(parts), window: (first, last) => `${first} bis ${last}` },
    });
    expect(JSON.parse(text)).toEqual({ total: '12.345', window: '01.11.2026 bis 03.11.2026', change: { direction: 'up', percent: '12,5\u00a0%' }, top: [{ label: 'email-triage', value: '10' }] });
  });
});
