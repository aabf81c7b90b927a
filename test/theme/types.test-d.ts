import { describe, expectTypeOf, it } from 'vitest';
import { resolveTheme } from '../../src/theme/resolveTheme';
import { themeToCssVariables } from '../../src/theme/themeToCssVariables';
import type { ResolvedTheme, ThemeInput } from '../../src/theme/types';
import { useResolvedTheme } from '../../src/theme/useResolvedTheme';

describe('theme types', () => {
  it('ThemeInput is all optional, colours partial', () => {
    expectTypeOf<{}>().toMatchTypeOf<ThemeInput>();
    expectTypeOf<{ colors: { primary: string } }>().toMatchTypeOf<ThemeInput>();
    expectTypeOf<ThemeInput['mode']>().toEqualTypeOf<'light' | 'dark' | 'system' | undefined>();
    expectTypeOf<ThemeInput['density']>().toEqualTypeOf<'compact' | 'comfortable' | undefined>();
    // @ts-expect-error: not a mode
    const bad: ThemeInput = { mode: 'dim' };
    void bad;
  });

  it('ResolvedTheme has a concrete mode and every colour', () => {
    expectTypeOf<ResolvedTheme['mode']>().toEqualTypeOf<'light' | 'dark'>();
    expectTypeOf<ResolvedTheme['colors']['series']>().toEqualTypeOf<string[]>();
    expectTypeOf(resolveTheme).returns.toEqualTypeOf<ResolvedTheme>();
    expectTypeOf(useResolvedTheme).parameters.toEqualTypeOf<[themeProp?: ThemeInput, defaultTheme?: ThemeInput]>();
  });

  it('CSS variables are --paw-* keys', () => {
    expectTypeOf(themeToCssVariables).returns.toEqualTypeOf<Record<`--paw-${string}`, string>>();
  });
});
