/**
 * The card every widget renders, in each state, without data: what a host sees while loading,
 * when there is nothing to show, on each kind of error, and when a result was capped.
 */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { AnalyticsError } from '../src/core/errors';
import { useAnalyticsContext } from '../src/react/useAnalyticsContext';
import { useResolvedTheme } from '../src/theme/useResolvedTheme';
import type { ThemeInput } from '../src/theme/types';
import { WidgetFrame, type WidgetFrameProps } from '../src/ui/WidgetFrame/WidgetFrame';

type FrameStoryProps = Omit<WidgetFrameProps, 'theme'> & { theme?: ThemeInput };

/** The frame with its theme resolved the way a widget resolves it (prop over provider default). */
function ThemedFrame({ theme, ...props }: FrameStoryProps) {
  const { theme: providerTheme } = useAnalyticsContext();
  const resolved = useResolvedTheme(theme, providerTheme);
  return <WidgetFrame {...props} theme={resolved} />;
}

const meta = {
  title: 'Building blocks/WidgetFrame',
  component: ThemedFrame,
  args: {
    title: 'Usage trends',
    subtitle: 'Signals per week, last 90 days',
    children: <p style={{ margin: 0 }}>The chart or table goes here.</p>,
  },
  argTypes: {
    children: { control: false },
    toolbar: { control: false },
    error: { control: false },
  },
} satisfies Meta<typeof ThemedFrame>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Ready: Story = {};

export const Loading: Story = { args: { loading: true } };

export const Empty: Story = { args: { empty: true } };

export const Truncated: Story = { args: { truncated: true, truncatedRowCount: '10,000' } };

export const RetryableError: Story = {
  args: {
    error: new AnalyticsError({ code: 'CONCURRENCY_LIMIT_EXCEEDED', message: 'Too many concurrent queries' }),
    onRetry: () => undefined,
  },
};

export const AccessDenied: Story = {
  args: { error: new AnalyticsError({ code: 'ACCESS_DENIED', message: 'Outside the analytics views' }) },
};

export const HostileTitle: Story = {
  name: 'Hostile text stays text',
  args: { title: '<img src=x onerror=alert(1)>', subtitle: 'O\'Brien & Sons "Fine" Goods' },
};

export const BrandTheme: Story = {
  args: {
    theme: { mode: 'light', colors: { primary: '#6d28d9', surface: '#fffdf8', border: '#e7e0d6' }, radius: 14, density: 'compact' },
  },
};
