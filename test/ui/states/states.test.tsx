import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { EmptyState } from '../../../src/ui/states/EmptyState';
import { LoadingState } from '../../../src/ui/states/LoadingState';
import { TruncatedNotice } from '../../../src/ui/states/TruncatedNotice';

describe('LoadingState', () => {
  it('is a busy status announcing loading, its skeleton hidden from assistive technology', () => {
    const { container } = render(<LoadingState label="Chargement…" />);
    const status = screen.getByRole('status');
    expect(status).toHaveAttribute('aria-busy', 'true');
    expect(status).toHaveTextContent('Chargement…');
    expect(container.querySelector('[aria-hidden="true"]')).not.toBeNull();
  });
});

describe('EmptyState', () => {
  it('says there is no data, with overridable text', () => {
    const { rerender } = render(<EmptyState />);
    expect(screen.getByRole('status')).toHaveTextContent('No data for this period');
    rerender(<EmptyState title="Keine Daten" description="Zeitraum erweitern." />);
    expect(screen.getByRole('status')).toHaveTextContent('Keine DatenZeitraum erweitern.');
  });
});

describe('TruncatedNotice', () => {
  it('explains that totals cover only the rows received', () => {
    render(<TruncatedNotice rowCount="10,000" />);
    expect(screen.getByRole('note')).toHaveTextContent('Results were truncated to 10,000 rows');
  });

  it('works without a row count', () => {
    render(<TruncatedNotice />);
    expect(screen.getByRole('note')).toHaveTextContent('Results were truncated: totals cover only the rows received');
  });
});
