/** Loads the demo's catalog (customers, credits currencies) once, through an unscoped fetcher. */
import { useEffect, useMemo, useState } from 'react';
import { createHttpFetcher } from '../src/core/client/createHttpFetcher';
import { loadDemoCatalog, type DemoCatalog } from './demoCatalog';

export interface DemoCatalogState extends DemoCatalog {
  loaded: boolean;
  error: string | null;
}

export function useDemoCatalog(baseUrl: string): DemoCatalogState {
  const fetcher = useMemo(() => createHttpFetcher({ baseUrl }), [baseUrl]);
  const [state, setState] = useState<DemoCatalogState>({ customers: [], creditsCurrencies: [], loaded: false, error: null });
  useEffect(() => {
    const controller = new AbortController();
    loadDemoCatalog(fetcher, controller.signal).then(
      (catalog) => setState({ ...catalog, loaded: true, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ customers: [], creditsCurrencies: [], loaded: true, error: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => controller.abort();
  }, [fetcher]);
  return state;
}
