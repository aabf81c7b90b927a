import { describe, expect, it } from 'vitest';
import { costPerModelBars } from '../../../src/widgets/CostPerModel/costPerModelBars';
import { HOSTILE_MODEL, HUGE, ROWS } from './costPerModelFixtures';

const UNNAMED = { unnamedModel: '(no model)', unnamedVendor: '(no vendor)' };

describe('costPerModelBars', () => {
  it('keeps the query’s order, with vendors in alphabetical order so their colours stay put', () => {
    const bars = costPerModelBars(ROWS, UNNAMED);
    expect(bars.bars.map((bar) => bar.id)).toEqual(['bar-0', 'bar-1', 'bar-2', 'bar-3']);
    expect(bars.vendors.map((vendor) => vendor.label)).toEqual(['anthropic', 'azure', 'openai', 'self-hosted']);
    expect(bars.bars.map((bar) => bar.vendorIndex)).toEqual([0, 2, 1, 3]);
    // Another window with the vendors' models in another order: the same vendor, the same index.
    const reordered = costPerModelBars([ROWS[3]!, ROWS[1]!], UNNAMED);
    expect(reordered.vendors.map((vendor) => vendor.label)).toEqual(['openai', 'self-hosted']);
  });

  it('names the vendor on the axis only where two vendors serve a model of the same name', () => {
    const bars = costPerModelBars(ROWS, UNNAMED);
    expect(bars.bars.map((bar) => bar.label)).toEqual(['claude-sonnet-4', 'gpt-4o · openai', 'gpt-4o · azure', HOSTILE_MODEL]);
    expect(bars.bars[1]!.modelLabel).toBe('gpt-4o');
  });

  it('adds costs as exact decimals and counts as exact bigints', () => {
    const bars = costPerModelBars(ROWS, UNNAMED);
    expect(bars.totalCost).toBe('6027.5510599589'); // 3121.6232699722 + 2805.3854749867 + 100.5 + 0.042315
    expect(bars.totalCalls).toBe(2173n + HUGE + 10n + 1n);
    expect(bars.totalInputTokens).toBe((2173n + HUGE + 10n + 1n) * 1000n);
  });

  it('names an empty model and vendor, and keeps a vendor literally called like the placeholder apart', () => {
    const bars = costPerModelBars(
      [
        { ...ROWS[0]!, vendor: '', model: '' },
        { ...ROWS[1]!, vendor: '(no vendor)', model: 'x' },
      ],
      UNNAMED,
    );
    expect(bars.vendors.map((vendor) => vendor.label)).toEqual(['(no vendor)', '(no vendor) (2)']);
    expect(bars.bars[0]!.modelLabel).toBe('(no model)');
    expect(bars.bars[1]!.vendorLabel).toBe('(no vendor) (2)');
  });

  it('is empty for no rows, with a zero total', () => {
    const bars = costPerModelBars([], UNNAMED);
    expect(bars.bars).toEqual([]);
    expect(bars.totalCost).toBe('0');
    expect(bars.totalCalls).toBe(0n);
  });
});
