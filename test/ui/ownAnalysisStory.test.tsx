/**
 * The "Your own analysis" stories (the README's card on fixture rows) render as a host would see
 * them inside the Storybook frame: the recorded counts by priority, and the loading, empty and
 * error states of the same card.
 */
import { composeStories } from '@storybook/react';
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import * as ownAnalysis from '../../stories/OwnAnalysis.stories';
import type { AnalyticsStoryParameters } from '../../stories/support/analyticsParameters';
import { AnalyticsStoryFrame } from '../../stories/support/AnalyticsStoryFrame';

const stories = composeStories(ownAnalysis);

/** Renders a composed story inside the frame the global decorator puts around it. */
function renderStory(name: keyof typeof stories) {
  const Story = stories[name];
  const parameters = (Story.parameters as { analytics?: AnalyticsStoryParameters }).analytics ?? {};
  return render(
    <AnalyticsStoryFrame themeMode="light" locale="en-US" parameters={parameters}>
      <Story />
    </AnalyticsStoryFrame>,
  );
}

describe('Building blocks/Your own analysis', () => {
  it('shows the recorded counts of triaged emails by priority, and their total', async () => {
    const recorded = ownAnalysis.default.parameters.analytics.fixtures[0]!.body as { rows: [string, string][] };
    expect(recorded.rows.length).toBeGreaterThan(1);
    const { container } = renderStory('Default');
    const list = await screen.findByRole('list', { name: 'Triaged emails by priority' });
    const shown = within(list)
      .getAllByRole('listitem')
      .map((item) => [item.querySelector('[title]')!.getAttribute('title'), item.children[1]!.textContent!.replace(/\D/g, '')]);
    expect(shown).toEqual(recorded.rows.map(([priority, signals]) => [priority, signals]));
    const total = recorded.rows.reduce((sum, [, signals]) => sum + BigInt(signals), 0n);
    expect(container.querySelector('[data-paw-bar-total]')!.textContent!.replace(/\D/g, '')).toBe(String(total));
  });

  it('shows the loading, empty and error states of the same card', async () => {
    const loading = renderStory('Loading');
    expect(loading.container.querySelector('[data-paw-state="loading"]')).not.toBeNull();
    loading.unmount();
    const empty = renderStory('Empty');
    await waitFor(() => expect(empty.container.querySelector('[data-paw-state="empty"]')).not.toBeNull());
    empty.unmount();
    const failed = renderStory('Timeout');
    await waitFor(() => expect(failed.container.querySelector('[data-paw-state="error"]')).not.toBeNull());
  });
});
