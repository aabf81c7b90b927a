import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { GranularityControl } from '../../../src/ui/GranularityControl/GranularityControl';

describe('GranularityControl', () => {
  it('is a labelled radio group of the options given, defaulting to day', () => {
    render(<GranularityControl options={['day', 'week', 'month']} />);
    const group = screen.getByRole('radiogroup', { name: 'Granularity' });
    expect(group).toBeInTheDocument();
    expect(screen.getAllByRole('radio').map((r) => r.textContent)).toEqual(['Day', 'Week', 'Month']);
    expect(screen.getByRole('radio', { name: 'Day' })).toBeChecked();
  });

  it('re-renders with other options without React style warnings (segments move between first, middle and last)', () => {
    const consoleError = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const { rerender } = render(<GranularityControl value="day" options={['day', 'week', 'month']} />);
      rerender(<GranularityControl value="day" options={['hour', 'day', 'week']} />);
      expect(screen.getAllByRole('radio').map((r) => r.textContent)).toEqual(['Hour', 'Day', 'Week']);
      expect(consoleError).not.toHaveBeenCalled();
    } finally {
      consoleError.mockRestore();
    }
  });

  it('uncontrolled: clicking selects and reports', async () => {
    const onChange = vi.fn();
    render(<GranularityControl defaultValue="week" onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Month' }));
    expect(screen.getByRole('radio', { name: 'Month' })).toBeChecked();
    expect(onChange).toHaveBeenCalledWith('month');
  });

  it('controlled: shows the value given and only reports', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<GranularityControl value="hour" onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Week' }));
    expect(onChange).toHaveBeenCalledWith('week');
    expect(screen.getByRole('radio', { name: 'Hour' })).toBeChecked();
    rerender(<GranularityControl value="week" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Week' })).toBeChecked();
  });

  it('has one tab stop and moves with the arrow keys, Home and End', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<GranularityControl onChange={onChange} />);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Day' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Week' })).toHaveFocus();
    expect(screen.getByRole('radio', { name: 'Week' })).toBeChecked();
    await user.keyboard('{End}');
    expect(screen.getByRole('radio', { name: 'Month' })).toBeChecked();
    await user.keyboard('{ArrowRight}'); // wraps
    expect(screen.getByRole('radio', { name: 'Hour' })).toBeChecked();
    await user.keyboard('{ArrowLeft}');
    expect(screen.getByRole('radio', { name: 'Month' })).toBeChecked();
    expect(onChange.mock.calls.map((c) => c[0])).toEqual(['week', 'month', 'hour', 'month']);
    expect(screen.getAllByRole('radio').filter((r) => r.tabIndex === 0)).toHaveLength(1);
    await user.tab();
    expect(document.body).toHaveFocus();
  });
});
