/** Moved to `src/ui/series/uniqueLabels.ts` (the blocks use it); re-exported for the widgets. */
export * from '../../ui/series/uniqueLabels';
