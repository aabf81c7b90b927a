import { describe, expect, it } from 'vitest';
import { costPerModel } from '../../../src/core/queries/costPerModel';
import { costPerModelReference } from '../../../src/core/queries/costPerModelReference';
import { costTrend } from '../../../src/core/queries/costTrend';
import { costTrendReference } from '../../../src/core/queries/costTrendReference';
import { creditBurn } from '../../../src/core/queries/creditBurn';
import { creditBurnReference } from '../../../src/core/queries/creditBurnReference';
import { defineQueryReference } from '../../../src/core/queries/queryReference';
import { param } from '../../../src/core/queries/paramBuilders';
import { invalidParams } from '../../../src/core/queries/params';
import { column } from '../../../src/core/queries/resultColumns';
import { revenueAging } from '../../../src/core/queries/revenueAging';
import { revenueAgingReference } from '../../../src/core/queries/revenueAgingReference';
import { revenueTrend } from '../../../src/core/queries/revenueTrend';
import { revenueTrendReference } from '../../../src/core/queries/revenueTrendReference';
import { usageSummary } from '../../../src/core/queries/usageSummary';
import { usageSummaryReference } from '../../../src/core/queries/usageSummaryReference';
import { usageTrends } from '../../../src/core/queries/usageTrends';
import { usageTrendsReference } from '../../../src/core/queries/usageTrendsReference';

const PAIRS = [
  [usageTrendsReference, usageTrends, { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', topN: 3 }],
  [usageSummaryReference, usageSummary, { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z' }],
  [creditBurnReference, creditBurn, { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', creditsCurrencyId: 'cc_1' }],
  [revenueAgingReference, revenueAging, { asOf: '2026-11-01', currency: 'USD' }],
  [costPerModelReference, costPerModel, { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', includeCostPerSignal: true }],
  [costTrendReference, costTrend, { from: '2026-10-01T00:00:00Z', to: '2026-11-01T00:00:00Z', groupBy: 'model', topN: 3 }],
  [revenueTrendReference, revenueTrend, { from: '2026-01-01T00:00:00Z', to: '2026-11-01T00:00:00Z', granularity: 'week', currency: 'EUR' }],
] as const;

describe('defineQueryReference', () => {
  it('gives a query by name, params parser and columns, with no SQL', () => {
    const reference = defineQueryReference({
      name: 'spend-by-vendor',
      params: { limit: param.integer({ min: 1, max: 50 }).default(10) },
      refine: (p) => {
        if (p.limit === 13) throw invalidParams('limit: 13 is refused');
      },
      columns: { vendor: column.string() },
    });
    expect(reference.name).toBe('spend-by-vendor');
    expect(reference.parseParams({})).toEqual({ limit: 10 });
    expect(() => reference.parseParams({ limit: 13 })).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    expect(() => reference.parseParams({ limt: 3 })).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    expect(Object.keys(reference.columns)).toEqual(['vendor']);
    expect('toSql' in reference).toBe(false);
    expect(Object.isFrozen(reference)).toBe(true);
  });
});

describe('the built-in queries’ references', () => {
  it.each(PAIRS.map(([reference, query, input]) => [reference.name, reference, query, input] as const))(
    '%s: same name, columns and parsed params as the full definition, and no SQL',
    (_name, reference, query, input) => {
      expect(reference.name).toBe(query.name);
      expect(reference.columns).toEqual(query.columns);
      expect(reference.parseParams(input)).toEqual(query.parseParams(input));
      expect('toSql' in reference).toBe(false);
      expect('build' in reference).toBe(false);
    },
  );

  it.each(PAIRS.map(([reference, query]) => [reference.name, reference, query] as const))(
    '%s: refuses the same bad input with the same error',
    (_name, reference, query) => {
      const bad = { from: '2026-11-01T00:00:00Z', to: '2026-10-01T00:00:00Z', asOf: 'yesterday', unknownKey: 1 };
      const errorOf = (parse: () => unknown) => {
        try {
          parse();
        } catch (error) {
          return error;
        }
        throw new Error('expected the parser to refuse');
      };
      const fromReference = errorOf(() => reference.parseParams(bad));
      expect(fromReference).toMatchObject({ code: 'INVALID_PARAMS' });
      expect(fromReference).toEqual(errorOf(() => query.parseParams(bad)));
    },
  );
});
