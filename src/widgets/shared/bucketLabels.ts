/** Moved to `src/ui/time/bucketLabels.ts` (the blocks use it); re-exported for the widgets. */
export * from '../../ui/time/bucketLabels';
