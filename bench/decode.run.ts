/** One run of the decode benchmark in this process, for `runDecodeBench`: prints each body's figures as JSON. */
import { measureDecodeRun } from './decode';

console.log(JSON.stringify(measureDecodeRun()));
