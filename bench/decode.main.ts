/** Prints the decode benchmark: `npx tsx bench/decode.main.ts [runs]` (default `DECODE_RUNS`). */
import { DECODE_RUNS, runDecodeBench } from './decode';

const runs = process.argv[2] === undefined ? DECODE_RUNS : Number(process.argv[2]);
if (!(Number.isInteger(runs) && runs >= 1)) throw new Error(`runs must be a positive integer, got ${JSON.stringify(process.argv[2])}`);
for (const result of await runDecodeBench(runs)) {
  console.log(
    `${result.name}: ${result.ms.toFixed(2)} ms vs JSON.parse ${result.floorMs.toFixed(2)} ms → ${result.ratio.toFixed(2)}× median of ${result.runs.length} runs ` +
      `(${result.runs.map((ratio) => ratio.toFixed(2)).join(' / ')}; target ≤ ${result.target}×)`,
  );
}
