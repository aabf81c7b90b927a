/**
 * The headline of CostPerModel: the exact total cost of the models shown, their calls and their
 * tokens (input + output). When the list was cut at `limit`, the note says the totals are of the
 * top models only — never presented as all spend.
 */
import type { HeadlineStat } from '../shared/HeadlineStats';
import type { CostPerModelBars } from './costPerModelBars';
import type { CostPerModelFormat } from './costPerModelFormat';
import type { CostPerModelLabels } from './costPerModelLabels';

/** Cost, calls and tokens; `limited` adds the `top N models` note to the cost. */
export function costPerModelHeadline(
  bars: CostPerModelBars,
  format: CostPerModelFormat,
  labels: Pick<CostPerModelLabels, 'cost' | 'calls' | 'inputTokens' | 'outputTokens' | 'topModels'>,
  limited: boolean,
): HeadlineStat[] {
  return [
    {
      id: 'cost',
      label: labels.cost,
      value: format.cost(bars.totalCost),
      ...(limited ? { detail: labels.topModels(format.count(BigInt(bars.bars.length))) } : {}),
    },
    { id: 'calls', label: labels.calls, value: format.count(bars.totalCalls) },
    { id: 'inputTokens', label: labels.inputTokens, value: format.tokens(bars.totalInputTokens) },
    { id: 'outputTokens', label: labels.outputTokens, value: format.tokens(bars.totalOutputTokens) },
  ];
}
