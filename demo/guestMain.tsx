/**
 * The widgets as guests on a host page over bad-but-plausible answers, for the browser tests and
 * for a person: `/guest.html?case=<mutation>` answers every named query with its recorded fixture
 * after one mutation from `test/widgets/containment/adversarialBodies.ts` (`?case=throwing
 * formatter` passes a formatter that throws instead). Every card must show data or its own error
 * state, and the host's own content around them must stay.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { adversarialFetcher, MUTATIONS } from '../test/widgets/containment/adversarialBodies';
import { AnalyticsProvider } from '../src/react/AnalyticsProvider';
import { QueryClient } from '../src/core/client/QueryClient';
import { CostPerModel } from '../src/widgets/CostPerModel/CostPerModel';
import { CreditBurn } from '../src/widgets/CreditBurn/CreditBurn';
import { RevenueAging } from '../src/widgets/RevenueAging/RevenueAging';
import { UsageTrends } from '../src/widgets/UsageTrends/UsageTrends';

const params = new URLSearchParams(window.location.search);
const name = params.get('case') ?? 'hostile labels';
const throwing = name === 'throwing formatter';
const mutation = MUTATIONS[name] ?? ((body: unknown) => body);
const explode = () => {
  throw new RangeError('Invalid currency code : US');
};
const formatters = throwing ? { valueFormatter: explode } : {};
const WINDOW = { from: '2026-08-23T00:00:00.000Z', to: '2026-11-21T00:00:00.000Z' } as const;
const errors: string[] = [];
(window as unknown as { __guestErrors: string[] }).__guestErrors = errors;
const onError = (error: { code: string }) => errors.push(error.code);

function GuestPage() {
  return (
    <main style={{ fontFamily: 'system-ui', padding: 16, display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(320px, 1fr))' }}>
      <p id="host-before">Host content before the widgets: {name}</p>
      <AnalyticsProvider fetcher={adversarialFetcher(mutation)} client={new QueryClient({ retries: 0 })} locale="en-US" currency="USD" timeZone="UTC">
        <UsageTrends {...WINDOW} granularity="week" onError={onError} {...formatters} />
        <CostPerModel {...WINDOW} onError={onError} {...(throwing ? { costFormatter: explode } : {})} />
        <RevenueAging asOf="2026-11-20" onError={onError} {...(throwing ? { amountFormatter: explode } : {})} />
        <CreditBurn {...WINDOW} granularity="week" creditsCurrencyId="cc_ai_credits" onError={onError} {...formatters} />
      </AnalyticsProvider>
      <p id="host-after">Host content after the widgets</p>
    </main>
  );
}

const container = document.getElementById('root');
if (!container) throw new Error('guest: #root is missing');
createRoot(container).render(
  <StrictMode>
    <GuestPage />
  </StrictMode>,
);
