import { describe, expectTypeOf, it } from 'vitest';
import type { CustomerLeaderboardProps } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import type { LeaderboardMetric } from '../../../src/widgets/CustomerLeaderboard/customerLeaderboardLabels';

describe('CustomerLeaderboard props', () => {
  it('ranks by one of four metrics and formats exact amounts in a currency', () => {
    expectTypeOf<LeaderboardMetric>().toEqualTypeOf<'signals' | 'cost' | 'revenue' | 'margin'>();
    expectTypeOf<CustomerLeaderboardProps['metric']>().toEqualTypeOf<LeaderboardMetric | undefined>();
    expectTypeOf<NonNullable<CustomerLeaderboardProps['amountFormatter']>>().parameters.toEqualTypeOf<[cents: bigint | string, currency: string]>();
    expectTypeOf<{ metric: 'latency' }>().not.toExtend<CustomerLeaderboardProps>();
  });
});
