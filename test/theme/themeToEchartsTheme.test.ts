import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../src/theme/resolveTheme';
import { themeToEchartsTheme } from '../../src/theme/themeToEchartsTheme';

describe('themeToEchartsTheme', () => {
  const theme = resolveTheme({ mode: 'dark', colors: { series: ['#010101', '#020202'] }, fontSize: 15 }, false);
  const echartsTheme = themeToEchartsTheme(theme) as Record<string, any>;

  it('uses the series palette and a transparent background', () => {
    expect(echartsTheme.color).toEqual(['#010101', '#020202']);
    expect(echartsTheme.backgroundColor).toBe('transparent');
  });

  it('sets the text style from the theme', () => {
    expect(echartsTheme.textStyle).toEqual({ color: theme.colors.text, fontFamily: theme.fontFamily, fontSize: 15 });
  });

  it('colours axis lines, labels and split lines', () => {
    for (const axis of ['categoryAxis', 'valueAxis', 'timeAxis', 'logAxis']) {
      expect(echartsTheme[axis].axisLabel.color).toBe(theme.colors.muted);
      expect(echartsTheme[axis].splitLine.lineStyle.color).toEqual([theme.colors.border]);
    }
    expect(echartsTheme.categoryAxis.axisLine.lineStyle.color).toBe(theme.colors.border);
  });

  it('puts the tooltip on the surface colour with the text colour', () => {
    expect(echartsTheme.tooltip.backgroundColor).toBe(theme.colors.surface);
    expect(echartsTheme.tooltip.borderColor).toBe(theme.colors.border);
    expect(echartsTheme.tooltip.textStyle.color).toBe(theme.colors.text);
  });
});
