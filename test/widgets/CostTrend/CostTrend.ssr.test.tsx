// @vitest-environment node
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';
import { describeOnTheServer } from '../shared/serverRenderSuite';

describeOnTheServer('CostTrend', CostTrend);
