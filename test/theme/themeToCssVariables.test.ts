import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../src/theme/resolveTheme';
import { themeToCssVariables, themeVar } from '../../src/theme/themeToCssVariables';

describe('themeToCssVariables', () => {
  it('maps every colour, the font, radius and spacing to --paw-* properties', () => {
    const theme = resolveTheme({ colors: { primary: '#abcdef', series: ['#111111', '#222222'] }, radius: 4 }, false);
    const variables = themeToCssVariables(theme);
    expect(variables['--paw-color-primary']).toBe('#abcdef');
    expect(variables['--paw-color-series-1']).toBe('#111111');
    expect(variables['--paw-color-series-2']).toBe('#222222');
    expect(variables['--paw-color-series-3']).toBeUndefined();
    expect(variables['--paw-radius']).toBe('4px');
    expect(variables['--paw-font-family']).toBe(theme.fontFamily);
    for (const name of Object.keys(variables)) expect(name).toMatch(/^--paw-[a-z0-9-]+$/);
  });

  it('uses tighter spacing for compact density', () => {
    const comfortable = themeToCssVariables(resolveTheme({ density: 'comfortable' }, false));
    const compact = themeToCssVariables(resolveTheme({ density: 'compact' }, false));
    expect(parseInt(compact['--paw-space-3']!, 10)).toBeLessThan(parseInt(comfortable['--paw-space-3']!, 10));
  });

  it('has a var() reference for each variable it sets', () => {
    const variables = themeToCssVariables(resolveTheme(undefined, false));
    for (const reference of Object.values(themeVar)) {
      const name = /^var\((--paw-[a-z0-9-]+)\)$/.exec(reference)?.[1];
      expect(name && name in variables).toBe(true);
    }
  });
});
