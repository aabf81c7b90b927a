/**
 * The chart's text summary (its `role="img"` name): the total cost, how many models, the window
 * and the most expensive models, e.g. "$85.39 across 8 models from Aug 23, 2026 to Nov 20, 2026;
 * most expensive: claude-sonnet-4 (anthropic) $31.22, gpt-4o (openai) $28.05, gpt-4.1 (openai) $9.66."
 */
import type { Formatters } from '../../core/format/createFormatters';
import { describeWindow, type TimeWindow } from '../shared/describeWindow';
import type { CostPerModelBars } from './costPerModelBars';
import type { CostPerModelFormat } from './costPerModelFormat';
import type { CostPerModelLabels } from './costPerModelLabels';

export interface CostPerModelSummaryInput {
  bars: CostPerModelBars;
  window: TimeWindow | undefined;
  formatters: Formatters;
  format: CostPerModelFormat;
  labels: Pick<CostPerModelLabels, 'across' | 'models' | 'mostExpensive'>;
  /** How many models to name. Default 3. */
  topCount?: number;
}

/** One sentence, plain text (it is rendered as text, never HTML). */
export function summarizeCostPerModel(input: CostPerModelSummaryInput): string {
  const { bars, window, formatters, format, labels } = input;
  let sentence = `${format.cost(bars.totalCost)} ${labels.across} ${format.count(BigInt(bars.bars.length))} ${labels.models}`;
  if (window) sentence += ` from ${describeWindow(window, formatters)}`;
  const top = bars.bars.slice(0, input.topCount ?? 3);
  if (top.length > 0) {
    const named = top.map((bar) => `${bar.modelLabel} (${bar.vendorLabel}) ${format.cost(bar.row.cost_amount)}`);
    sentence += `; ${labels.mostExpensive}: ${named.join(', ')}`;
  }
  return `${sentence}.`;
}
