import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { DeliveredValue } from '../../../src/widgets/DeliveredValue/DeliveredValue';
import { Margin } from '../../../src/widgets/Margin/Margin';
import { recordRequests, renderWithProvider } from '../shared/widgetHarness';

// Strict matching: a story's request must be one the fixtures recorded, not a fallback.
const strictFetcher = () => recordRequests(createFixtureFetcher(ALL_FIXTURES, { matchByName: false }));

async function pick(group: string, option: string) {
  const user = userEvent.setup();
  await user.click(within(screen.getByRole('radiogroup', { name: group })).getByRole('radio', { name: option }));
  await waitFor(() => expect(document.querySelector('[data-paw-refreshing]')).toBeNull());
  expect(screen.queryByRole('alert'), `${group} ${option}`).toBeNull();
}

describe('the cost and value widgets with the stories’ props find their recorded fixtures exactly', () => {
  it('CostTrend: default, each grouping, monthly', async () => {
    renderWithProvider(<CostTrend {...STORY_PROPS.costTrend} />, { fetcher: strictFetcher().fetcher });
    expect(await screen.findByRole('img')).toBeInTheDocument();
    for (const group of ['Model', 'Product', 'Vendor']) await pick('Group by', group);
    await pick('Granularity', 'Month');
    await pick('Group by', 'Product');
  });

  it('CustomerLeaderboard: each metric', async () => {
    renderWithProvider(<CustomerLeaderboard {...STORY_PROPS.customerLeaderboard} />, { fetcher: strictFetcher().fetcher });
    expect(await screen.findByRole('list', { name: 'Top customers' })).toBeInTheDocument();
    for (const metric of ['AI cost', 'Revenue', 'Margin']) await pick('Rank by', metric);
  });

  it('Margin: both dimensions', async () => {
    renderWithProvider(<Margin {...STORY_PROPS.margin} />, { fetcher: strictFetcher().fetcher });
    expect(await screen.findByRole('list', { name: 'Margins, lowest first' })).toBeInTheDocument();
    await pick('Margin by', 'Product');
  });

  it('DeliveredValue: both breakdowns', async () => {
    renderWithProvider(<DeliveredValue {...STORY_PROPS.deliveredValue} />, { fetcher: strictFetcher().fetcher });
    expect(await screen.findByRole('list', { name: 'Value delivered by type' })).toBeInTheDocument();
    await pick('Breakdown', 'ROI by customer');
  });
});
