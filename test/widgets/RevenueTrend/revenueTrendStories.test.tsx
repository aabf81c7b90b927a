import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { BilledUsage } from '../../../src/widgets/BilledUsage/BilledUsage';
import { CreditUsage } from '../../../src/widgets/CreditUsage/CreditUsage';
import { RevenueByProduct } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend } from '../../../src/widgets/RevenueTrend/RevenueTrend';
import { STORY_CREDITS_CURRENCY_ID } from '../../../fixtures/fixtureRequests';
import { recordRequests, renderWithProvider } from '../shared/widgetHarness';

// Strict matching: a story's request must be one the fixtures recorded, not a fallback.
const strictFetcher = () => recordRequests(createFixtureFetcher(ALL_FIXTURES, { matchByName: false }));
const settled = () => waitFor(() => expect(document.querySelector('[data-paw-refreshing]')).toBeNull());

describe('the revenue, billing and credit widgets with the stories’ props find their recorded fixtures exactly', () => {
  it('RevenueTrend: every preset by month and week', async () => {
    const user = userEvent.setup();
    const recorder = strictFetcher();
    renderWithProvider(<RevenueTrend {...STORY_PROPS.revenueTrend} />, { fetcher: recorder.fetcher });
    expect(await screen.findByRole('img')).toBeInTheDocument();
    for (const preset of ['7d', '30d', '90d', '12m']) {
      for (const granularity of ['Week', 'Month']) {
        await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), preset);
        await user.click(screen.getByRole('radio', { name: granularity }));
        await settled();
        expect(screen.queryByRole('alert'), `${preset} ${granularity}`).toBeNull();
      }
    }
    expect(document.querySelector('[data-paw-stat="invoiced"] dd')?.textContent).toMatch(/^\$[\d,]+\.\d\d$/);
  });

  it('RevenueByProduct: every preset', async () => {
    const user = userEvent.setup();
    const recorder = strictFetcher();
    renderWithProvider(<RevenueByProduct {...STORY_PROPS.revenueByProduct} />, { fetcher: recorder.fetcher });
    expect(await screen.findByRole('list')).toBeInTheDocument();
    for (const preset of ['7d', '30d', '90d', '12m']) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), preset);
      await settled();
      expect(screen.queryByRole('alert'), preset).toBeNull();
    }
  });

  it('BilledUsage: the running period with overage', async () => {
    renderWithProvider(<BilledUsage {...STORY_PROPS.billedUsage} />, { fetcher: strictFetcher().fetcher });
    expect(await screen.findByRole('list')).toBeInTheDocument();
    expect(document.querySelector('[data-paw-meter="over"]')).not.toBeNull();
  });

  it('CreditUsage: every preset, by signal and by product', async () => {
    const user = userEvent.setup();
    renderWithProvider(<CreditUsage {...STORY_PROPS.creditUsage} creditsCurrencyId={STORY_CREDITS_CURRENCY_ID} />, { fetcher: strictFetcher().fetcher });
    expect(await screen.findByRole('list')).toBeInTheDocument();
    for (const preset of ['7d', '30d', '90d', '12m']) {
      for (const by of ['By product', 'By signal']) {
        await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), preset);
        await user.click(screen.getByRole('button', { name: by }));
        await settled();
        expect(screen.queryByRole('alert'), `${preset} ${by}`).toBeNull();
      }
    }
  });
});
