import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { AnalyticsFetcher, NamedQueryRequest } from '../../../src/core/contract';
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { Margin } from '../../../src/widgets/Margin/Margin';
import { recordRequests, renderWithProvider } from '../shared/widgetHarness';

const WINDOW = { from: '2026-11-01T00:00:00Z', to: '2026-11-08T00:00:00Z' } as const;
const meta = (rows: unknown[][]) => ({ rowCount: rows.length, elapsedMs: 1, truncated: false });
const PRODUCT_COLUMNS = [
  { name: 'product_id', type: 'String' }, { name: 'product_name', type: 'String' }, { name: 'currency', type: 'String' },
  { name: 'revenue', type: 'Int64' }, { name: 'lines', type: 'UInt64' }, { name: 'invoices', type: 'UInt64' },
];
const LEADERBOARD_COLUMNS = [
  { name: 'customer_id', type: 'String' }, { name: 'customer_name', type: 'String' }, { name: 'signals', type: 'UInt64' },
  { name: 'ai_cost', type: 'String' }, { name: 'revenue', type: 'Int64' }, { name: 'margin', type: 'String' },
];
const MARGIN_COLUMNS = [
  { name: 'key', type: 'String' }, { name: 'label', type: 'String' }, { name: 'revenue', type: 'Int64' },
  { name: 'ai_cost', type: 'String' }, { name: 'margin', type: 'String' }, { name: 'is_negative', type: 'Bool' },
];

/** Revenue in EUR and GBP only; the leaderboard and margin answer per asked currency. */
const twoCurrencies: AnalyticsFetcher = async (request) => {
  const { name, params } = request as NamedQueryRequest;
  if (name === 'revenue-by-product') {
    const rows = [['p1', 'A', 'EUR', '500', '1', '1'], ['p2', 'B', 'GBP', '700', '1', '1']];
    return { columns: PRODUCT_COLUMNS, rows, meta: meta(rows) };
  }
  const revenue = params['currency'] === 'GBP' ? '700' : params['currency'] === 'EUR' ? '500' : '0';
  if (name === 'margin') {
    const rows = [['c1', 'Acme', revenue, '100', String(Number(revenue) - 100), revenue === '0']];
    return { columns: MARGIN_COLUMNS, rows, meta: meta(rows) };
  }
  const rows = [['c1', 'Acme', '3', '100', revenue, String(Number(revenue) - 100)]];
  return { columns: LEADERBOARD_COLUMNS, rows, meta: meta(rows) };
};

describe('the currency of revenue and margin', () => {
  it('is never one the window has no revenue in: the first the window has, with a picker of the others', async () => {
    const user = userEvent.setup();
    const recorder = recordRequests(twoCurrencies);
    renderWithProvider(<CustomerLeaderboard {...WINDOW} defaultMetric="revenue" />, { fetcher: recorder.fetcher, currency: 'USD' });
    await waitFor(() => expect(document.querySelector('[data-paw-stat="metric"] dd')?.textContent).toBe('€5.00'));
    expect(recorder.named('customer-leaderboard').map((request) => request.params['currency'])).toEqual(['EUR']);
    const picker = screen.getByRole('combobox', { name: 'Currency' });
    expect(within(picker).getAllByRole('option').map((option) => option.textContent)).toEqual(['EUR', 'GBP']);
    await user.selectOptions(picker, 'GBP');
    await waitFor(() => expect(document.querySelector('[data-paw-stat="metric"] dd')?.textContent).toBe('£7.00'));
    expect(screen.getByText(/Revenue before tax in GBP/)).toBeInTheDocument();
  });

  it('is the provider’s when the window has revenue in it, and the host’s when given (then nothing is looked up)', async () => {
    const recorder = recordRequests(twoCurrencies);
    renderWithProvider(<Margin {...WINDOW} />, { fetcher: recorder.fetcher, currency: 'GBP' });
    await waitFor(() => expect(document.querySelector('[data-paw-stat="revenue"] dd')?.textContent).toBe('£7.00'));
    expect(recorder.named('margin').map((request) => request.params['currency'])).toEqual(['GBP']);

    const explicit = recordRequests(twoCurrencies);
    renderWithProvider(<Margin {...WINDOW} currency="EUR" title="Explicit" />, { fetcher: explicit.fetcher });
    await waitFor(() => expect(within(screen.getByRole('region', { name: 'Explicit' })).getByText('€5.00')).toBeInTheDocument());
    expect(explicit.named('revenue-by-product')).toHaveLength(0);
  });
});
