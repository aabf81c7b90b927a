import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DataTable } from '../../../src/ui/DataTable/DataTable';
import { sortTableRows } from '../../../src/ui/DataTable/sortTableRows';
import type { DataTableColumn } from '../../../src/ui/DataTable/types';

interface Row {
  name: string;
  count: bigint;
}

const columns: DataTableColumn<Row>[] = [
  { id: 'name', header: 'Customer', value: (row) => row.name },
  { id: 'count', header: 'Signals', value: (row) => row.count, format: (value) => `${String(value)} signals`, align: 'end' },
];

function bodyColumn(index: number): string[] {
  const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
  return rows.map((row) => within(row).getAllByRole('cell')[index]!.textContent ?? '');
}

describe('DataTable', () => {
  it('renders a real table: caption, column headers, cells as formatted text', () => {
    render(<DataTable caption="Top customers" columns={columns} rows={[{ name: 'Acme', count: 5n }]} />);
    const table = screen.getByRole('table', { name: 'Top customers' });
    expect(table.tagName).toBe('TABLE');
    expect(table.querySelector('caption')).toHaveTextContent('Top customers');
    const headers = within(table).getAllByRole('columnheader');
    expect(headers.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col']);
    expect(within(table).getByRole('cell', { name: '5 signals' })).toBeInTheDocument();
  });

  it('sorts bigints exactly from header buttons and reflects it in aria-sort', async () => {
    const rows: Row[] = [
      { name: 'two', count: 9007199254740992n },
      { name: 'three', count: 9007199254740993n },
      { name: 'one', count: 1n },
    ];
    render(<DataTable caption="c" columns={columns} rows={rows} />);
    const header = screen.getByRole('columnheader', { name: /Signals/ });
    expect(header).toHaveAttribute('aria-sort', 'none');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyColumn(0)).toEqual(['one', 'two', 'three']);
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
    expect(bodyColumn(0)).toEqual(['three', 'two', 'one']);
  });

  it('sorts from the keyboard', async () => {
    const user = userEvent.setup();
    render(<DataTable caption="c" columns={columns} rows={[{ name: 'b', count: 1n }, { name: 'a', count: 2n }]} />);
    await user.tab(); // the scroll region first (keyboard users scroll wide tables with it)
    expect(screen.getByRole('group', { name: 'c' })).toHaveFocus();
    await user.tab();
    expect(within(screen.getByRole('columnheader', { name: /Customer/ })).getByRole('button')).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(bodyColumn(0)).toEqual(['a', 'b']);
  });

  it('starts with the initial sort given', () => {
    render(<DataTable caption="c" columns={columns} rows={[{ name: 'a', count: 1n }, { name: 'b', count: 2n }]} initialSort={{ columnId: 'count', desc: true }} />);
    expect(bodyColumn(0)).toEqual(['b', 'a']);
  });

  it('paginates 10,000 rows 25 at a time, sorting across all pages', async () => {
    const rows: Row[] = Array.from({ length: 10_000 }, (_, i) => ({ name: `c${i}`, count: BigInt(i) * 1_000_000_007n }));
    const started = performance.now();
    render(<DataTable caption="c" columns={columns} rows={rows} />);
    expect(within(screen.getByRole('table')).getAllByRole('row')).toHaveLength(26);
    expect(screen.getByText('Page 1 of 400')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 2 of 400')).toBeInTheDocument();
    expect(bodyColumn(0)[0]).toBe('c25');
    const header = screen.getByRole('columnheader', { name: /Signals/ });
    await userEvent.click(within(header).getByRole('button'));
    await userEvent.click(within(header).getByRole('button'));
    expect(bodyColumn(0)[0]).toBe('c9999');
    expect(performance.now() - started).toBeLessThan(5_000);
    expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled();
  });

  it('renders hostile strings as text, creating no element from them', () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const { container } = render(
      <DataTable caption={hostile} columns={[{ id: 'name', header: hostile, value: (row: Row) => row.name }]} rows={[{ name: hostile, count: 1n }]} />,
    );
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByRole('cell')).toHaveTextContent(hostile);
  });

  it('has no pagination bar for a single page', () => {
    render(<DataTable caption="c" columns={columns} rows={[{ name: 'a', count: 1n }]} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });

  it('goes back to the first page when the rows change', async () => {
    const many: Row[] = Array.from({ length: 60 }, (_, i) => ({ name: `r${i}`, count: BigInt(i) }));
    const { rerender } = render(<DataTable caption="c" columns={columns} rows={many} />);
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    expect(screen.getByText('Page 3 of 3')).toBeInTheDocument();
    rerender(<DataTable caption="c" columns={columns} rows={many.slice(0, 30)} />);
    expect(screen.getByText('Page 1 of 2')).toBeInTheDocument();
    expect(bodyColumn(0)[0]).toBe('r0');
  });
});

