import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { SignalPayloadBreakdown } from '../../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { recordRequests, renderWithProvider } from '../shared/widgetHarness';

// Strict matching: a story's request must be one the fixtures recorded, not a fallback.
const strictFetcher = () => recordRequests(createFixtureFetcher(ALL_FIXTURES, { matchByName: false }));

describe('SignalPayloadBreakdown with the stories’ props', () => {
  it('finds its recorded metadata, breakdowns and total, for each recorded field', async () => {
    const user = userEvent.setup();
    const recorder = strictFetcher();
    const { container } = renderWithProvider(<SignalPayloadBreakdown {...STORY_PROPS.signalPayloadBreakdown} />, { fetcher: recorder.fetcher });
    await waitFor(() => expect(container.querySelector('[data-paw-stat="total"]')).not.toBeNull());
    for (const path of ['mailbox', 'tool_name', 'account_id', 'priority']) {
      await user.selectOptions(screen.getByLabelText('Payload field'), path);
      await waitFor(() => expect(document.querySelector('[data-paw-refreshing]')).toBeNull());
      expect(screen.queryByRole('alert'), path).toBeNull();
    }
    expect(recorder.named('signal-payload-breakdown').length).toBe(4);
  });
});
