import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { TimeRange } from '../../../src/core/time/timeRange';
import { AnalyticsProvider } from '../../../src/react/AnalyticsProvider';
import { TimeRangeControl } from '../../../src/ui/TimeRangeControl/TimeRangeControl';

const now = () => new Date('2026-11-23T23:30:00Z');

describe('TimeRangeControl', () => {
  it('is a labelled select of the presets and custom, defaulting to 30 days', () => {
    render(<TimeRangeControl />);
    const select = screen.getByRole('combobox', { name: 'Time range' });
    expect(select).toHaveValue('30d');
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Last 7 days',
      'Last 30 days',
      'Last 90 days',
      'Last 12 months',
      'Custom range',
    ]);
  });

  it('uncontrolled: keeps its own value and reports changes', async () => {
    const onChange = vi.fn();
    render(<TimeRangeControl defaultValue="7d" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Time range' });
    await userEvent.selectOptions(select, '90d');
    expect(select).toHaveValue('90d');
    expect(onChange).toHaveBeenCalledWith('90d');
  });

  it('controlled: shows the value given and only reports', async () => {
    const onChange = vi.fn();
    const { rerender } = render(<TimeRangeControl value="7d" onChange={onChange} />);
    const select = screen.getByRole('combobox', { name: 'Time range' });
    await userEvent.selectOptions(select, '12m');
    expect(onChange).toHaveBeenCalledWith('12m');
    expect(select).toHaveValue('7d');
    rerender(<TimeRangeControl value="12m" onChange={onChange} />);
    expect(select).toHaveValue('12m');
  });

  it('is reached and operated from the keyboard', async () => {
    const user = userEvent.setup();
    const onChange = vi.fn();
    render(<TimeRangeControl onChange={onChange} />);
    await user.tab();
    const select = screen.getByRole('combobox', { name: 'Time range' });
    expect(select).toHaveFocus();
    await user.selectOptions(select, '7d');
    expect(onChange).toHaveBeenLastCalledWith('7d');
  });

  it('custom: seeds two labelled date inputs from "today" in the given zone', async () => {
    const onChange = vi.fn();
    render(<TimeRangeControl defaultValue="7d" onChange={onChange} timeZone="Asia/Tokyo" now={now} />);
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), 'custom');
    // 23:30 UTC on the 23rd is already the 24th in Tokyo.
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-11-18', to: '2026-11-24' });
    expect(screen.getByLabelText('Start date')).toHaveValue('2026-11-18');
    expect(screen.getByLabelText('End date')).toHaveValue('2026-11-24');
  });

  it('custom: reports a changed date once both are valid and in order, flags an inverted range', async () => {
    const onChange = vi.fn();
    render(<TimeRangeControl defaultValue={{ from: '2026-11-01', to: '2026-11-10' }} onChange={onChange} />);
    const from = screen.getByLabelText('Start date');
    await userEvent.clear(from);
    await userEvent.type(from, '2026-11-05');
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-11-05', to: '2026-11-10' });
    onChange.mockClear();
    await userEvent.clear(from);
    await userEvent.type(from, '2026-11-20');
    expect(onChange).not.toHaveBeenCalled();
    expect(from).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('Choose a start date on or before the end date.');
  });

  it('controlled custom value follows the parent', async () => {
    function Parent() {
      const [range, setRange] = useState<TimeRange>({ from: '2026-10-01', to: '2026-10-31' });
      return (
        <>
          <TimeRangeControl value={range} onChange={setRange} />
          <button type="button" onClick={() => setRange({ from: '2026-09-01', to: '2026-09-30' })}>
            September
          </button>
          <output>{JSON.stringify(range)}</output>
        </>
      );
    }
    render(<Parent />);
    expect(screen.getByRole('combobox', { name: 'Time range' })).toHaveValue('custom');
    await userEvent.click(screen.getByRole('button', { name: 'September' }));
    expect(screen.getByLabelText('Start date')).toHaveValue('2026-09-01');
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), '7d');
    expect(screen.getByRole('status')).toHaveTextContent('"7d"');
    expect(screen.queryByLabelText('Start date')).not.toBeInTheDocument();
  });

  it('shows a custom range of Dates as the days they cover in the zone, the exclusive end as its last day', () => {
    render(
      <TimeRangeControl
        timeZone="Europe/Berlin"
        value={{ from: new Date('2026-10-31T23:00:00Z'), to: new Date('2026-11-30T23:00:00Z') }}
      />,
    );
    expect(screen.getByRole('combobox', { name: 'Time range' })).toHaveValue('custom');
    expect(screen.getByLabelText('Start date')).toHaveValue('2026-11-01');
    expect(screen.getByLabelText('End date')).toHaveValue('2026-11-30');
  });

  it('offers only the presets asked for, and translated labels', () => {
    render(<TimeRangeControl presets={['7d', '30d']} allowCustom={false} defaultValue="7d" labels={{ label: 'Zeitraum', presets: { '7d': 'Letzte 7 Tage' } }} />);
    expect(screen.getByRole('combobox', { name: 'Zeitraum' })).toBeInTheDocument();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Letzte 7 Tage', 'Last 30 days']);
  });

  it("seeds custom dates in the AnalyticsProvider's time zone by default", async () => {
    const onChange = vi.fn();
    render(
      <AnalyticsProvider fetcher={async () => ({})} timeZone="Pacific/Kiritimati">
        <TimeRangeControl defaultValue="7d" onChange={onChange} now={() => new Date('2026-11-23T10:30:00Z')} />
      </AnalyticsProvider>,
    );
    await userEvent.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), 'custom');
    // 10:30 UTC is 00:30 the next day at UTC+14.
    expect(onChange).toHaveBeenLastCalledWith({ from: '2026-11-18', to: '2026-11-24' });
  });
});
