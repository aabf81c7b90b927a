/**
 * Every test starts where a host page is once its first answer has arrived and the person has
 * exported once: the parts loaded on demand — the response decoding
 * (`src/core/client/responseDecoding.ts`) and the toolbar's CSV export
 * (`src/widgets/shared/exportToolbarCsv.ts`) — are loaded, so a test that drives fake timers, or
 * reads an export right after the click, does not wait on a module load. Loading them on demand,
 * and failing to, is specified in test/core/client/loadResponseDecoding.test.ts and
 * test/widgets/shared/lazyChunks.test.tsx.
 */
import { loadResponseDecoding } from '../../src/core/client/loadResponseDecoding';

await loadResponseDecoding();
await import('../../src/widgets/shared/exportToolbarCsv');
