/**
 * AnalyticsKpis as a guest: over every bad-but-plausible body of the shared adversarial suite and
 * bad provider settings it shows figures or its own error state, the host's content stays, and
 * nothing from the data becomes markup (see `guestSuite.tsx`).
 */
import { AnalyticsKpis } from '../../../src/widgets/AnalyticsKpis/AnalyticsKpis';
import { describeGuests } from '../containment/guestSuite';

const WINDOW = { from: '2026-10-22T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

describeGuests({ AnalyticsKpis: (extra) => <AnalyticsKpis {...WINDOW} {...extra} /> }, { data: '[data-paw-stat]', formatterProps: ['amountFormatter'] });
