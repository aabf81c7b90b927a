'use client';
import { useEffect, useId, useState } from 'react';
import {
  addCalendarDays,
  isCalendarDate,
  TIME_RANGE_PRESETS,
  todayInZone,
  type CustomTimeRange,
  type TimeRange,
  type TimeRangePreset,
} from '../../core/time/timeRange';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import { themeVar } from '../../theme/themeToCssVariables';
import { useControllableState } from '../controllableState/useControllableState';
import { controlStyles } from '../controlStyles/controlStyles';
import { visuallyHiddenStyle } from '../visuallyHidden/visuallyHiddenStyle';
import { DEFAULT_TIME_RANGE_LABELS, type TimeRangeLabels, type TimeRangeLabelsInput } from './timeRangeLabels';

export interface TimeRangeControlProps {
  /** Controlled value. Custom ranges from this control are calendar dates, `to` inclusive. */
  value?: TimeRange;
  /** Uncontrolled starting value. Default `'30d'`. */
  defaultValue?: TimeRange;
  /** Fires with a preset, or with a custom range once both dates are valid and in order. */
  onChange?: (range: TimeRange) => void;
  /** Which presets to offer, in order. Default all four. */
  presets?: readonly TimeRangePreset[];
  /** Offer "Custom range" with two date inputs. Default true. */
  allowCustom?: boolean;
  /** Zone whose "today" seeds the custom dates. Default: the `AnalyticsProvider`'s time zone. */
  timeZone?: string;
  /** Clock for seeding custom dates (tests, stories). Default `() => new Date()`. */
  now?: () => Date;
  /** Text overrides (translation); any subset. */
  labels?: TimeRangeLabelsInput;
  /** Show the "Time range" label visibly instead of only to assistive technology. */
  showLabel?: boolean;
  disabled?: boolean;
}

const PRESET_LENGTH_DAYS: Record<TimeRangePreset, number> = { '7d': 7, '30d': 30, '90d': 90, '12m': 365 };

/**
 * Picks the time range: a native `<select>` of presets (keyboard-operable by the browser) and,
 * for "Custom range", two labelled date inputs. Controlled (`value` + `onChange`) or
 * uncontrolled (`defaultValue`). Turn the value into instants with `resolveTimeRange`.
 */
export function TimeRangeControl(props: TimeRangeControlProps) {
  const { presets = TIME_RANGE_PRESETS, allowCustom = true, disabled, showLabel = false } = props;
  const labels: TimeRangeLabels = {
    ...DEFAULT_TIME_RANGE_LABELS,
    ...props.labels,
    presets: { ...DEFAULT_TIME_RANGE_LABELS.presets, ...props.labels?.presets },
  };
  const [value, setValue] = useControllableState<TimeRange>({
    value: props.value,
    defaultValue: props.defaultValue ?? '30d',
    onChange: props.onChange,
  });
  const providerTimeZone = useAnalyticsContext().timeZone;
  const selectId = useId();
  const errorId = useId();
  const isCustom = typeof value !== 'string';
  const zone = props.timeZone ?? providerTimeZone;
  const customInputs = isCustom ? toDateInputs(value, zone) : null;
  const [draft, setDraft] = useState<DateInputs>(() => customInputs ?? { from: '', to: '' });

  // Follow a controlled custom value that changes from outside.
  const valueFrom = customInputs?.from ?? null;
  const valueTo = customInputs?.to ?? null;
  useEffect(() => {
    if (valueFrom !== null && valueTo !== null) setDraft({ from: valueFrom, to: valueTo });
  }, [valueFrom, valueTo]);

  const seedCustom = (): DateInputs => {
    const now = props.now?.() ?? new Date();
    const to = todayInZone(now, zone);
    const days = typeof value === 'string' ? PRESET_LENGTH_DAYS[value] : 30;
    return { from: addCalendarDays(to, -(days - 1)), to };
  };

  const onSelect = (selected: string) => {
    if (selected === 'custom') {
      if (isCustom) {
        setDraft(customInputs ?? { from: '', to: '' });
        return;
      }
      const next = seedCustom();
      setDraft(next);
      setValue(next);
    } else {
      setValue(selected as TimeRangePreset);
    }
  };

  const onDate = (end: 'from' | 'to', text: string) => {
    const next = { ...draft, [end]: text };
    setDraft(next);
    if (draftIsValid(next)) setValue(next);
  };

  const invalid = isCustom && !draftIsValid(draft);
  const selectValue = isCustom ? 'custom' : value;
  const offered = presets.includes(selectValue as TimeRangePreset) || selectValue === 'custom' ? presets : [...presets, selectValue as TimeRangePreset];

  return (
    <div data-paw-control="time-range" style={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: themeVar.space2 }}>
      <label htmlFor={selectId} style={showLabel ? controlStyles.label : visuallyHiddenStyle}>
        {labels.label}
      </label>
      <select id={selectId} value={selectValue} disabled={disabled} onChange={(event) => onSelect(event.target.value)} style={controlStyles.select}>
        {offered.map((preset) => (
          <option key={preset} value={preset}>
            {labels.presets[preset]}
          </option>
        ))}
        {(allowCustom || isCustom) && <option value="custom">{labels.custom}</option>}
      </select>
      {isCustom && (
        <>
          <input
            type="date"
            aria-label={labels.from}
            value={draft.from}
            max={isCalendarDate(draft.to) ? draft.to : undefined}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => onDate('from', event.target.value)}
            style={controlStyles.input}
          />
          <span aria-hidden="true" style={{ color: themeVar.muted }}>
            –
          </span>
          <input
            type="date"
            aria-label={labels.to}
            value={draft.to}
            min={isCalendarDate(draft.from) ? draft.from : undefined}
            disabled={disabled}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? errorId : undefined}
            onChange={(event) => onDate('to', event.target.value)}
            style={controlStyles.input}
          />
          {invalid && (
            <span id={errorId} role="alert" style={{ color: themeVar.negative, fontSize: '0.85em' }}>
              {labels.invalidCustom}
            </span>
          )}
        </>
      )}
    </div>
  );
}

/** What the two date inputs show: calendar dates `YYYY-MM-DD` (or `''`), `to` inclusive. */
interface DateInputs {
  from: string;
  to: string;
}

/**
 * A custom range as the date inputs show it: calendar dates as they are; instants (a `Date` or an
 * ISO instant) as their day in `zone`, the exclusive `to` as the day of its last moment.
 */
function toDateInputs(range: CustomTimeRange, zone: string): DateInputs {
  const show = (end: string | Date, exclusive: boolean): string => {
    if (typeof end === 'string' && isCalendarDate(end.trim())) return end.trim();
    const ms = end instanceof Date ? end.getTime() : Date.parse(end);
    if (Number.isNaN(ms)) return '';
    try {
      return todayInZone(new Date(exclusive ? ms - 1 : ms), zone);
    } catch {
      return '';
    }
  };
  return { from: show(range.from, false), to: show(range.to, true) };
}

/** Both ends are real calendar dates (`YYYY-MM-DD`) and `from <= to`. */
function draftIsValid(range: DateInputs): boolean {
  return isCalendarDate(range.from) && isCalendarDate(range.to) && range.from <= range.to;
}
