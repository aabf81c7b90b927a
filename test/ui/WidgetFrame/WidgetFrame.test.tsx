import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import { resolveTheme } from '../../../src/theme/resolveTheme';
import { useFrameTheme } from '../../../src/ui/WidgetFrame/FrameThemeContext';
import { WidgetFrame } from '../../../src/ui/WidgetFrame/WidgetFrame';

const light = resolveTheme(undefined, false);
const dark = resolveTheme({ mode: 'dark', colors: { primary: '#ff8800' } }, false);

describe('WidgetFrame', () => {
  it('is a region named by its title, with subtitle and toolbar', () => {
    render(
      <WidgetFrame title="Usage trends" subtitle="Signals per day" toolbar={<button type="button">Tool</button>} theme={light}>
        <p>body</p>
      </WidgetFrame>,
    );
    const region = screen.getByRole('region', { name: 'Usage trends' });
    expect(screen.getByRole('heading', { level: 3, name: 'Usage trends' })).toBeInTheDocument();
    expect(region).toHaveAccessibleDescription('Signals per day');
    expect(within(region).getByRole('button', { name: 'Tool' })).toBeInTheDocument();
    expect(within(region).getByText('body')).toBeInTheDocument();
  });

  it('carries the theme as --paw-* variables on its root only, leaving the document untouched', () => {
    const before = document.documentElement.getAttribute('style');
    const headStyles = document.head.querySelectorAll('style, link').length;
    render(
      <WidgetFrame title="T" theme={dark}>
        x
      </WidgetFrame>,
    );
    const region = screen.getByRole('region', { name: 'T' });
    expect(region.style.getPropertyValue('--paw-color-primary')).toBe('#ff8800');
    expect(region.style.getPropertyValue('--paw-color-surface')).toBe(dark.colors.surface);
    expect(region.style.getPropertyValue('color-scheme')).toBe('dark');
    expect(region).toHaveAttribute('data-paw-mode', 'dark');
    expect(document.documentElement.getAttribute('style')).toBe(before);
    expect(document.documentElement.style.getPropertyValue('--paw-color-primary')).toBe('');
    expect(document.body.style.getPropertyValue('--paw-color-primary')).toBe('');
    expect(document.head.querySelectorAll('style, link').length).toBe(headStyles);
  });

  it('applies className and lets style override its own', () => {
    render(
      <WidgetFrame title="T" theme={light} className="host-card" style={{ padding: 3, maxWidth: 500 }}>
        x
      </WidgetFrame>,
    );
    const region = screen.getByRole('region', { name: 'T' });
    expect(region).toHaveClass('host-card');
    expect(region.style.padding).toBe('3px');
    expect(region.style.maxWidth).toBe('500px');
  });

  it('shows the skeleton and aria-busy while loading, instead of the children', () => {
    render(
      <WidgetFrame title="T" theme={light} loading>
        <p>body</p>
      </WidgetFrame>,
    );
    expect(screen.getByRole('region', { name: 'T' })).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByRole('status')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByText('body')).not.toBeInTheDocument();
  });

  it('prefers the error over loading and offers retry', async () => {
    const onRetry = vi.fn();
    render(
      <WidgetFrame title="T" theme={light} loading error={new AnalyticsError({ code: 'NETWORK_ERROR', message: 'x' })} onRetry={onRetry}>
        <p>body</p>
      </WidgetFrame>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent('Connection problem');
    expect(screen.getByRole('region', { name: 'T' })).not.toHaveAttribute('aria-busy');
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('shows the empty state, or a custom one', () => {
    const { rerender } = render(
      <WidgetFrame title="T" theme={light} empty>
        <p>body</p>
      </WidgetFrame>,
    );
    expect(screen.getByText('No data for this period')).toBeInTheDocument();
    expect(screen.queryByText('body')).not.toBeInTheDocument();
    rerender(
      <WidgetFrame title="T" theme={light} empty emptyState={<p>Nothing yet</p>}>
        <p>body</p>
      </WidgetFrame>,
    );
    expect(screen.getByText('Nothing yet')).toBeInTheDocument();
  });

  it('shows the truncation notice above the children', () => {
    render(
      <WidgetFrame title="T" theme={light} truncated truncatedRowCount="10,000">
        <p>body</p>
      </WidgetFrame>,
    );
    expect(screen.getByRole('note')).toHaveTextContent('truncated to 10,000 rows');
    expect(screen.getByText('body')).toBeInTheDocument();
  });

  it('gives children its resolved theme', () => {
    function Probe() {
      return <span>{useFrameTheme()?.colors.primary}</span>;
    }
    render(
      <WidgetFrame title="T" theme={dark}>
        <Probe />
      </WidgetFrame>,
    );
    expect(screen.getByText('#ff8800')).toBeInTheDocument();
  });

  it('renders a hostile title and subtitle as text', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <WidgetFrame title={hostile} subtitle={hostile} theme={light}>
        x
      </WidgetFrame>,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('heading')).toHaveTextContent(hostile);
  });
});
