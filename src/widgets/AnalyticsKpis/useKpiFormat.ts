'use client';
import { useCallback } from 'react';
import type { Formatters } from '../../core/format/createFormatters';
import type { AnalyticsKpiValue } from './analyticsKpiValues';

/** The formatter props of AnalyticsKpis. */
export interface KpiFormatterProps {
  countFormatter?: (value: string) => string;
  amountFormatter?: (cents: string, currency: string) => string;
  creditsFormatter?: (credits: string) => string;
}

/**
 * Formats a KPI's exact decimal text by its kind: a count, money in cents of its own currency
 * (never the provider's when the row names one), or credits — the host's formatters first.
 */
export function useKpiFormat(formatters: Formatters, props: KpiFormatterProps): (value: AnalyticsKpiValue, text: string) => string {
  const { countFormatter, amountFormatter, creditsFormatter } = props;
  return useCallback(
    (value: AnalyticsKpiValue, text: string) => {
      switch (value.kind) {
        case 'count':
          return countFormatter ? countFormatter(text) : formatters.count(text);
        case 'cents': {
          const currency = value.unit || formatters.currency;
          return amountFormatter ? amountFormatter(text, currency) : formatters.cents(text, { currency });
        }
        case 'credits':
          return creditsFormatter ? creditsFormatter(text) : formatters.count(text, { maximumFractionDigits: 6 });
      }
    },
    [formatters, countFormatter, amountFormatter, creditsFormatter],
  );
}
