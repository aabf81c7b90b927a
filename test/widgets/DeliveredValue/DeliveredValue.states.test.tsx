import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { AnalyticsFetcher } from '../../../src/core/contract';
import { DeliveredValue } from '../../../src/widgets/DeliveredValue/DeliveredValue';
import { renderWithProvider } from '../shared/widgetHarness';
import { itShowsEveryState } from '../shared/widgetStateSpecs';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;
const TYPE_COLUMNS = [{ name: 'value_type', type: 'String' }, { name: 'value', type: 'Int64' }, { name: 'signals', type: 'UInt64' }, { name: 'customers', type: 'UInt64' }];
const ROI_COLUMNS = [
  { name: 'customer_id', type: 'String' }, { name: 'customer_name', type: 'String' }, { name: 'value', type: 'Int64' },
  { name: 'ai_cost', type: 'String' }, { name: 'roi', type: 'Nullable(Float64)' }, { name: 'net', type: 'String' },
];
const body = (columns: unknown[], rows: unknown[][]) => ({ columns, rows, meta: { rowCount: rows.length, elapsedMs: 1, truncated: false } });
const answer = (types: unknown[][], customers: unknown[][]): AnalyticsFetcher => async (request) =>
  request.kind === 'query' && request.name === 'value-by-type' ? body(TYPE_COLUMNS, types) : body(ROI_COLUMNS, customers);

describe('DeliveredValue states', () => {
  itShowsEveryState(() => <DeliveredValue {...WINDOW} title="Value" />, 'Value');

  it('shows the empty state when nothing was delivered or spent', async () => {
    renderWithProvider(<DeliveredValue {...WINDOW} />, { fetcher: answer([], []) });
    expect(await screen.findByText(/No data/i)).toBeInTheDocument();
  });

  it('shows value without AI cost as "no AI cost", never a division by zero; unknown types by their raw name', async () => {
    renderWithProvider(<DeliveredValue {...WINDOW} />, { fetcher: answer([['<i>odd_type</i>', '500', '2', '1']], [['c1', 'A', '500', '0', null, '500']]) });
    expect(await screen.findByText('<i>odd_type</i>')).toBeInTheDocument();
    expect(document.querySelector('[data-paw-stat="roi"] dd')!.textContent).toBe('no AI cost');
    expect(document.querySelector('i')).toBeNull();
  });

  it('contains a formatter that throws: its error state, onError, the host page intact', async () => {
    const onError = vi.fn();
    renderWithProvider(
      <div>
        <p>Host content</p>
        <DeliveredValue {...WINDOW} onError={onError} amountFormatter={() => { throw new RangeError('bad'); }} />
      </div>,
      { fetcher: answer([['time_saved', '500', '2', '1']], [['c1', 'A', '500', '1.5', 333.3, '498.5']]) },
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('RENDER_ERROR');
    expect(screen.getByText('Host content')).toBeInTheDocument();
    expect(onError).toHaveBeenCalled();
  });
});
