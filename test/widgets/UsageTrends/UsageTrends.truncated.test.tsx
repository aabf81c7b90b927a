import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, renderWithProvider } from '../shared/widgetHarness';

// An emulator whose row cap is small enough that a week of hourly buckets is cut short.
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ maxRows: 50 });
});
afterAll(async () => {
  await emulator.close();
});

describe('UsageTrends with a truncated result', () => {
  it('shows the data it received with a notice naming the row count', async () => {
    renderWithProvider(<UsageTrends from="2026-11-13T00:00:00Z" to="2026-11-20T00:00:00Z" granularity="hour" defaultView="table" />, {
      fetcher: emulatorFetcher(emulator),
    });
    const notice = await screen.findByRole('note', {}, { timeout: 20_000 });
    expect(notice).toHaveTextContent('Results were truncated to 50 rows');
    expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
  });
});
