import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { AnalyticsKpis } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { recordRequests, renderWithProvider } from '../shared/widgetHarness';

// Strict matching: a story's request must be one the fixtures recorded, not a fallback.
const strictFetcher = () => recordRequests(createFixtureFetcher(ALL_FIXTURES, { matchByName: false }));

describe('AnalyticsKpis with the stories’ props', () => {
  it('finds its recorded fixture for the default and every preset', async () => {
    const user = userEvent.setup();
    const recorder = strictFetcher();
    const { container } = renderWithProvider(<AnalyticsKpis {...STORY_PROPS.analyticsKpis} />, { fetcher: recorder.fetcher });
    await waitFor(() => expect(container.querySelectorAll('[data-paw-stat]').length).toBeGreaterThanOrEqual(6));
    for (const preset of ['7d', '90d', '12m', '30d']) {
      await user.selectOptions(screen.getByRole('combobox', { name: 'Time range' }), preset);
      await waitFor(() => expect(document.querySelector('[data-paw-refreshing]')).toBeNull());
      expect(screen.queryByRole('alert'), preset).toBeNull();
    }
    expect(recorder.named('analytics-kpis').length).toBeGreaterThanOrEqual(4);
  });
});
