import { describe, expectTypeOf, it } from 'vitest';
import { startEmulator } from '../../src/emulator/startEmulator';
import type { EmulatorHandle, EmulatorOptions, EmulatorOrganization } from '../../src/emulator/startEmulator';
import type { EmulatorScale } from '../../src/emulator/seed/scales';
import { runEmulatorBench } from '../../bench/emulator';
import type { EmulatorBenchResult } from '../../bench/emulator';

describe('startEmulator types', () => {
  it('takes optional options and resolves to a handle with url, keys and close', () => {
    expectTypeOf(startEmulator).parameter(0).toEqualTypeOf<EmulatorOptions | undefined>();
    expectTypeOf(startEmulator).returns.resolves.toEqualTypeOf<EmulatorHandle>();
    expectTypeOf<EmulatorHandle['url']>().toEqualTypeOf<string>();
    expectTypeOf<EmulatorHandle['apiBaseUrl']>().toEqualTypeOf<string>();
    expectTypeOf<EmulatorHandle['deprecatedUrl']>().toEqualTypeOf<string>();
    expectTypeOf<EmulatorHandle['anchorTime']>().toEqualTypeOf<string>();
    expectTypeOf<EmulatorHandle['orgs']>().toEqualTypeOf<EmulatorOrganization[]>();
    expectTypeOf<EmulatorHandle['close']>().returns.toEqualTypeOf<Promise<void>>();
    expectTypeOf<EmulatorOrganization>().toEqualTypeOf<{ id: string; name: string; apiKey: string }>();
  });

  it('accepts only the four scales and a string or Date anchor', () => {
    expectTypeOf<EmulatorScale>().toEqualTypeOf<'tiny' | 'small' | 'medium' | 'large'>();
    expectTypeOf<EmulatorOptions['anchorDate']>().toEqualTypeOf<string | Date | undefined>();
    expectTypeOf<EmulatorOptions['bodyTimeoutMs']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<EmulatorOptions['queryMemoryBytes']>().toEqualTypeOf<number | undefined>();
    // @ts-expect-error not a scale
    startEmulator({ scale: 'huge' });
  });

  it('runs the bench for a scale and resolves to seeding time and latencies', () => {
    expectTypeOf(runEmulatorBench).returns.resolves.toEqualTypeOf<EmulatorBenchResult>();
    expectTypeOf<EmulatorBenchResult['floor']['p95Ms']>().toEqualTypeOf<number>();
  });
});
