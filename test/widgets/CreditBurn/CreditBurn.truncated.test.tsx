import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';
import { startTestEmulator, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, renderWithProvider } from '../shared/widgetHarness';

// An emulator whose row cap cuts 90 daily buckets short.
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ maxRows: 20 });
});
afterAll(async () => {
  await emulator.close();
});

describe('CreditBurn with a truncated result', () => {
  it('shows the rows it received with a notice naming the row count', async () => {
    renderWithProvider(<CreditBurn creditsCurrencyId="cc_ai_credits" from="2026-08-22T00:00:00Z" to="2026-11-20T00:00:00Z" granularity="day" />, {
      fetcher: emulatorFetcher(emulator),
    });
    const notice = await screen.findByRole('note', {}, { timeout: 20_000 });
    expect(notice).toHaveTextContent('Results were truncated to 20 rows');
    expect(screen.getByRole('img')).toBeInTheDocument();
  });
});
