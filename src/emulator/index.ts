/**
 * `paid-analytics-react/emulator`: the Paid Analytics API served locally over embedded ClickHouse
 * (chDB, an optional peer dependency) with deterministic seeded data. Node only.
 */
export {
  startEmulator,
  type EmulatorHandle,
  type EmulatorOptions,
  type EmulatorOrganization,
} from './startEmulator';
export type { EmulatorScale } from './seed/scales';
