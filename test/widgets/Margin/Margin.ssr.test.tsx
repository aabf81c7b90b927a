// @vitest-environment node
import { Margin } from '../../../src/widgets/Margin/Margin';
import { describeOnTheServer } from '../shared/serverRenderSuite';

describeOnTheServer('Margin', Margin);
