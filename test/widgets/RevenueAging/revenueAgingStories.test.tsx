import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';
import * as stories from '../../../stories/RevenueAging.stories';
import { recordRequests, renderWithProvider } from '../shared/widgetHarness';

// Strict matching: a story's request must be one the fixtures recorded, not a fallback.
const strictFetcher = () => recordRequests(createFixtureFetcher(ALL_FIXTURES, { matchByName: false }));

describe('RevenueAging with the stories’ props', () => {
  it('finds its recorded fixture', async () => {
    const recorder = strictFetcher();
    renderWithProvider(<RevenueAging {...STORY_PROPS.revenueAging} />, { fetcher: recorder.fetcher });
    expect(await screen.findByRole('img')).toHaveAccessibleName(expect.stringContaining('outstanding as of Nov 20, 2026'));
    expect(screen.queryByRole('alert')).toBeNull();
    expect(recorder.named('revenue-aging')).toHaveLength(1);
  });

  it('renders the German story’s labels, amounts formatted the German way in the data’s currency', async () => {
    renderWithProvider(<RevenueAging {...STORY_PROPS.revenueAging} {...stories.GermanEuro.args} />, {
      fetcher: strictFetcher().fetcher,
      locale: 'de-DE',
      currency: 'EUR',
    });
    await screen.findByRole('img');
    expect(screen.getByText('Stand 20.11.2026')).toBeInTheDocument();
    const outstanding = document.querySelector('[data-paw-stat="outstanding"]') as HTMLElement;
    expect(within(outstanding).getByRole('term')).toHaveTextContent('Offen');
    expect(within(outstanding).getByRole('definition').textContent).toMatch(/^[\d.]+,\d\d\u00A0\$$/);
  });

  it('has a story for each state the issue asks for', () => {
    const names = Object.keys(stories);
    for (const name of ['Default', 'Dark', 'BrandTheme', 'GermanEuro', 'Loading', 'Empty', 'Truncated', 'ErrorQueryTimeout', 'ErrorAccessDenied']) expect(names).toContain(name);
    expect(stories.Truncated.parameters?.analytics).toEqual({ result: 'truncated' });
  });
});
