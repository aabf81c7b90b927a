import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { recordRequests, renderWithProvider } from './widgetHarness';

// Strict matching: a story's request must be one the fixtures recorded, not a fallback.
const strictFetcher = () => recordRequests(createFixtureFetcher(ALL_FIXTURES, { matchByName: false }));

describe('the widgets with the stories’ props find their recorded fixtures exactly', () => {
  it('UsageTrends: default, then presets with recorded granularities', async () => {
    const user = userEvent.setup();
    const recorder = strictFetcher();
    renderWithProvider(<UsageTrends {...STORY_PROPS.usageTrends} />, { fetcher: recorder.fetcher });
    expect(await screen.findByRole('img')).toBeInTheDocument();
    const steps: [string, string][] = [['90d', 'Day'], ['7d', 'Day'], ['7d', 'Hour'], ['30d', 'Day'], ['12m', 'Month'], ['90d', 'Week']];
    for (const [preset, granularity] of steps) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), preset);
      await user.click(screen.getByRole('radio', { name: granularity }));
      await waitFor(() => expect(document.querySelector('[data-paw-refreshing]')).toBeNull());
      const alert = screen.queryByRole('alert');
      expect(alert, `${preset} by ${granularity}: ${JSON.stringify(recorder.requests.at(-1))} ${alert?.textContent}`).toBeNull();
    }
    expect(recorder.named('usage-trends').length).toBeGreaterThanOrEqual(6);
  });

  it('CreditBurn: default and each granularity', async () => {
    const user = userEvent.setup();
    const recorder = strictFetcher();
    renderWithProvider(<CreditBurn {...STORY_PROPS.creditBurn} />, { fetcher: recorder.fetcher });
    expect(await screen.findByRole('img')).toBeInTheDocument();
    for (const granularity of ['Day', 'Month', 'Week']) {
      await user.click(screen.getByRole('radio', { name: granularity }));
      await waitFor(() => expect(document.querySelector('[data-paw-refreshing]')).toBeNull());
      expect(screen.queryByRole('alert')).toBeNull();
    }
    expect(document.querySelector('[data-paw-stat="balance"]')).not.toBeNull();
  });
});
