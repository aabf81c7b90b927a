import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { BarList } from '../../../src/ui/BarList/BarList';
import { rankBars } from '../../../src/ui/BarList/rankBars';

interface Row {
  model: string | null;
  cost: string;
}

describe('rankBars', () => {
  it('keeps the top N, sums the rest into Other, and totals every row exactly', () => {
    const rows: Row[] = Array.from({ length: 10_000 }, (_, index) => ({ model: `m${index}`, cost: `${index}.01` }));
    const ranked = rankBars({ rows, label: 'model', value: 'cost', limit: 5, labels: { other: 'Other', unnamed: '(unnamed)' } });
    expect(ranked.bars).toHaveLength(6);
    expect(ranked.bars[0]).toMatchObject({ name: 'm9999', value: '9999.01' });
    expect(ranked.bars[5]).toMatchObject({ label: 'Other', isOther: true });
    // 0.01 × 10,000 + (0 + … + 9,999) = 100 + 49,995,000
    expect(ranked.total).toBe('49995100');
  });
});

describe('BarList', () => {
  it('shows names as text, an Other item and the total, unnamed rows labelled', () => {
    const rows: Row[] = [
      { model: '<img src=x onerror=alert(1)>', cost: '3' },
      { model: null, cost: '2' },
      { model: 'a', cost: '1' },
      { model: 'b', cost: '0.5' },
    ];
    render(<BarList rows={rows} label="model" value="cost" caption="Cost" limit={2} valueFormatter={(value) => `$${String(value)}`} />);
    const list = screen.getByRole('list', { name: 'Cost' });
    expect(within(list).getAllByRole('listitem').map((item) => item.textContent)).toEqual(['<img src=x onerror=alert(1)>$3', '(unnamed)$2', 'Other$1.5']);
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('[data-paw-bar-total]')!.textContent).toBe('Total$6.5');
  });

  it('a formatter that throws shows the error state, not a blank page', () => {
    render(
      <div>
        <p>host</p>
        <BarList rows={[{ model: 'a', cost: '1' }]} label="model" value="cost" caption="Cost" valueFormatter={() => { throw new RangeError('bad'); }} />
      </div>,
    );
    expect(screen.getByText('host')).toBeTruthy();
    expect(screen.getByRole('alert').getAttribute('data-error-key')).toBe('RENDER_ERROR');
  });
});
