import { describe, expectTypeOf, it } from 'vitest';
import type { Scope } from '../../../src/core/contract';
import { compileQuery } from '../../../src/core/queries/compileQuery';
import { costPerModel } from '../../../src/core/queries/costPerModel';
import type { CostPerModelInput, CostPerModelRow } from '../../../src/core/queries/costPerModel';
import { creditBurn } from '../../../src/core/queries/creditBurn';
import type { CreditBurnInput, CreditBurnRow } from '../../../src/core/queries/creditBurn';
import { NAMED_QUERIES } from '../../../src/core/queries/registry';
import type { NamedQueryName } from '../../../src/core/queries/registry';
import { revenueAging } from '../../../src/core/queries/revenueAging';
import type { AgingBucket, RevenueAgingInput, RevenueAgingRow } from '../../../src/core/queries/revenueAging';
import { summarizeCreditBurn } from '../../../src/core/queries/summarizeCreditBurn';
import type { BurnRateWindow, CreditBurnSummary } from '../../../src/core/queries/summarizeCreditBurn';
import type { QueryRegistry } from '../../../src/core/queries/queryRegistry';
import type { InputOf, ParamsOf, RowOf } from '../../../src/core/queries/types';
import { usageSummary } from '../../../src/core/queries/usageSummary';
import type { UsageSummaryRow } from '../../../src/core/queries/usageSummary';
import { usageTrends } from '../../../src/core/queries/usageTrends';
import type { UsageTrendsInput, UsageTrendsParams, UsageTrendsRow } from '../../../src/core/queries/usageTrends';

describe('usage-trends types', () => {
  it('decodes buckets to Dates and counts to bigint', () => {
    expectTypeOf<RowOf<typeof usageTrends>>().toEqualTypeOf<UsageTrendsRow>();
    expectTypeOf<UsageTrendsRow>().toEqualTypeOf<{ bucket: Date; series: string; is_other: boolean; signals: bigint }>();
  });
  it('requires the window and leaves the rest optional', () => {
    expectTypeOf<InputOf<typeof usageTrends>>().toEqualTypeOf<UsageTrendsInput>();
    expectTypeOf<{ from: string; to: Date }>().toExtend<UsageTrendsInput>();
    expectTypeOf<{ from: string }>().not.toExtend<UsageTrendsInput>();
    expectTypeOf<{ from: string; to: string; granularity: 'minute' }>().not.toExtend<UsageTrendsInput>();
    expectTypeOf<ParamsOf<typeof usageTrends>>().toEqualTypeOf<UsageTrendsParams>();
    expectTypeOf<UsageTrendsParams['from']>().toEqualTypeOf<Date>();
  });
  it('shares its input with usage-summary, whose one row holds two bigints', () => {
    expectTypeOf<InputOf<typeof usageSummary>>().toEqualTypeOf<UsageTrendsInput>();
    expectTypeOf<RowOf<typeof usageSummary>>().toEqualTypeOf<UsageSummaryRow>();
    expectTypeOf<UsageSummaryRow>().toEqualTypeOf<{ current: bigint; previous: bigint }>();
  });
});

describe('cost-per-model types', () => {
  it('keeps money as an exact decimal string and counts as bigint', () => {
    expectTypeOf<RowOf<typeof costPerModel>>().toEqualTypeOf<CostPerModelRow>();
    expectTypeOf<CostPerModelRow['cost_amount']>().toEqualTypeOf<string>();
    expectTypeOf<CostPerModelRow['calls']>().toEqualTypeOf<bigint>();
    expectTypeOf<CostPerModelRow['input_tokens']>().toEqualTypeOf<bigint>();
    expectTypeOf<CostPerModelRow['avg_latency_ms']>().toEqualTypeOf<number>();
    expectTypeOf<CostPerModelRow['signals']>().toEqualTypeOf<bigint | null>();
    expectTypeOf<CostPerModelRow['cost_per_signal']>().toEqualTypeOf<string | null>();
  });
  it('takes the window and optional filters', () => {
    expectTypeOf<InputOf<typeof costPerModel>>().toEqualTypeOf<CostPerModelInput>();
    expectTypeOf<{ from: string; to: string; includeCostPerSignal: true; limit: 5 }>().toExtend<CostPerModelInput>();
    expectTypeOf<{ from: string; to: string; limit: '5' }>().not.toExtend<CostPerModelInput>();
  });
});

