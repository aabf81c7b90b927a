import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { resolveTheme } from '../../../src/theme/resolveTheme';
import { UpdatedAgo } from '../../../src/ui/WidgetFrame/UpdatedAgo';
import { WidgetFrame } from '../../../src/ui/WidgetFrame/WidgetFrame';

const NOW = Date.parse('2026-11-20T12:00:00Z');

describe('UpdatedAgo', () => {
  it('says how many whole minutes ago the data arrived, never negative', () => {
    render(<UpdatedAgo at={NOW - 7.5 * 60_000} now={() => NOW} />);
    expect(screen.getByText('Updated 7 min ago')).toBeTruthy();
  });
  it('renders nothing on the server (hydration-safe), and the frame shows it only when asked', () => {
    expect(renderToString(<UpdatedAgo at={NOW} now={() => NOW} />)).toBe('');
    const theme = resolveTheme(undefined, false);
    const { rerender } = render(<WidgetFrame title="t" theme={theme} />);
    expect(document.querySelector('[data-paw-updated]')).toBeNull();
    rerender(<WidgetFrame title="t" theme={theme} updatedAt={NOW - 60_000} updatedLabel={(minutes) => `vor ${minutes} Min.`} />);
    expect(document.querySelector('[data-paw-updated]')!.textContent).toMatch(/^vor \d+ Min\.$/);
  });
});
