/** Moved to `src/ui/time/timeBuckets.ts` (the blocks use it); re-exported for the widgets. */
export * from '../../ui/time/timeBuckets';
