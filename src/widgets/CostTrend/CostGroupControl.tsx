'use client';
import { COST_TREND_GROUPS, type CostTrendGroup } from '../../core/queries/costTrendReference';
import { ChoiceControl } from '../../ui/ChoiceControl/ChoiceControl';

export interface CostGroupControlProps {
  value: CostTrendGroup;
  onChange: (group: CostTrendGroup) => void;
  /** The group's accessible name. */
  label: string;
  optionLabels: Record<CostTrendGroup, string>;
  /** Which groupings to offer, in order. Default vendor, model, product. */
  options?: readonly CostTrendGroup[];
}

/** What a cost series is — vendor, model or product — as a `ChoiceControl` (`data-paw-control="cost-group"`). */
export function CostGroupControl({ value, onChange, label, optionLabels, options = COST_TREND_GROUPS }: CostGroupControlProps) {
  return <ChoiceControl value={value} onChange={onChange} options={options} optionLabels={optionLabels} label={label} name="cost-group" />;
}
