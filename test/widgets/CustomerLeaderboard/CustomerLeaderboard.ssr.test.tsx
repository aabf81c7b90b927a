// @vitest-environment node
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { describeOnTheServer } from '../shared/serverRenderSuite';

describeOnTheServer('CustomerLeaderboard', CustomerLeaderboard);
