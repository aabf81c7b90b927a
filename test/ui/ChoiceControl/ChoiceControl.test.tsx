import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ChoiceControl } from '../../../src/ui/ChoiceControl/ChoiceControl';

type Metric = 'revenue' | 'cost' | 'margin';
const METRICS: readonly Metric[] = ['revenue', 'cost', 'margin'];
const LABELS: Record<Metric, string> = { revenue: 'Revenue', cost: 'Cost', margin: 'Margin' };

describe('ChoiceControl', () => {
  it('is a radio group named by its label, one radio per option in order, with the host name on data-paw-control', () => {
    render(<ChoiceControl options={METRICS} optionLabels={LABELS} label="Rank by" name="rank" value="cost" onChange={() => {}} />);
    const group = screen.getByRole('radiogroup', { name: 'Rank by' });
    expect(group).toHaveAttribute('data-paw-control', 'rank');
    expect(screen.getAllByRole('radio').map((radio) => radio.textContent)).toEqual(['Revenue', 'Cost', 'Margin']);
    expect(screen.getByRole('radio', { name: 'Cost' })).toBeChecked();
  });

  it('uncontrolled: starts at the first option (or defaultValue), keeps the choice itself and reports it', async () => {
    const onChange = vi.fn();
    const { unmount } = render(<ChoiceControl options={METRICS} optionLabels={LABELS} label="Rank by" name="rank" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Revenue' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Margin' }));
    expect(screen.getByRole('radio', { name: 'Margin' })).toBeChecked();
    expect(onChange).toHaveBeenCalledWith('margin');
    unmount();
    render(<ChoiceControl options={METRICS} optionLabels={LABELS} label="Rank by" name="rank" defaultValue="cost" />);
    expect(screen.getByRole('radio', { name: 'Cost' })).toBeChecked();
  });

  it('controlled: shows the value given and only reports a change; the same option again reports nothing', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<ChoiceControl options={METRICS} optionLabels={LABELS} label="Rank by" name="rank" value="revenue" onChange={onChange} />);
    await userEvent.click(screen.getByRole('radio', { name: 'Cost' }));
    expect(onChange).toHaveBeenCalledWith('cost');
    expect(screen.getByRole('radio', { name: 'Revenue' })).toBeChecked();
    await userEvent.click(screen.getByRole('radio', { name: 'Revenue' }));
    expect(onChange).toHaveBeenCalledTimes(1);
    rerender(<ChoiceControl options={METRICS} optionLabels={LABELS} label="Rank by" name="rank" value="cost" onChange={onChange} />);
    expect(screen.getByRole('radio', { name: 'Cost' })).toBeChecked();
  });

  it('has one tab stop (the selected option) and moves with the arrow keys, wrapping, and Home/End', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<ChoiceControl options={METRICS} optionLabels={LABELS} label="Rank by" name="rank" defaultValue="cost" onChange={onChange} />);
    expect(screen.getAllByRole('radio').map((radio) => radio.tabIndex)).toEqual([-1, 0, -1]);
    await user.tab();
    expect(screen.getByRole('radio', { name: 'Cost' })).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(screen.getByRole('radio', { name: 'Margin' })).toHaveFocus();
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('radio', { name: 'Revenue' })).toBeChecked();
    await user.keyboard('{ArrowUp}');
    expect(screen.getByRole('radio', { name: 'Margin' })).toBeChecked();
    await user.keyboard('{Home}');
    expect(screen.getByRole('radio', { name: 'Revenue' })).toHaveFocus();
    await user.keyboard('{End}');
    expect(screen.getByRole('radio', { name: 'Margin' })).toBeChecked();
    expect(onChange.mock.calls.map((call) => call[0])).toEqual(['margin', 'revenue', 'margin', 'revenue', 'margin']);
  });

  it('disabled: every option is disabled and clicks change nothing', async () => {
    const onChange = vi.fn();
    render(<ChoiceControl options={METRICS} optionLabels={LABELS} label="Rank by" name="rank" defaultValue="cost" onChange={onChange} disabled />);
    expect(screen.getByRole('radiogroup')).toHaveAttribute('aria-disabled', 'true');
    for (const radio of screen.getAllByRole('radio')) expect(radio).toBeDisabled();
    await userEvent.click(screen.getByRole('radio', { name: 'Margin' }));
    expect(onChange).not.toHaveBeenCalled();
    expect(screen.getByRole('radio', { name: 'Cost' })).toBeChecked();
  });

  it('shows option labels as text, never as markup', () => {
    render(<ChoiceControl options={['a']} optionLabels={{ a: '<img src=x onerror=alert(1)>' }} label="L" name="n" />);
    expect(screen.getByRole('radio').textContent).toBe('<img src=x onerror=alert(1)>');
    expect(document.querySelector('img')).toBeNull();
  });
});
