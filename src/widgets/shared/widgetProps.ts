/**
 * The props every widget shares — presentation, data source, view and export — so the four
 * widgets read alike. Each widget adds its named query's input and its own labels.
 */
import type { CSSProperties, ReactNode } from 'react';
import type { AnalyticsFetcher } from '../../core/contract';
import type { ErrorMessages } from '../../ui/states/errorMessages';
import type { WidgetView } from '../../ui/ViewToggle/ViewToggle';
import type { ThemeInput } from '../../theme/types';
import type { ContainedProps } from '../../ui/ErrorBoundary/WidgetBoundary';

export type { WidgetView };

export interface WidgetBaseProps extends ContainedProps {
  /**
   * The card's heading.
   * @default the widget's name
   */
  title?: ReactNode | undefined;
  /**
   * Under the heading.
   * @default the window, e.g. `Oct 1, 2026 to Oct 31, 2026`
   */
  subtitle?: ReactNode | undefined;
  /**
   * Merged over the provider's theme.
   * @default the provider's theme
   */
  theme?: ThemeInput | undefined;
  className?: string | undefined;
  style?: CSSProperties | undefined;
  /**
   * Heading level of the title.
   * @default 3
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6 | undefined;
  /**
   * This widget's own fetcher instead of the provider's (keep it stable).
   * @default the provider's fetcher
   */
  fetcher?: AnalyticsFetcher | undefined;
  /** Controlled view. */
  view?: WidgetView | undefined;
  /**
   * Uncontrolled starting view.
   * @default chart
   */
  defaultView?: WidgetView | undefined;
  onViewChange?: ((view: WidgetView) => void) | undefined;
  /**
   * Chart height (px or CSS length); the loading skeleton matches it.
   * @default 280
   */
  height?: number | string | undefined;
  /**
   * Per-code error text (translation).
   * @default English messages (DEFAULT_ERROR_MESSAGES)
   */
  errorMessages?: Partial<ErrorMessages> | undefined;
  /**
   * Replaces the CSV download: receives the CSV text and its file name.
   * @default a download in the browser
   */
  onExportCsv?: ((csv: string, filename: string) => void) | undefined;
  /**
   * Rows per table page.
   * @default 25
   */
  pageSize?: number | undefined;
  /** Refetch every this many milliseconds while the tab is visible (paused while hidden). Off by default. */
  refetchIntervalMs?: number | undefined;
  /** Show "Updated N min ago" under the title (from when the data arrived). Default false. */
  showUpdated?: boolean | undefined;
}

/** The controlled / uncontrolled granularity props of a widget whose buckets the user picks. */
export interface GranularityProps<G extends string> {
  /** Controlled bucket size (also the named query's `granularity`). */
  granularity?: G | undefined;
  /** Uncontrolled starting bucket size. */
  defaultGranularity?: G | undefined;
  onGranularityChange?: ((granularity: G) => void) | undefined;
}

/** Default chart height shared by every widget. */
export const DEFAULT_CHART_HEIGHT = 280;
