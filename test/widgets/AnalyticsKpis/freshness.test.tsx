import { ALL_FIXTURES, STORY_PROPS } from '../../../fixtures/index';
import { createFixtureFetcher } from '../../../src/testing/createFixtureFetcher';
import { AnalyticsKpis } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { SignalPayloadBreakdown } from '../../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { describeFreshness } from '../shared/freshnessSuite';

describeFreshness(
  [
    ['AnalyticsKpis', (extra) => <AnalyticsKpis {...STORY_PROPS.analyticsKpis} {...extra} />],
    ['SignalPayloadBreakdown', (extra) => <SignalPayloadBreakdown {...STORY_PROPS.signalPayloadBreakdown} {...extra} />],
  ],
  () => createFixtureFetcher(ALL_FIXTURES, { matchByName: false }),
);
