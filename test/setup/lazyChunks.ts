/**
 * Every test starts where a host page is once its first answer has arrived: the response-decoding
 * chunk (`src/core/client/responseDecoding.ts`, loaded on demand) is loaded, so a test that drives
 * fake timers decodes at once instead of waiting on a module load that fake time cannot advance.
 * Loading it on demand, and failing to, is specified in test/core/client/loadResponseDecoding.test.ts.
 */
import { loadResponseDecoding } from '../../src/core/client/loadResponseDecoding';

await loadResponseDecoding();
