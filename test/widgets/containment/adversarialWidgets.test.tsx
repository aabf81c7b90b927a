/**
 * A widget is a guest: over every bad-but-plausible body (see `adversarialBodies.ts`) and bad
 * settings, each widget shows data or its own error state, the host's sibling content stays on the
 * page, and nothing from the data becomes markup.
 */
import { waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { CostPerModel } from '../../../src/widgets/CostPerModel/CostPerModel';
import { CreditBurn } from '../../../src/widgets/CreditBurn/CreditBurn';
import { RevenueAging } from '../../../src/widgets/RevenueAging/RevenueAging';
import { UsageTrends } from '../../../src/widgets/UsageTrends/UsageTrends';
import { renderWithProvider } from '../shared/widgetHarness';
import { adversarialFetcher } from './adversarialBodies';
import { describeGuests } from './guestSuite';

const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;

/** Each widget, rendered with the props a host would give it. */
describeGuests(
  {
    UsageTrends: (extra) => <UsageTrends {...WINDOW} granularity="week" {...extra} />,
    CostPerModel: (extra) => <CostPerModel {...WINDOW} {...extra} />,
    RevenueAging: (extra) => <RevenueAging asOf="2026-11-20" {...extra} />,
    CreditBurn: (extra) => <CreditBurn {...WINDOW} granularity="week" creditsCurrencyId="cc_ai_credits" {...extra} />,
  },
  {
    data: '[data-paw-chart], [data-paw-barlist], table, [data-paw-state="empty"]',
    formatterProps: ['valueFormatter', 'amountFormatter', 'costFormatter', 'countFormatter'],
  },
);

describe('missing totals are computed from the rows', () => {
  it('UsageTrends shows the rows’ total when usage-summary answers without its row', async () => {
    const fetcher = adversarialFetcher((body, name) => (name === 'usage-summary' ? { ...(body as object), rows: [] } : body));
    renderWithProvider(<UsageTrends {...WINDOW} granularity="week" defaultView="table" />, { fetcher });
    const stat = await waitFor(
      () => {
        const element = document.querySelector('[data-paw-stat="total"] dd');
        expect(element).not.toBeNull();
        return element as HTMLElement;
      },
      { timeout: 10_000 },
    );
    const footer = await waitFor(() => {
      const cell = document.querySelector('tfoot tr td:last-child');
      expect(cell).not.toBeNull();
      return cell as HTMLElement;
    }, { timeout: 10_000 });
    expect(stat.textContent).toBe(footer.textContent);
    expect(Number(stat.textContent!.replace(/\D/g, ''))).toBeGreaterThan(0);
  });
});
