'use client';
import { useEffect, useState } from 'react';
import { themeVar } from '../../theme/themeToCssVariables';

export interface UpdatedAgoProps {
  /** When the data shown was fetched (ms since the epoch or a Date). */
  at: number | Date;
  /** The line's text for a number of whole minutes. Default `Updated just now` / `Updated N min ago`. */
  label?: ((minutes: number) => string) | undefined;
  /** The clock (tests). Default `Date.now`. */
  now?: (() => number) | undefined;
}

/** `Updated N min ago` (minutes, never negative). */
export const defaultUpdatedLabel = (minutes: number): string => (minutes < 1 ? 'Updated just now' : `Updated ${minutes} min ago`);

/**
 * A muted "Updated N min ago" line that refreshes itself every 30 s. It reads the clock only
 * after mounting (the server and the first browser render show the same text: none), so a
 * prerendered page hydrates on any later day.
 */
export function UpdatedAgo({ at, label = defaultUpdatedLabel, now = Date.now }: UpdatedAgoProps) {
  const [current, setCurrent] = useState<number | undefined>(undefined);
  useEffect(() => {
    setCurrent(now());
    const timer = setInterval(() => setCurrent(now()), 30_000);
    return () => clearInterval(timer);
  }, [now, at]);
  if (current === undefined) return null;
  const atMs = typeof at === 'number' ? at : at.getTime();
  const minutes = Math.max(0, Math.floor((current - atMs) / 60_000));
  return (
    <span data-paw-updated="" style={{ fontSize: '0.8em', color: themeVar.muted }}>
      {label(minutes)}
    </span>
  );
}
