import { render, screen, fireEvent } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import { BlockErrorBoundary } from '../../../src/ui/ErrorBoundary/BlockErrorBoundary';
import { guardOptionFunctions } from '../../../src/ui/Chart/guardOptionFunctions';
import { toRenderError } from '../../../src/ui/ErrorBoundary/toRenderError';
import type { BoundedWidgetProps } from '../../../src/ui/ErrorBoundary/withWidgetBoundary';

function Throws({ when }: { when: boolean }) {
  if (when) throw new RangeError('Invalid currency code : US');
  return <p>fine</p>;
}

describe('BlockErrorBoundary', () => {
  it('turns a throw into a RENDER_ERROR state beside the host content, and reports it once', () => {
    const onError = vi.fn();
    render(
      <div>
        <p>host</p>
        <BlockErrorBoundary onError={onError}>
          <Throws when />
        </BlockErrorBoundary>
      </div>,
    );
    expect(screen.getByText('host')).toBeTruthy();
    expect(screen.getByRole('alert').getAttribute('data-error-key')).toBe('RENDER_ERROR');
    expect(onError).toHaveBeenCalledTimes(1);
    expect(onError.mock.calls[0]![0]).toMatchObject({ code: 'RENDER_ERROR', cause: expect.any(RangeError) });
  });

  it('Retry calls onRetry and remounts the children', () => {
    const onRetry = vi.fn();
    let broken = true;
    function Flaky() {
      if (broken) throw new Error('once');
      return <p>recovered</p>;
    }
    render(
      <BlockErrorBoundary onRetry={onRetry}>
        <Flaky />
      </BlockErrorBoundary>,
    );
    broken = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('recovered')).toBeTruthy();
  });

  it('tries again when a reset key changes', () => {
    function Host() {
      const [bad, setBad] = useState(true);
      return (
        <>
          <button onClick={() => setBad(false)}>fix</button>
          <BlockErrorBoundary resetKeys={[bad]}>
            <Throws when={bad} />
          </BlockErrorBoundary>
        </>
      );
    }
    render(<Host />);
    expect(screen.getByRole('alert')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'fix' }));
    expect(screen.getByText('fine')).toBeTruthy();
  });

  it('keeps an AnalyticsError thrown in render as it is', () => {
    const error = new AnalyticsError({ code: 'INVALID_RESPONSE', message: 'bad column' });
    expect(toRenderError(error)).toBe(error);
    expect(toRenderError('text').code).toBe('RENDER_ERROR');
  });

  it("a host logger that throws does not escape", () => {
    render(
      <BlockErrorBoundary
        onError={() => {
          throw new Error('logger down');
        }}
      >
        <Throws when />
      </BlockErrorBoundary>,
    );
    expect(screen.getByRole('alert')).toBeTruthy();
  });
});

describe('guardOptionFunctions', () => {
  it('reports what a nested formatter throws and returns the fallback instead', () => {
    const report = vi.fn();
    const option = guardOptionFunctions({ yAxis: [{ axisLabel: { formatter: () => { throw new Error('x'); } } }], series: [{ data: [1, 2, 3] }] }, report);
    const formatter = (option.yAxis[0]!.axisLabel.formatter as () => string);
    expect(formatter()).toBe('');
    expect(report).toHaveBeenCalledWith(expect.any(Error));
    expect(option.series[0]!.data).toEqual([1, 2, 3]);
  });
});

describe('a widget boundary under a host that re-renders', () => {
  it('does not retry in a loop when the host sets state in onError with inline props, and retries when a prop really changes', async () => {
    const { withWidgetBoundary, propsResetKey } = await import('../../../src/ui/ErrorBoundary/withWidgetBoundary');
    let renders = 0;
    function Fragile(props: BoundedWidgetProps & { labels?: { title?: string }; broken: boolean }) {
      renders += 1;
      if (props.broken) throw new RangeError('bad');
      return <p>ok {props.labels?.title}</p>;
    }
    const Contained = withWidgetBoundary(Fragile, () => 'Fragile', 'Fragile');
    function Host() {
      const [errors, setErrors] = useState(0);
      const [broken, setBroken] = useState(true);
      return (
        <>
          <p>errors: {errors}</p>
          <button onClick={() => setBroken(false)}>fix</button>
          <Contained broken={broken} labels={{ title: 'inline' }} onError={() => setErrors((count) => count + 1)} />
        </>
      );
    }
    render(<Host />);
    expect(screen.getByText(/errors: [12]$/)).toBeTruthy();
    const settled = renders;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(renders).toBe(settled);
    fireEvent.click(screen.getByRole('button', { name: 'fix' }));
    expect(screen.getByText('ok inline')).toBeTruthy();
    expect(propsResetKey({ a: { b: 1n }, f: () => 1 })).toBe(propsResetKey({ a: { b: 1n }, f: () => 2 }));
  });
});
