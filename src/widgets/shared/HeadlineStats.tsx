'use client';
import { themeVar } from '../../theme/themeToCssVariables';

/** One headline number of a widget: a label, its exact formatted value and an optional note. */
export interface HeadlineStat {
  /** Stable key, also `data-paw-stat` (tests, host styling). */
  id: string;
  label: string;
  /** Already formatted exactly (e.g. `formatters.count(total)`). */
  value: string;
  /** A short note under the value, e.g. `+12.5% vs previous period`. */
  detail?: string;
  /** Colours the detail: growth, decline or neither. */
  tone?: 'positive' | 'negative' | 'neutral';
}

export interface HeadlineStatsProps {
  stats: readonly HeadlineStat[];
  /** Accessible name of the list. */
  label: string;
}

const TONE_COLOR = { positive: themeVar.positive, negative: themeVar.negative, neutral: themeVar.muted } as const;

/**
 * The widget's headline numbers as a description list (`<dl>`): each label is a `<dt>`, its value
 * and note the `<dd>`. Text only; every value arrives formatted.
 */
export function HeadlineStats({ stats, label }: HeadlineStatsProps) {
  return (
    <dl aria-label={label} data-paw-headline="" style={{ display: 'flex', flexWrap: 'wrap', gap: themeVar.space4, margin: 0 }}>
      {stats.map((stat) => (
        <div key={stat.id} data-paw-stat={stat.id} style={{ display: 'flex', flexDirection: 'column', gap: 2, minWidth: 0 }}>
          <dt style={{ fontSize: '0.85em', color: themeVar.muted }}>{stat.label}</dt>
          <dd style={{ margin: 0, fontSize: '1.5em', fontWeight: 600, fontVariantNumeric: 'tabular-nums', color: themeVar.text }}>{stat.value}</dd>
          {stat.detail !== undefined && (
            <dd style={{ margin: 0, fontSize: '0.85em', color: TONE_COLOR[stat.tone ?? 'neutral'] }}>{stat.detail}</dd>
          )}
        </div>
      ))}
    </dl>
  );
}
