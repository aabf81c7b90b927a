import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ExportCsvButton } from '../../../src/ui/ExportCsvButton/ExportCsvButton';

describe('ExportCsvButton', () => {
  const columns = [{ header: 'n', value: (row: { n: bigint }) => row.n }];

  it('builds the CSV on click and hands it over', async () => {
    const onExport = vi.fn();
    render(<ExportCsvButton columns={columns} rows={[{ n: 9007199254740993n }]} filename="f.csv" onExport={onExport} />);
    expect(onExport).not.toHaveBeenCalled();
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(onExport).toHaveBeenCalledWith('n\r\n9007199254740993\r\n', 'f.csv');
  });

  it('is disabled when there is nothing to export', () => {
    render(<ExportCsvButton columns={columns} rows={[]} filename="f.csv" label="CSV herunterladen" />);
    expect(screen.getByRole('button', { name: 'CSV herunterladen' })).toBeDisabled();
  });
});
