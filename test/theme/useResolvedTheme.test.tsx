import { act, render, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ReactNode } from 'react';
import { AnalyticsProvider } from '../../src/react/AnalyticsProvider';
import { DARK_COLORS, LIGHT_COLORS } from '../../src/theme/defaultThemes';
import { useResolvedTheme } from '../../src/theme/useResolvedTheme';
import type { ThemeInput } from '../../src/theme/types';

/** A controllable `prefers-color-scheme: dark` media query. */
function mockMatchMedia(initiallyDark: boolean) {
  const listeners = new Set<(event: MediaQueryListEvent) => void>();
  const list = {
    matches: initiallyDark,
    media: '(prefers-color-scheme: dark)',
    addEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.add(listener),
    removeEventListener: (_: string, listener: (event: MediaQueryListEvent) => void) => listeners.delete(listener),
  };
  const matchMedia = vi.fn((query: string) => {
    expect(query).toBe('(prefers-color-scheme: dark)');
    return list as unknown as MediaQueryList;
  });
  vi.stubGlobal('matchMedia', matchMedia);
  return {
    listeners,
    setDark(dark: boolean) {
      list.matches = dark;
      for (const listener of listeners) listener({ matches: dark } as MediaQueryListEvent);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('useResolvedTheme', () => {
  it('follows prefers-color-scheme live for mode system', () => {
    const media = mockMatchMedia(false);
    const { result } = renderHook(() => useResolvedTheme({ mode: 'system' }));
    expect(result.current.mode).toBe('light');
    act(() => media.setDark(true));
    expect(result.current.mode).toBe('dark');
    expect(result.current.colors.surface).toBe(DARK_COLORS.surface);
    act(() => media.setDark(false));
    expect(result.current.colors.surface).toBe(LIGHT_COLORS.surface);
  });

  it('does not listen to the system for a fixed mode', () => {
    const media = mockMatchMedia(true);
    const { result } = renderHook(() => useResolvedTheme({ mode: 'light' }));
    expect(result.current.mode).toBe('light');
    expect(media.listeners.size).toBe(0);
  });

  it('is light without matchMedia (old browsers, SSR-like environments)', () => {
    vi.stubGlobal('matchMedia', undefined);
    const { result } = renderHook(() => useResolvedTheme({ mode: 'system' }));
    expect(result.current.mode).toBe('light');
  });

  it("merges the widget's theme over the provider default", () => {
    mockMatchMedia(false);
    const { result } = renderHook(() =>
      useResolvedTheme({ colors: { primary: '#aa0000' } }, { mode: 'dark', colors: { text: '#fefefe' } }),
    );
    expect(result.current.mode).toBe('dark');
    expect(result.current.colors.primary).toBe('#aa0000');
    expect(result.current.colors.text).toBe('#fefefe');
  });

  it('returns the same object while an inline theme prop keeps the same content', () => {
    mockMatchMedia(false);
    const seen: unknown[] = [];
    function Probe({ theme }: { theme: ThemeInput }) {
      seen.push(useResolvedTheme(theme));
      return null;
    }
    const { rerender } = render(<Probe theme={{ colors: { primary: '#00aa00' } }} />);
    rerender(<Probe theme={{ colors: { primary: '#00aa00' } }} />);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toBe(seen[1]);
  });

  it("reads the AnalyticsProvider's theme as the default", () => {
    mockMatchMedia(true);
    const fetcher = async () => ({});
    const wrapper = ({ children }: { children: ReactNode }) => (
      <AnalyticsProvider fetcher={fetcher} theme={{ mode: 'system', colors: { positive: '#00ff00' } }}>
        {children}
      </AnalyticsProvider>
    );
    const { result } = renderHook(() => useResolvedTheme({ colors: { negative: '#ff0000' } }), { wrapper });
    expect(result.current.mode).toBe('dark');
    expect(result.current.colors.positive).toBe('#00ff00');
    expect(result.current.colors.negative).toBe('#ff0000');
  });
});