describe('DataTable fits its card', () => {
  it('pins footer rows (Other, Total) below every sort, keeps cells on one line and numbers at the end', async () => {
    const sorts: unknown[] = [];
    render(
      <DataTable
        caption="c"
        columns={columns}
        rows={[{ name: 'b', count: 1n }, { name: 'a', count: 2n }]}
        footerRows={[{ name: 'Total', count: 3n }]}
        onSortChange={(sort) => sorts.push(sort)}
      />,
    );
    await userEvent.click(within(screen.getByRole('columnheader', { name: /Signals/ })).getByRole('button'));
    const rows = within(screen.getByRole('table')).getAllByRole('row');
    expect(rows.at(-1)!.textContent).toBe('Total3 signals');
    expect(sorts).toEqual([{ columnId: 'count', desc: false }]);
    const cell = within(rows[1]!).getAllByRole('cell')[0]!;
    expect(cell.style.whiteSpace).toBe('nowrap');
    expect(within(rows[1]!).getAllByRole('cell')[1]!.style.textAlign).toBe('end');
    expect(cell.style.position).toBe('sticky');
  });

  it('cycles a header through its first direction, the other, then data order; sortDescFirst starts descending', async () => {
    const sorts: unknown[] = [];
    const descFirst: DataTableColumn<Row>[] = [columns[0]!, { ...columns[1]!, sortDescFirst: true }];
    render(<DataTable caption="c" columns={descFirst} rows={[{ name: 'b', count: 1n }, { name: 'a', count: 2n }, { name: 'c', count: 3n }]} onSortChange={(sort) => sorts.push(sort)} />);
    const header = screen.getByRole('columnheader', { name: /Signals/ });
    const button = within(header).getByRole('button');
    await userEvent.click(button);
    expect(bodyColumn(0)).toEqual(['c', 'a', 'b']);
    await userEvent.click(button);
    expect(bodyColumn(0)).toEqual(['b', 'a', 'c']);
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(button);
    expect(header).toHaveAttribute('aria-sort', 'none');
    expect(bodyColumn(0)).toEqual(['b', 'a', 'c']);
    expect(sorts).toEqual([{ columnId: 'count', desc: true }, { columnId: 'count', desc: false }, undefined]);
  });

  it('follows a controlled sort, and ignores a sort on a column that does not sort', () => {
    const rows = [{ name: 'b', count: 1n }, { name: 'a', count: 2n }];
    const { rerender } = render(<DataTable caption="c" columns={columns} rows={rows} sort={{ columnId: 'name', desc: false }} />);
    expect(bodyColumn(0)).toEqual(['a', 'b']);
    rerender(<DataTable caption="c" columns={columns} rows={rows} sort={null} />);
    expect(bodyColumn(0)).toEqual(['b', 'a']);
    const fixed: DataTableColumn<Row>[] = [{ ...columns[0]!, sortable: false }, columns[1]!];
    rerender(<DataTable caption="c" columns={fixed} rows={rows} sort={{ columnId: 'name', desc: false }} />);
    expect(bodyColumn(0)).toEqual(['b', 'a']);
    expect(within(screen.getByRole('columnheader', { name: 'Customer' })).queryByRole('button')).toBeNull();
    expect(screen.getByRole('columnheader', { name: 'Customer' })).not.toHaveAttribute('aria-sort');
  });

  it('shows the order sortTableRows gives the CSV, missing values last in both directions, across pages', async () => {
    type Maybe = { name: string; count: bigint | null };
    const maybe: DataTableColumn<Maybe>[] = [
      { id: 'name', header: 'Customer', value: (row) => row.name },
      { id: 'count', header: 'Signals', value: (row) => row.count },
    ];
    const rows: Maybe[] = Array.from({ length: 30 }, (_, i) => ({ name: `r${i}`, count: i % 3 === 0 ? null : BigInt(i % 7) }));
    render(<DataTable caption="c" columns={maybe} rows={rows} initialSort={{ columnId: 'count', desc: true }} pageSize={10} />);
    const expected = sortTableRows(maybe, rows, { columnId: 'count', desc: true }).map((row) => row.name);
    const shown = [...bodyColumn(0)];
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    shown.push(...bodyColumn(0));
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    shown.push(...bodyColumn(0));
    expect(shown).toEqual(expected);
    expect(shown.slice(-10).every((name) => Number(name.slice(1)) % 3 === 0)).toBe(true);
    expect(screen.getByRole('button', { name: 'Next' })).toBeDisabled();
  });

  it('sortTableRows gives the CSV the order the table shows', () => {
    const rows = [{ name: 'b', count: 1n }, { name: 'a', count: 2n }, { name: 'c', count: 2n }];
    expect(sortTableRows(columns, rows, { columnId: 'count', desc: true }).map((row) => row.name)).toEqual(['a', 'c', 'b']);
    expect(sortTableRows(columns, rows, undefined).map((row) => row.name)).toEqual(['b', 'a', 'c']);
  });
});
