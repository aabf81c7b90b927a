import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../../src/core/format/createFormatters';
import { costPerModelBars } from '../../../src/widgets/CostPerModel/costPerModelBars';
import { costPerModelFormat } from '../../../src/widgets/CostPerModel/costPerModelFormat';
import { costPerModelHeadline } from '../../../src/widgets/CostPerModel/costPerModelHeadline';
import { DEFAULT_COST_PER_MODEL_LABELS } from '../../../src/widgets/CostPerModel/costPerModelLabels';
import { summarizeCostPerModel } from '../../../src/widgets/CostPerModel/summarizeCostPerModel';
import { HOSTILE_MODEL, ROWS } from './costPerModelFixtures';

const formatters = createFormatters({ locale: 'en-US', currency: 'USD', timeZone: 'UTC' });
const format = costPerModelFormat(formatters);
const bars = costPerModelBars(ROWS, { unnamedModel: '(no model)', unnamedVendor: '(no vendor)' });
const WINDOW = { from: new Date('2026-08-23T00:00:00Z'), to: new Date('2026-11-21T00:00:00Z') };

describe('summarizeCostPerModel', () => {
  it('tells the exact total, the window and the most expensive models with their vendors', () => {
    expect(summarizeCostPerModel({ bars, window: WINDOW, formatters, format, labels: DEFAULT_COST_PER_MODEL_LABELS })).toBe(
      '$60.28 across 4 models from Aug 23, 2026 to Nov 20, 2026; most expensive: claude-sonnet-4 (anthropic) $31.22, gpt-4o (openai) $28.05, gpt-4o (azure) $1.01.',
    );
  });

  it('keeps hostile names as plain text and names as many models as asked', () => {
    const text = summarizeCostPerModel({ bars, window: undefined, formatters, format, labels: DEFAULT_COST_PER_MODEL_LABELS, topCount: 4 });
    expect(text).toContain(`${HOSTILE_MODEL} (self-hosted) $0.00042.`);
    expect(text.startsWith('$60.28 across 4 models; most expensive:')).toBe(true);
  });
});

describe('costPerModelHeadline', () => {
  it('gives the exact total cost, calls and tokens, noting a list cut at the limit', () => {
    const stats = costPerModelHeadline(bars, format, DEFAULT_COST_PER_MODEL_LABELS, true);
    expect(stats.map((stat) => [stat.id, stat.value])).toEqual([
      ['cost', '$60.28'],
      ['calls', '9,007,199,254,743,177'],
      ['inputTokens', '9,007,199,254,743,177,000'],
      ['outputTokens', '900,719,925,474,317,700'],
    ]);
    expect(stats[0]!.detail).toBe('top 4 models');
    expect(costPerModelHeadline(bars, format, DEFAULT_COST_PER_MODEL_LABELS, false)[0]!.detail).toBeUndefined();
  });
});
