/** Every text of CostPerModel, overridable for translation through its `labels` prop. */
export interface CostPerModelLabels {
  title: string;
  /** The table's and the bar list's total row. */
  total: string;
  /** The bar that sums every model past the bars shown. */
  otherModels: string;
  /** The headline list's accessible name. */
  headline: string;
  /** Headline, table header and tooltip line of the cost. */
  cost: string;
  calls: string;
  inputTokens: string;
  outputTokens: string;
  /** Table header and tooltip line of the mean latency. */
  averageLatency: string;
  vendor: string;
  model: string;
  /** Signals sharing a trace with the calls (with `includeCostPerSignal`). */
  signals: string;
  costPerSignal: string;
  tableCaption: string;
  /** A model whose name is the empty string. */
  unnamedModel: string;
  /** A vendor whose name is the empty string. */
  unnamedVendor: string;
  /** In the chart summary: `$85.39 across 8 models from …`. */
  across: string;
  models: string;
  /** Before the most expensive models in the chart summary. */
  mostExpensive: string;
  /** Headline note: `top 20 models` when the list was cut at `limit`. */
  topModels: (count: string) => string;
}

export const DEFAULT_COST_PER_MODEL_LABELS: Readonly<CostPerModelLabels> = Object.freeze({
  title: 'Cost per model',
  total: 'Total',
  otherModels: 'Other models',
  headline: 'Cost totals',
  cost: 'Cost',
  calls: 'Calls',
  inputTokens: 'Input tokens',
  outputTokens: 'Output tokens',
  averageLatency: 'Avg latency',
  vendor: 'Vendor',
  model: 'Model',
  signals: 'Signals',
  costPerSignal: 'Cost per signal',
  tableCaption: 'AI cost by vendor and model',
  unnamedModel: '(no model)',
  unnamedVendor: '(no vendor)',
  across: 'across',
  models: 'models',
  mostExpensive: 'most expensive',
  topModels: (count: string) => `top ${count} models`,
});
