import type { ResolvedTheme } from './types';

/** An ECharts theme object (the second argument of `echarts.init`). */
export type EchartsThemeObject = Record<string, unknown>;

/**
 * The theme as an ECharts theme: the series palette, text style, axis / split line colours and
 * the tooltip's surface. The background stays transparent so the card's surface shows through.
 * Pass it as `AnalyticsChart`'s theme (it does this itself from the frame's resolved theme).
 */
export function themeToEchartsTheme(theme: ResolvedTheme): EchartsThemeObject {
  const c = theme.colors;
  const text = { color: c.text, fontFamily: theme.fontFamily, fontSize: theme.fontSizePx };
  const mutedText = { color: c.muted, fontFamily: theme.fontFamily, fontSize: Math.max(10, theme.fontSizePx - 2) };
  const axis = {
    axisLine: { show: true, lineStyle: { color: c.border } },
    axisTick: { show: true, lineStyle: { color: c.border } },
    axisLabel: { show: true, ...mutedText },
    splitLine: { show: true, lineStyle: { color: [c.border], type: 'dashed' } },
    splitArea: { show: false },
    nameTextStyle: mutedText,
  };
  return {
    color: [...c.series],
    backgroundColor: 'transparent',
    textStyle: text,
    title: { textStyle: { ...text, fontWeight: 600 }, subtextStyle: mutedText },
    legend: {
      textStyle: { ...text, fontSize: mutedText.fontSize },
      pageTextStyle: mutedText,
      pageIconColor: c.primary,
      pageIconInactiveColor: c.border,
      inactiveColor: c.border,
    },
    categoryAxis: { ...axis, splitLine: { ...axis.splitLine, show: false } },
    valueAxis: { ...axis, axisLine: { ...axis.axisLine, show: false }, axisTick: { show: false } },
    timeAxis: { ...axis, splitLine: { ...axis.splitLine, show: false } },
    logAxis: axis,
    tooltip: {
      backgroundColor: c.surface,
      borderColor: c.border,
      borderWidth: 1,
      textStyle: { color: c.text, fontFamily: theme.fontFamily, fontSize: mutedText.fontSize },
      axisPointer: {
        lineStyle: { color: c.muted },
        crossStyle: { color: c.muted },
        shadowStyle: { color: theme.mode === 'dark' ? 'rgba(255,255,255,0.06)' : 'rgba(0,0,0,0.05)' },
        label: { backgroundColor: c.muted, color: c.surface },
      },
    },
    line: { symbol: 'circle', symbolSize: 4, smooth: false },
    bar: { itemStyle: { barBorderWidth: 0 } },
  };
}
