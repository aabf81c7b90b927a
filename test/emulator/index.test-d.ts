import { describe, expectTypeOf, it } from 'vitest';
import { startEmulator, CHDB_INSTALL_HINT } from '../../src/emulator/index';
import { startEmulator as startEmulatorNow } from '../../src/emulator/startEmulator';

describe('paid-analytics-react/emulator entry types', () => {
  it('exports startEmulator with the same signature as the module that needs chdb', () => {
    expectTypeOf(startEmulator).toEqualTypeOf<typeof startEmulatorNow>();
    expectTypeOf(CHDB_INSTALL_HINT).toEqualTypeOf<string>();
  });
});
