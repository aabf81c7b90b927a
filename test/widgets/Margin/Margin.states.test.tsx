import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Margin } from '../../../src/widgets/Margin/Margin';
import { pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;
const COLUMNS = [
  { name: 'key', type: 'String' }, { name: 'label', type: 'String' }, { name: 'revenue', type: 'Int64' },
  { name: 'ai_cost', type: 'String' }, { name: 'margin', type: 'String' }, { name: 'is_negative', type: 'Bool' },
];
const answer = (rows: unknown[][]) => async () => ({ columns: COLUMNS, rows, meta: { rowCount: rows.length, elapsedMs: 1, truncated: false } });

describe('Margin states', () => {
  itShowsEveryState(() => <Margin {...WINDOW} title="Margins" />, 'Margins');

  it('shows an unknown currency as invalid settings and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<Margin {...WINDOW} currency="euro" />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows the empty state when nothing was billed or spent', async () => {
    renderWithProvider(<Margin {...WINDOW} currency="USD" />, { fetcher: answer([]) });
    expect(await screen.findByText(/No data/i)).toBeInTheDocument();
  });

  it('flags a negative total in words in the headline, keeps hostile names as text', async () => {
    const { container } = renderWithProvider(<Margin {...WINDOW} currency="USD" />, {
      fetcher: answer([
        ['c1', '<b onmouseover=alert(1)>x</b>', '100', '250.5', '-150.5', true],
        ['c2', 'Fine', '100', '0.5', '99.5', false],
      ]),
    });
    expect(await screen.findByText('<b onmouseover=alert(1)>x</b>')).toBeInTheDocument();
    expect(container.querySelector('b')).toBeNull();
    expect(document.querySelector('[data-paw-stat="margin"] dd')!.textContent).toBe('-$0.51 (Loss)');
    expect(document.querySelector('[data-paw-stat="negative"] dd')!.textContent).toBe('1 / 2');
    expect(container.querySelectorAll('[data-paw-loss]')).toHaveLength(1);
  });

  it('contains a formatter that throws: its error state, onError, the host page intact', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>Host content</p>
        <Margin {...WINDOW} currency="USD" onError={onError} amountFormatter={() => { throw new RangeError('bad'); }} />
      </div>,
      { fetcher: answer([['c1', 'A', '1', '2.5', '-1.5', true]]) },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
