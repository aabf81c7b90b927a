/** Loads the "view as" list once, through an unscoped fetcher (the internal view's). */
import { useEffect, useMemo, useState } from 'react';
import { createHttpFetcher } from '../src/core/client/createHttpFetcher';
import { listDemoCustomers, type DemoCustomer } from './demoCustomers';

export function useDemoCustomers(baseUrl: string): { customers: DemoCustomer[]; error: string | null } {
  const fetcher = useMemo(() => createHttpFetcher({ baseUrl }), [baseUrl]);
  const [state, setState] = useState<{ customers: DemoCustomer[]; error: string | null }>({ customers: [], error: null });
  useEffect(() => {
    const controller = new AbortController();
    listDemoCustomers(fetcher, controller.signal).then(
      (customers) => setState({ customers, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ customers: [], error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [fetcher]);
  return state;
}
