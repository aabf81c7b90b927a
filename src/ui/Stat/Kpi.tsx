'use client';
import type { ReactNode } from 'react';
import type { AnalyticsError } from '../../core/errors';
import { useAnalyticsContext } from '../../react/useAnalyticsContext';
import { BlockErrorBoundary, type RenderErrorInfo } from '../ErrorBoundary/BlockErrorBoundary';
import type { NumericValue } from '../series/fields';
import { Stat } from './Stat';
import { statChange, type StatChangeOptions } from './statChange';

export interface KpiProps {
  label: ReactNode;
  /** The exact current value. */
  value: NumericValue;
  /** The previous period's exact value: shows the change against it. */
  previous?: NumericValue | null | undefined;
  /** Formats the value exactly. Default: the provider's `formatCount`. */
  valueFormatter?: ((value: NumericValue) => string) | undefined;
  /** Whether a rise is good news. Default `'positive'` (use `'negative'` for cost). */
  increaseIs?: StatChangeOptions['increaseIs'] | undefined;
  /** Read after the change. Default `'vs previous period'`. */
  changeContext?: string | undefined;
  /** A muted line under the value. */
  hint?: ReactNode | undefined;
  onError?: ((error: AnalyticsError, info: RenderErrorInfo) => void) | undefined;
}

/**
 * One KPI on its own: a label, the exact value and its change against the previous period (arrow,
 * signed percentage, colour by sentiment — never colour alone). A `<dl>` of one `Stat`; put
 * several `Stat`s with `statChange(...)` in a `StatList` for a row of them. Contained.
 */
export function Kpi(props: KpiProps) {
  return (
    <BlockErrorBoundary onError={props.onError} resetKeys={[props.value, props.previous]}>
      <KpiBody {...props} />
    </BlockErrorBoundary>
  );
}

function KpiBody({ label, value, previous, valueFormatter, increaseIs, changeContext, hint }: KpiProps) {
  const { formatters } = useAnalyticsContext();
  const format = valueFormatter ?? ((raw: NumericValue) => formatters.count(raw));
  const change =
    previous === undefined
      ? undefined
      : statChange(value, previous, {
          ...(formatters.locale === undefined ? {} : { locale: formatters.locale }),
          ...(increaseIs === undefined ? {} : { increaseIs }),
          ...(changeContext === undefined ? {} : { context: changeContext }),
        });
  return (
    <dl style={{ margin: 0 }} data-paw-kpi="">
      <Stat label={label} value={format(value)} {...(change ? { change } : {})} {...(hint === undefined ? {} : { hint })} />
    </dl>
  );
}
