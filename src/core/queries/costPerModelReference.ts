/**
 * `cost-per-model` as the browser asks for it (`costPerModelReference`): its params, their checks and the
 * declared result columns, without the SQL (in `costPerModel.ts`, for the proxy and hosts).
 */
import { MAX_WINDOW_DAYS, parseTimeWindow } from './params';
import { paramBoolean, paramDateTime, paramId, paramInteger, paramText, type ParsedParams } from './paramBuilders';
import { column } from './resultColumns';
import { defineQueryReference } from './queryReference';
import type { NamedQueryReference } from './types';

/** What a caller passes to `cost-per-model`. */
export interface CostPerModelInput {
  /** Start of the window, inclusive (ISO 8601 date-time with `Z` or an offset, or a Date). */
  from: string | Date;
  /** End of the window, exclusive; at most 2 years after `from`. */
  to: string | Date;
  /** Only this product (agent). */
  productId?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this vendor (exact match, e.g. `openai`). */
  vendor?: string;
  /** The most expensive N vendor × model pairs (1–1000, default 20). */
  limit?: number;
  /** Also count the signals sharing `trace_id` with the calls, and the cost per signal. Default false. */
  includeCostPerSignal?: boolean;
}

/** The validated params of `cost-per-model`. */
export interface CostPerModelParams {
  from: Date;
  to: Date;
  productId: string | undefined;
  customerId: string | undefined;
  vendor: string | undefined;
  limit: number;
  includeCostPerSignal: boolean;
}

/** One vendor × model. */
export interface CostPerModelRow {
  vendor: string;
  model: string;
  /** `SUM(cost_amount)`: exact fractional cents as a decimal string (e.g. `"1234.5678901234"`). */
  cost_amount: string;
  calls: bigint;
  input_tokens: bigint;
  output_tokens: bigint;
  /** Mean latency of the calls in milliseconds. */
  avg_latency_ms: number;
  /**
   * Signals in the window sharing a `trace_id` with these calls (counted as distinct traces:
   * one signal per trace); `null` unless `includeCostPerSignal`.
   */
  signals: bigint | null;
  /**
   * `cost_amount / signals` in cents (decimal string, 10 decimal places at most); `null` unless
   * `includeCostPerSignal`, or when no signal shares a trace with the calls.
   */
  cost_per_signal: string | null;
}

/** The params `cost-per-model` declares. */
export const COST_PER_MODEL_PARAMS = {
  from: paramDateTime(),
  to: paramDateTime(),
  productId: paramId().optional(),
  customerId: paramId().optional(),
  vendor: paramText().optional(),
  limit: paramInteger({ min: 1, max: 1000 }).default(20),
  includeCostPerSignal: paramBoolean().default(false),
};

/** The browser-side part of `cost-per-model`, shared by the reference and the full definition. */
export const COST_PER_MODEL_DECLARATION = {
  name: 'cost-per-model',
  params: COST_PER_MODEL_PARAMS,
  refine: (params: ParsedParams<typeof COST_PER_MODEL_PARAMS>) => void parseTimeWindow(params.from, params.to, { maxDays: MAX_WINDOW_DAYS }),
  columns: {
    vendor: column.string(),
    model: column.string(),
    cost_amount: column.decimal(),
    calls: column.uint64(),
    input_tokens: column.uint64(),
    output_tokens: column.uint64(),
    avg_latency_ms: column.float(),
    signals: column.uint64({ nullable: true }),
    cost_per_signal: column.decimal({ nullable: true }),
  },
};

/** `cost-per-model` by name, params and columns, without its SQL: what its hook sends. */
export const costPerModelReference: NamedQueryReference<CostPerModelInput, CostPerModelParams, CostPerModelRow> = defineQueryReference(COST_PER_MODEL_DECLARATION);
