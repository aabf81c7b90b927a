import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CostPerModel } from '../../../src/widgets/CostPerModel/CostPerModel';
import { startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, readTable, renderWithProvider } from '../shared/widgetHarness';

// An emulator whose row cap is smaller than the number of vendor × model pairs.
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ maxRows: 3 });
});
afterAll(async () => {
  await emulator.close();
});

describe('CostPerModel with a truncated result', () => {
  it('shows the rows it received with a notice naming the row count', async () => {
    const { container } = renderWithProvider(<CostPerModel from="2026-08-24T00:00:00Z" to="2026-11-16T00:00:00Z" defaultView="table" />, {
      fetcher: emulatorFetcher(emulator),
    });
    const notice = await screen.findByRole('note', {}, { timeout: 20_000 });
    expect(notice).toHaveTextContent('Results were truncated to 3 rows');
    await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(readTable(container).rows).toHaveLength(3);
  });
});
