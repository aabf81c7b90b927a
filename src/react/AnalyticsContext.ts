import { createContext } from 'react';
import type { QueryClient } from '../core/client/QueryClient';
import type { AnalyticsFetcher } from '../core/contract';
import type { Formatters } from '../core/format/createFormatters';
import type { ThemeInput } from '../theme/types';
import type { ControlLabels } from '../ui/controlLabels/controlLabels';

/** What `AnalyticsProvider` gives every hook and widget below it. */
export interface AnalyticsContextValue {
  /** The host's fetcher; `undefined` outside a provider (hooks then need their own). */
  fetcher: AnalyticsFetcher | undefined;
  client: QueryClient;
  locale: string;
  currency: string;
  timeZone: string;
  theme: ThemeInput | undefined;
  /** Formatters bound to `locale`, `currency` and `timeZone`: the one place numbers become text. */
  formatters: Formatters;
  /** Texts of the widgets' toolbar controls for the whole page (a translation); `undefined`: English. */
  controlLabels?: ControlLabels | undefined;
}

/** `null` outside a provider; read it through `useAnalyticsContext()`. */
export const AnalyticsContext = createContext<AnalyticsContextValue | null>(null);
AnalyticsContext.displayName = 'AnalyticsContext';
