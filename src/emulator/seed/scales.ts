/** Data volumes of the emulator's seed scales. */

export type EmulatorScale = 'tiny' | 'small' | 'medium' | 'large';

export interface ScaleSpec {
  /** Approximate signals of the main organization over the history window. */
  signals: number;
  /** Customers of the main organization. */
  customers: number;
}

export const SCALES: Readonly<Record<EmulatorScale, ScaleSpec>> = {
  tiny: { signals: 10_000, customers: 40 },
  small: { signals: 200_000, customers: 200 },
  medium: { signals: 1_000_000, customers: 600 },
  large: { signals: 10_000_000, customers: 2_000 },
};

/** Days of history before (and including) the anchor date. */
export const HISTORY_DAYS = 180;

/** Narrows an unknown value to a scale name. */
export function isEmulatorScale(value: unknown): value is EmulatorScale {
  return value === 'tiny' || value === 'small' || value === 'medium' || value === 'large';
}
