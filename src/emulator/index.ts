/**
 * `paid-analytics-react/emulator`: the Paid Analytics API served locally over embedded ClickHouse
 * (chDB, an optional peer dependency) with deterministic seeded data. Node only.
 */
import { loadWithChdb } from './chdbInstallHint';
import type { EmulatorHandle, EmulatorOptions } from './startEmulator';

export type { EmulatorHandle, EmulatorOptions, EmulatorOrganization } from './startEmulator';
export type { EmulatorScale } from './seed/scales';
export { CHDB_INSTALL_HINT } from './chdbInstallHint';

/**
 * Starts the emulator: seeds the data, then serves the Analytics API on loopback. Importing this
 * entry needs nothing beyond the package; `chdb` loads on the first call, which rejects with
 * `CHDB_INSTALL_HINT` (`npm i -D chdb`) when it is not installed.
 */
export async function startEmulator(options?: EmulatorOptions): Promise<EmulatorHandle> {
  const engine = await loadWithChdb(() => import('./startEmulator'));
  return engine.startEmulator(options);
}
