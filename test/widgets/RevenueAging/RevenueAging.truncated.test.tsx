import { screen } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';
import { startTestEmulator, TEST_ANCHOR_DATE, type TestEmulator } from '../../support/emulator';
import { emulatorFetcher, renderWithProvider } from '../shared/widgetHarness';

// An emulator whose row cap cuts the aging rows short (totals first, then customers).
let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator({ maxRows: 8 });
});
afterAll(async () => {
  await emulator.close();
});

describe('RevenueAging with a truncated result', () => {
  it('shows what it received with a notice naming the row count', async () => {
    renderWithProvider(<RevenueAging asOf={TEST_ANCHOR_DATE} defaultView="table" />, { fetcher: emulatorFetcher(emulator) });
    const notice = await screen.findByRole('note', {}, { timeout: 20_000 });
    expect(notice).toHaveTextContent('Results were truncated to 8 rows');
    expect(await screen.findByRole('table', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(document.querySelector('[data-paw-stat="outstanding"]')).not.toBeNull();
  });
});
