import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { pendingFetcher, recordRequests, renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;
const COLUMNS = [
  { name: 'customer_id', type: 'String' }, { name: 'customer_name', type: 'String' }, { name: 'signals', type: 'UInt64' },
  { name: 'ai_cost', type: 'String' }, { name: 'revenue', type: 'Int64' }, { name: 'margin', type: 'String' },
];
const answer = (rows: unknown[][]) => async () => ({ columns: COLUMNS, rows, meta: { rowCount: rows.length, elapsedMs: 1, truncated: false } });

describe('CustomerLeaderboard states', () => {
  itShowsEveryState(() => <CustomerLeaderboard {...WINDOW} title="Customers" />, 'Customers');

  it('shows an unknown currency as invalid settings and sends nothing', () => {
    const recorder = recordRequests(pendingFetcher);
    renderWithProvider(<CustomerLeaderboard {...WINDOW} currency="dollars" />, { fetcher: recorder.fetcher });
    expect(screen.getByRole('alert')).toHaveTextContent('Error code: INVALID_PARAMS');
    expect(recorder.requests).toHaveLength(0);
  });

  it('shows the empty state when no customer had anything in the window', async () => {
    renderWithProvider(<CustomerLeaderboard {...WINDOW} currency="USD" />, { fetcher: answer([]) });
    expect(await screen.findByText(/No data/i)).toBeInTheDocument();
  });

  it('keeps hostile names as text and two customers of one name as two lines', async () => {
    const { container } = renderWithProvider(<CustomerLeaderboard {...WINDOW} currency="USD" />, {
      fetcher: answer([
        ['c1', '<img src=x onerror=alert(1)>', '9', '1.5', '0', '-1.5'],
        ['c2', 'Acme', '5', '0', '100', '100'],
        ['c3', 'Acme', '4', '0', '0', '0'],
        ['c4', '', '1', '0', '0', '0'],
      ]),
    });
    expect(await screen.findByText('<img src=x onerror=alert(1)>')).toBeInTheDocument();
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('Acme')).toBeInTheDocument();
    expect(screen.getByText('Acme (2)')).toBeInTheDocument();
    expect(screen.getByText('c4')).toBeInTheDocument();
  });

  it('says a capped ranking is truncated rather than showing short totals silently', async () => {
    const rows = Array.from({ length: 1000 }, (_, i) => [`c${i}`, `Customer ${i}`, '1', '0', '0', '0']);
    renderWithProvider(<CustomerLeaderboard {...WINDOW} currency="USD" />, { fetcher: answer(rows) });
    expect(await screen.findByRole('note')).toHaveTextContent('1,000');
  });

  it('contains a formatter that throws: its error state, onError, the host page intact', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>Host content</p>
        <CustomerLeaderboard {...WINDOW} currency="USD" defaultMetric="cost" onError={onError} amountFormatter={() => { throw new RangeError('bad'); }} />
      </div>,
      { fetcher: answer([['c1', 'A', '1', '2.5', '0', '-2.5']]) },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
