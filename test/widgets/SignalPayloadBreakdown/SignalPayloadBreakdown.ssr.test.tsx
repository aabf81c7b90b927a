// @vitest-environment node
import { SignalPayloadBreakdown } from '../../../src/widgets/SignalPayloadBreakdown/SignalPayloadBreakdown';
import { describeOnTheServer } from '../shared/serverRenderSuite';

describeOnTheServer('SignalPayloadBreakdown', SignalPayloadBreakdown);
