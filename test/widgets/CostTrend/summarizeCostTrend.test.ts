import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { costAxisFormat } from '../../../src/widgets/CostTrend/costAxisFormat';
import { DEFAULT_COST_TREND_LABELS } from '../../../src/widgets/CostTrend/costTrendLabels';
import { summarizeCostTrend } from '../../../src/widgets/CostTrend/summarizeCostTrend';

const usd = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const window = { from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-11-01T00:00:00Z') };

describe('summarizeCostTrend', () => {
  it('states the exact total, the window, the grouping and the three most expensive series', () => {
    const text = summarizeCostTrend({
      series: [
        { label: 'mistral', total: '5' },
        { label: 'openai', total: '80000.4' },
        { label: 'Other', total: '0.05' },
        { label: 'anthropic', total: '40000' },
        { label: 'none', total: '0' },
      ],
      total: '120005.45',
      window,
      group: 'vendor',
      formatters: usd,
      formatCost: (cents) => usd.cents(cents),
      labels: DEFAULT_COST_TREND_LABELS,
    });
    expect(text).toBe('$1,200.05 of AI cost from Oct 1, 2026 to Oct 31, 2026 by vendor; top: openai $800.00, anthropic $400.00, mistral $0.05.');
  });

  it('says only the total when nothing was spent, and takes a translated sentence', () => {
    const labels = { ...DEFAULT_COST_TREND_LABELS, chartSummary: (parts: { total: string; group: string }) => `${parts.total} nach ${parts.group}` };
    const text = summarizeCostTrend({ series: [], total: '0', window: undefined, group: 'model', formatters: usd, formatCost: (c) => usd.cents(c), labels });
    expect(text).toBe('$0.00 nach Model');
  });
});

describe('costAxisFormat', () => {
  it('writes cents as money: cents below ten units, whole units below a million, compact above', () => {
    expect(costAxisFormat(usd, 950)(950)).toBe('$9.50');
    expect(costAxisFormat(usd, 123_456)(123_456)).toBe('$1,235');
    expect(costAxisFormat(usd, 250_000_000)(250_000_000)).toBe('$2.5M');
    expect(costAxisFormat(usd, 100)(Number.NaN)).toBe('');
  });

  it('follows the locale and currency, and groups four digits like five in every locale', () => {
    const eur = createFormatters({ locale: 'de-DE', currency: 'EUR', timeZone: 'UTC' });
    expect(costAxisFormat(eur, 1_000_000)(1_000_000)).toBe('10.000\u00a0€');
    const es = createFormatters({ locale: 'es-ES', currency: 'EUR', timeZone: 'UTC' });
    const ticks = costAxisFormat(es, 1_000_000);
    expect([ticks(800_000), ticks(1_000_000)]).toEqual(['8.000\u00a0€', '10.000\u00a0€']);
  });

  it('never throws for a currency Intl rejects', () => {
    const odd = createFormatters({ locale: 'en-US', currency: 'US', timeZone: 'UTC' });
    expect(() => costAxisFormat(odd, 5000)(5000)).not.toThrow();
    expect(costAxisFormat(odd, 5000)(5000)).toMatch(/50/);
  });
});