describe('revenue-aging types', () => {
  it('names its buckets and keeps amounts in bigint cents', () => {
    expectTypeOf<RowOf<typeof revenueAging>>().toEqualTypeOf<RevenueAgingRow>();
    expectTypeOf<RevenueAgingRow['bucket']>().toEqualTypeOf<AgingBucket>();
    expectTypeOf<AgingBucket>().toEqualTypeOf<'current' | '1-30' | '31-60' | '61-90' | '90+'>();
    expectTypeOf<RevenueAgingRow['amount_due']>().toEqualTypeOf<bigint>();
    expectTypeOf<RevenueAgingRow['is_total']>().toEqualTypeOf<boolean>();
  });
  it('needs no params at all', () => {
    expectTypeOf<InputOf<typeof revenueAging>>().toEqualTypeOf<RevenueAgingInput>();
    expectTypeOf<{}>().toExtend<RevenueAgingInput>();
  });
});

describe('credit-burn types', () => {
  it('has credits as exact decimal text and a Date bucket', () => {
    expectTypeOf<RowOf<typeof creditBurn>>().toEqualTypeOf<CreditBurnRow>();
    expectTypeOf<CreditBurnRow>().toEqualTypeOf<{ bucket: Date; granted: string; spent: string; pending: string; balance: string }>();
  });
  it('requires a credits currency and no hourly granularity', () => {
    expectTypeOf<InputOf<typeof creditBurn>>().toEqualTypeOf<CreditBurnInput>();
    expectTypeOf<{ from: string; to: string }>().not.toExtend<CreditBurnInput>();
    expectTypeOf<{ from: string; to: string; creditsCurrencyId: string; granularity: 'hour' }>().not.toExtend<CreditBurnInput>();
  });
  it('summarizes rows into an exact balance and rate, the rate’s window and a nullable date', () => {
    expectTypeOf(summarizeCreditBurn).parameter(0).toEqualTypeOf<readonly CreditBurnRow[]>();
    expectTypeOf(summarizeCreditBurn).returns.toEqualTypeOf<CreditBurnSummary>();
    expectTypeOf<CreditBurnSummary['balance']>().toEqualTypeOf<string>();
    expectTypeOf<CreditBurnSummary['burnRatePerDay']>().toEqualTypeOf<string>();
    expectTypeOf<CreditBurnSummary['window']>().toEqualTypeOf<BurnRateWindow>();
    expectTypeOf<CreditBurnSummary['projectedDepletionDate']>().toEqualTypeOf<Date | null>();
  });
});

describe('registry and compileQuery types', () => {
  it('keys each query by its wire name with its own types', () => {
    expectTypeOf<NamedQueryName>().toEqualTypeOf<'usage-trends' | 'usage-summary' | 'cost-per-model' | 'revenue-aging' | 'credit-burn' | 'billing-period-usage' | 'revenue-trend' | 'analytics-kpis' | 'cost-trend'>();
    expectTypeOf<RowOf<(typeof NAMED_QUERIES)['credit-burn']>>().toEqualTypeOf<CreditBurnRow>();
  });
  it('compiles untrusted params and a scope to a string, from the built-ins or a given registry', () => {
    expectTypeOf(compileQuery).parameters.toEqualTypeOf<[name: string, params: unknown, scope: Scope, registry?: QueryRegistry]>();
    expectTypeOf(compileQuery).returns.toEqualTypeOf<string>();
  });
});
