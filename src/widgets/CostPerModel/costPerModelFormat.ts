/**
 * How CostPerModel writes each kind of number — cost, counts, tokens, latency — in one object
 * the option builder, the columns, the headline and the summary all read, so a host's override
 * (`costFormatter`, …) reaches every place a number is shown.
 */
import type { Formatters } from '../../core/format/createFormatters';

export interface CostPerModelFormat {
  /** Exact cents as the decimal string the API sent (fractional cents, e.g. `'0.0423150000'`). */
  cost: (cents: string) => string;
  /** Calls and signals, exactly. */
  count: (value: bigint) => string;
  /** Token counts, exactly (no compact notation: `6,933,352`). */
  tokens: (value: bigint) => string;
  /** Mean latency in milliseconds. */
  latency: (ms: number) => string;
}

/** The provider's formatters (`formatCents`, `formatCount`, …) with the host's overrides on top. */
export function costPerModelFormat(formatters: Formatters, overrides: Partial<CostPerModelFormat> = {}): CostPerModelFormat {
  return {
    cost: overrides.cost ?? ((cents) => formatters.cents(cents)),
    count: overrides.count ?? ((value) => formatters.count(value)),
    tokens: overrides.tokens ?? ((value) => formatters.tokens(value, { notation: 'standard' })),
    latency: overrides.latency ?? ((ms) => formatters.duration(ms)),
  };
}
