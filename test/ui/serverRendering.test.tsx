// @vitest-environment node
import { renderToString } from 'react-dom/server';
import * as echarts from 'echarts/core';
import { describe, expect, it } from 'vitest';
import { useResolvedTheme } from '../../src/theme/useResolvedTheme';
import { AnalyticsChart } from '../../src/ui/Chart/AnalyticsChart';
import { GranularityControl } from '../../src/ui/GranularityControl/GranularityControl';
import { TimeRangeControl } from '../../src/ui/TimeRangeControl/TimeRangeControl';
import { ViewToggle } from '../../src/ui/ViewToggle/ViewToggle';
import { WidgetFrame } from '../../src/ui/WidgetFrame/WidgetFrame';

function Widget({ loading }: { loading: boolean }) {
  const theme = useResolvedTheme({ mode: 'system' });
  return (
    <WidgetFrame
      title="Usage"
      theme={theme}
      loading={loading}
      toolbar={
        <>
          <TimeRangeControl />
          <GranularityControl />
          <ViewToggle />
        </>
      }
    >
      <AnalyticsChart echarts={echarts} option={{ series: [] }} summary="Nothing yet" />
    </WidgetFrame>
  );
}

describe('server rendering', () => {
  it('runs without window or document', () => {
    expect(typeof window).toBe('undefined');
    expect(typeof document).toBe('undefined');
  });

  it('renders the frame, controls and the loading state to HTML, light for mode system', () => {
    const html = renderToString(<Widget loading />);
    expect(html).toContain('aria-busy="true"');
    expect(html).toContain('data-paw-mode="light"');
    expect(html).toContain('--paw-color-surface');
    expect(html).toContain('Time range');
  });

  it('renders a chart placeholder with its summary', () => {
    const html = renderToString(<Widget loading={false} />);
    expect(html).toContain('role="img"');
    expect(html).toContain('aria-label="Nothing yet"');
  });
});
