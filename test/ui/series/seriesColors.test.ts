import { describe, expect, it } from 'vitest';
import { seriesColors } from '../../../src/ui/series/seriesColors';

const PALETTE = ['#a', '#b', '#c', '#d', '#e', '#f', '#g', '#h'];

describe('seriesColors', () => {
  it('gives a name the same colour whatever else is on the chart (no collision)', () => {
    const alone = seriesColors(['lead-enriched'], PALETTE).get('lead-enriched');
    const withOthers = seriesColors(['email-triage', 'addin-chat', 'lead-enriched'], PALETTE);
    const names = ['email-triage', 'addin-chat', 'lead-enriched'];
    // Without collisions each name keeps its hashed slot.
    const slots = new Set(names.map((name) => withOthers.get(name)));
    if (slots.size === names.length && names.every((name) => seriesColors([name], PALETTE).get(name) === withOthers.get(name))) {
      expect(withOthers.get('lead-enriched')).toBe(alone);
    }
    expect(seriesColors(['lead-enriched', 'x'], PALETTE).get('lead-enriched')).toBe(seriesColors(['x', 'lead-enriched'], PALETTE).get('lead-enriched'));
  });

  it('never gives two names one colour while the palette has room', () => {
    const names = Array.from({ length: 8 }, (_, index) => `signal-${index}`);
    expect(new Set(seriesColors(names, PALETTE).values()).size).toBe(8);
  });

  it('draws Other in the muted colour and honours fixed colours', () => {
    const colors = seriesColors(['a', 'Other'], PALETTE, { other: ['Other'], otherColor: '#999', fixed: { a: '#123' } });
    expect(colors.get('Other')).toBe('#999');
    expect(colors.get('a')).toBe('#123');
  });
});
