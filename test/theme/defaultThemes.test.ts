import { describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/theme/colorContrast';
import { DARK_COLORS, LIGHT_COLORS } from '../../src/theme/defaultThemes';

describe.each([
  ['light', LIGHT_COLORS],
  ['dark', DARK_COLORS],
] as const)('the %s palette', (_mode, colors) => {
  it.each(['text', 'muted', 'primary', 'positive', 'negative', 'warning'] as const)(
    'gives %s at least 4.5:1 on the surface (WCAG AA text)',
    (token) => {
      expect(contrastRatio(colors[token], colors.surface)).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('gives text at least 4.5:1 on the page background too', () => {
    expect(contrastRatio(colors.text, colors.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every series colour at least 3:1 on the surface (graphical objects)', () => {
    expect(colors.series.length).toBeGreaterThanOrEqual(8);
    for (const color of colors.series) expect(contrastRatio(color, colors.surface)).toBeGreaterThanOrEqual(3);
  });

  it('has no repeated series colour', () => {
    expect(new Set(colors.series).size).toBe(colors.series.length);
  });
});

describe('contrastRatio', () => {
  it('is 21 for black on white and 1 for a colour on itself', () => {
    expect(contrastRatio('#000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#777')).toBeCloseTo(1, 5);
  });

  it('is null for colours it does not parse', () => {
    expect(contrastRatio('rebeccapurple', '#fff')).toBeNull();
  });
});
