import { describe, expect, it } from 'vitest';
import { DARK_COLORS, LIGHT_COLORS } from '../../src/theme/defaultThemes';
import { mergeThemeInputs, resolveTheme } from '../../src/theme/resolveTheme';

describe('resolveTheme', () => {
  it('is the light palette with defaults when nothing is given', () => {
    const theme = resolveTheme(undefined, true);
    expect(theme.mode).toBe('light');
    expect(theme.colors).toEqual({ ...LIGHT_COLORS, series: [...LIGHT_COLORS.series] });
    expect(theme.fontSize).toBe('14px');
    expect(theme.fontSizePx).toBe(14);
    expect(theme.radius).toBe('8px');
    expect(theme.density).toBe('comfortable');
  });

  it('uses the dark palette for mode dark', () => {
    expect(resolveTheme({ mode: 'dark' }, false).colors.surface).toBe(DARK_COLORS.surface);
  });

  it('follows the system preference for mode system', () => {
    expect(resolveTheme({ mode: 'system' }, true).mode).toBe('dark');
    expect(resolveTheme({ mode: 'system' }, false).mode).toBe('light');
  });

  it('lays colour overrides over the mode palette, key by key', () => {
    const theme = resolveTheme({ mode: 'dark', colors: { primary: '#ff00aa', series: ['#111', '#222'] } }, false);
    expect(theme.colors.primary).toBe('#ff00aa');
    expect(theme.colors.series).toEqual(['#111', '#222']);
    expect(theme.colors.text).toBe(DARK_COLORS.text);
  });

  it('treats empty strings and an empty series list as not given', () => {
    const theme = resolveTheme({ colors: { text: '', series: [] }, fontFamily: ' ' }, false);
    expect(theme.colors.text).toBe(LIGHT_COLORS.text);
    expect(theme.colors.series).toEqual([...LIGHT_COLORS.series]);
    expect(theme.fontFamily).toContain('system-ui');
  });

  it('turns numbers into px and keeps CSS lengths', () => {
    const theme = resolveTheme({ fontSize: 16, radius: '0.25rem', density: 'compact' }, false);
    expect(theme.fontSize).toBe('16px');
    expect(theme.fontSizePx).toBe(16);
    expect(theme.radius).toBe('0.25rem');
    expect(theme.density).toBe('compact');
    expect(resolveTheme({ fontSize: '13px' }, false).fontSizePx).toBe(13);
    expect(resolveTheme({ fontSize: '1rem' }, false).fontSizePx).toBe(14);
  });

  it('does not share the default series array with the caller', () => {
    const theme = resolveTheme(undefined, false);
    theme.colors.series.push('#000');
    expect(resolveTheme(undefined, false).colors.series).toHaveLength(LIGHT_COLORS.series.length);
  });
});

describe('mergeThemeInputs', () => {
  it('lets the widget override the provider field by field and colour by colour', () => {
    const merged = mergeThemeInputs(
      { mode: 'dark', fontSize: 13, colors: { primary: '#123456', text: '#eeeeee' } },
      { colors: { primary: '#abcdef' }, radius: 2, mode: undefined },
    );
    expect(merged).toEqual({ mode: 'dark', fontSize: 13, radius: 2, colors: { primary: '#abcdef', text: '#eeeeee' } });
  });

  it('returns the other side when one is missing', () => {
    expect(mergeThemeInputs(undefined, { mode: 'dark' })).toEqual({ mode: 'dark' });
    expect(mergeThemeInputs({ mode: 'dark' }, undefined)).toEqual({ mode: 'dark' });
    expect(mergeThemeInputs(undefined, undefined)).toEqual({});
  });
});
