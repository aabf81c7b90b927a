/**
 * RevenueTrend, RevenueByProduct, BilledUsage and CreditUsage as guests: over every
 * bad-but-plausible body of the shared adversarial suite and bad provider settings, each shows data
 * or its own error state, the host's content stays, and nothing from the data becomes markup (see
 * `guestSuite.tsx`).
 */
import { BilledUsage } from '../../../src/widgets/BilledUsage/BilledUsage';
import { CreditUsage } from '../../../src/widgets/CreditUsage/CreditUsage';
import { RevenueByProduct } from '../../../src/widgets/RevenueByProduct/RevenueByProduct';
import { RevenueTrend } from '../../../src/widgets/RevenueTrend/RevenueTrend';
import { describeGuests } from '../containment/guestSuite';

const WINDOW = { from: '2025-12-01T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

describeGuests(
  {
    RevenueTrend: (extra) => <RevenueTrend {...WINDOW} {...extra} />,
    RevenueByProduct: (extra) => <RevenueByProduct {...WINDOW} {...extra} />,
    BilledUsage: (extra) => <BilledUsage asOf="2026-11-20T12:00:00.000Z" {...extra} />,
    CreditUsage: (extra) => <CreditUsage {...WINDOW} {...extra} />,
  },
  {
    data: '[data-paw-chart], [data-paw-barlist], [data-paw-meters], table, [data-paw-state="empty"]',
    formatterProps: ['amountFormatter', 'creditsFormatter'],
    settleMs: 60_000,
    caseMs: 90_000,
  },
);
