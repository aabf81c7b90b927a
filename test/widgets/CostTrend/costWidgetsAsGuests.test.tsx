/**
 * CostTrend, CustomerLeaderboard, Margin and DeliveredValue as guests: over every bad-but-plausible
 * body of the shared adversarial suite and bad provider settings, each shows data or its own error
 * state, the host's content stays, and nothing from the data becomes markup (see `guestSuite.tsx`).
 */
import { CostTrend } from '../../../src/widgets/CostTrend/CostTrend';
import { CustomerLeaderboard } from '../../../src/widgets/CustomerLeaderboard/CustomerLeaderboard';
import { DeliveredValue } from '../../../src/widgets/DeliveredValue/DeliveredValue';
import { Margin } from '../../../src/widgets/Margin/Margin';
import { describeGuests } from '../containment/guestSuite';

const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

describeGuests(
  {
    CostTrend: (extra) => <CostTrend {...WINDOW} granularity="week" {...extra} />,
    CustomerLeaderboard: (extra) => <CustomerLeaderboard {...WINDOW} defaultMetric="margin" {...extra} />,
    Margin: (extra) => <Margin {...WINDOW} {...extra} />,
    DeliveredValue: (extra) => <DeliveredValue {...WINDOW} defaultBreakdown="customer" {...extra} />,
  },
  {
    data: '[data-paw-chart], [data-paw-timeseries], [data-paw-barlist], [data-paw-margin-bars], [data-paw-roi-bars], table, [data-paw-state="empty"]',
    formatterProps: ['amountFormatter', 'costFormatter'],
    settleMs: 60_000,
    caseMs: 90_000,
  },
);
