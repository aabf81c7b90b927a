/** Prints the decode benchmark: `npx tsx bench/decode.main.ts`. */
import { runDecodeBench } from './decode';

for (const result of await runDecodeBench()) {
  console.log(
    `${result.name}: ${result.ms.toFixed(2)} ms vs JSON.parse ${result.floorMs.toFixed(2)} ms → ${result.ratio.toFixed(2)}× (target ≤ ${result.target}×)`,
  );
}
