// @vitest-environment node
import { AnalyticsKpis } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { describeOnTheServer } from '../shared/serverRenderSuite';

describeOnTheServer('AnalyticsKpis', AnalyticsKpis);
