import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ViewToggle } from '../../../src/ui/ViewToggle/ViewToggle';

describe('ViewToggle', () => {
  it('is a labelled group of two aria-pressed buttons, chart first', () => {
    render(<ViewToggle />);
    expect(screen.getByRole('group', { name: 'View' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Chart' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'false');
  });

  it('uncontrolled: switches and reports', async () => {
    const onChange = vi.fn();
    render(<ViewToggle onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Table' }));
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
    expect(onChange).toHaveBeenCalledWith('table');
  });

  it('controlled: shows the value given and only reports', async () => {
    const onChange = vi.fn();
    render(<ViewToggle value="table" onChange={onChange} />);
    await userEvent.click(screen.getByRole('button', { name: 'Chart' }));
    expect(onChange).toHaveBeenCalledWith('chart');
    expect(screen.getByRole('button', { name: 'Table' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('works from the keyboard: Tab, then Enter or Space', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ViewToggle onChange={onChange} />);
    await user.tab();
    await user.tab();
    expect(screen.getByRole('button', { name: 'Table' })).toHaveFocus();
    await user.keyboard('{Enter}');
    expect(onChange).toHaveBeenLastCalledWith('table');
    await user.tab({ shift: true });
    await user.keyboard(' ');
    expect(onChange).toHaveBeenLastCalledWith('chart');
  });
});
