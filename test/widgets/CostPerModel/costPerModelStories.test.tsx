import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { CostPerModel } from '../../../src/widgets/CostPerModel/CostPerModel';
import * as stories from '../../../stories/CostPerModel.stories';
import { readTable, recordRequests, renderWithProvider } from '../shared/widgetHarness';

// Strict matching: a story's request must be one the fixtures recorded, not a fallback.
const strictFetcher = () => recordRequests(createFixtureFetcher(ALL_FIXTURES, { matchByName: false }));

describe('CostPerModel with the stories’ props', () => {
  it('finds its recorded fixture for the default story and every preset', async () => {
    const user = userEvent.setup();
    const recorder = strictFetcher();
    renderWithProvider(<CostPerModel {...STORY_PROPS.costPerModel} />, { fetcher: recorder.fetcher });
    expect(await screen.findByRole('list', { name: 'AI cost by vendor and model' })).toHaveAccessibleDescription(expect.stringMatching(/^\$[\d,.]+ across 8 models from Aug 23, 2026 to Nov 20, 2026; most expensive: /));
    for (const preset of ['7d', '30d', '12m', '90d']) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), preset);
      await waitFor(() => expect(document.querySelector('[data-paw-refreshing]')).toBeNull());
      expect(screen.queryByRole('alert'), preset).toBeNull();
    }
    // Four windows asked for (back to 90 days is answered from the cache).
    expect(new Set(recorder.named('cost-per-model').map((request) => request.params.from)).size).toBe(4);
  });

  it('finds the recorded cost-per-signal fixture', async () => {
    const recorder = strictFetcher();
    const { container } = renderWithProvider(<CostPerModel {...STORY_PROPS.costPerModel} {...stories.CostPerSignal.args} />, { fetcher: recorder.fetcher });
    await screen.findByRole('table', {}, { timeout: 10_000 });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(readTable(container).headers.slice(-2)).toEqual(['Signals', 'Cost per signal']);
  });

  it('has a story for each state the issue asks for', () => {
    const names = Object.keys(stories);
    for (const name of ['Default', 'Dark', 'BrandTheme', 'GermanEuro', 'Loading', 'Empty', 'Truncated', 'ErrorQueryTimeout', 'ErrorAccessDenied']) expect(names).toContain(name);
    expect(stories.GermanEuro.globals).toEqual({ locale: 'de-DE' });
    expect(stories.Loading.parameters?.analytics).toEqual({ latencyMs: Infinity });
  });
});
