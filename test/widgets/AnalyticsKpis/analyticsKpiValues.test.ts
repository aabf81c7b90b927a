import { describe, expect, it } from 'vitest';
import type { AnalyticsKpisRow } from '../../../src/core/queries/analyticsKpis';
import { ANALYTICS_KPIS, analyticsKpiValues } from '../../../src/widgets/AnalyticsKpis/analyticsKpiValues';
import { kpiChange, kpiChangeRatio } from '../../../src/widgets/AnalyticsKpis/kpiChange';

const row = (kpi: AnalyticsKpisRow['kpi'], unit: string, current: string, previous: string | null, unit_label = ''): AnalyticsKpisRow => ({
  kpi,
  unit,
  unit_label,
  current,
  previous,
});

const ROWS: AnalyticsKpisRow[] = [
  row('signals', '', '9007199254740993', '9007199254740992'),
  row('ai_cost', '', '12345.6789012345', '100.0000000001'),
  row('revenue', 'EUR', '10000', '50'),
  row('outstanding', 'EUR', '777', null),
  row('credits_balance', 'cc_a', '1250.333333', '2000', 'AI credits'),
];

describe('analyticsKpiValues', () => {
  it('gives every KPI in the order asked, margin = revenue − AI cost exactly, cost in the billing currency', () => {
    const values = analyticsKpiValues(ROWS, ANALYTICS_KPIS, 'USD');
    expect(values.map((v) => [v.id, v.unit, v.current, v.previous])).toEqual([
      ['signals', '', '9007199254740993', '9007199254740992'],
      ['aiCost', 'EUR', '12345.6789012345', '100.0000000001'],
      ['revenue', 'EUR', '10000', '50'],
      ['margin', 'EUR', '-2345.6789012345', '-50.0000000001'],
      ['outstanding', 'EUR', '777', null],
      ['creditsBalance', 'cc_a', '1250.333333', '2000'],
    ]);
    expect(values.find((v) => v.kpi === 'aiCost')!.increaseIs).toBe('negative');
    expect(values.find((v) => v.kpi === 'margin')!.increaseIs).toBe('positive');
  });

  it('reads zero in the fallback currency when there are no invoices, and leaves out an absent credits balance', () => {
    const values = analyticsKpiValues([row('signals', '', '0', '0'), row('ai_cost', '', '0', '0')], ['revenue', 'margin', 'outstanding', 'creditsBalance'], 'JPY');
    expect(values.map((v) => [v.id, v.unit, v.current, v.previous])).toEqual([
      ['revenue', 'JPY', '0', '0'],
      ['margin', 'JPY', '0', '0'],
      ['outstanding', 'JPY', '0', null],
    ]);
  });

  it('never adds currencies: one revenue per currency, and no margin over several', () => {
    const values = analyticsKpiValues([...ROWS, row('revenue', 'USD', '5', '5')], ['revenue', 'margin', 'aiCost'], 'GBP');
    expect(values.map((v) => [v.id, v.unit, v.current])).toEqual([
      ['revenue:EUR', 'EUR', '10000'],
      ['revenue:USD', 'USD', '5'],
      ['margin', '', null],
      ['aiCost', 'GBP', '12345.6789012345'],
    ]);
  });

  it('names each of several credits balances by its currency', () => {
    const values = analyticsKpiValues([...ROWS, row('credits_balance', 'cc_b', '3', '4', 'Voice minutes')], ['creditsBalance'], 'USD');
    expect(values.map((v) => [v.id, v.unitLabel])).toEqual([
      ['creditsBalance:cc_a', 'AI credits'],
      ['creditsBalance:cc_b', 'Voice minutes'],
    ]);
  });
});

describe('kpiChange', () => {
  it('takes the ratio against the previous magnitude, so a smaller loss reads as a rise', () => {
    expect(kpiChangeRatio('-50', '-100')).toBe(0.5);
    expect(kpiChangeRatio('150', '100')).toBe(0.5);
    expect(kpiChangeRatio('5', '0')).toBeNull();
    expect(kpiChangeRatio('5', null)).toBeNull();
  });

  it('colours a rise of cost as bad news and has no change without a previous value', () => {
    const [, cost, , , outstanding] = analyticsKpiValues(ROWS, ANALYTICS_KPIS, 'USD');
    expect(kpiChange(cost!, { locale: 'en-US', context: 'vs previous period' })).toMatchObject({ direction: 'up', sentiment: 'negative' });
    expect(kpiChange(outstanding!, { locale: 'en-US', context: '' })).toBeUndefined();
  });
});
