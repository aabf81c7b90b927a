import { BilledUsage } from '../../../src/widgets/BilledUsage/BilledUsage';
import { CreditUsage } from '../../../src/widgets/CreditUsage/CreditUsage';
import { RevenueByProduct } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend } from '../../../src/widgets/RevenueTrend/RevenueTrend';
import { adversarialFetcher } from '../containment/adversarialBodies';
import { describeFreshness } from '../shared/freshnessSuite';

const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

describeFreshness(
  [
    ['RevenueTrend', (extra) => <RevenueTrend {...WINDOW} {...extra} />],
    ['RevenueByProduct', (extra) => <RevenueByProduct {...WINDOW} {...extra} />],
    ['BilledUsage', (extra) => <BilledUsage asOf="2026-11-20T12:00:00.000Z" {...extra} />],
    ['CreditUsage', (extra) => <CreditUsage {...WINDOW} {...extra} />],
  ],
  () => adversarialFetcher((body) => body),
);
