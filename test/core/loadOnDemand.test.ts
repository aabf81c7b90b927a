import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadOnDemand } from '../../src/core/loadOnDemand';

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('loadOnDemand', () => {
  it('loads the part and gives its module', async () => {
    await expect(loadOnDemand('the table', async () => ({ table: 1 }))).resolves.toEqual({ table: 1 });
  });

  it('turns a failed load into a retryable NETWORK_ERROR naming the part', async () => {
    const error = await loadOnDemand('the table', () => Promise.reject(new TypeError('Failed to fetch dynamically imported module: /assets/DataTable.js'))).catch((thrown: unknown) => thrown);
    expect(error).toMatchObject({ code: 'NETWORK_ERROR', retryable: true, details: 'Failed to fetch dynamically imported module: /assets/DataTable.js' });
    expect((error as Error).message).toContain('the table');
  });

  it('does not try while the browser is offline (a module that failed to load stays failed for the page), and tries once online', async () => {
    const load = vi.fn(async () => ({ loaded: true }));
    vi.stubGlobal('navigator', { onLine: false });
    await expect(loadOnDemand('the reader of answers', load)).rejects.toMatchObject({ code: 'NETWORK_ERROR', retryable: true });
    expect(load).not.toHaveBeenCalled();
    vi.stubGlobal('navigator', { onLine: true });
    await expect(loadOnDemand('the reader of answers', load)).resolves.toEqual({ loaded: true });
    expect(load).toHaveBeenCalledTimes(1);
  });
});
