// @vitest-environment node
import { DeliveredValue } from '../../../src/widgets/DeliveredValue/DeliveredValue';
import { describeOnTheServer } from '../shared/serverRenderSuite';

describeOnTheServer('DeliveredValue', DeliveredValue);
