import { describe, expect, it } from 'vitest';
import { matchProxyRoute } from '../../src/server/matchProxyRoute';

describe('matchProxyRoute', () => {
  it('matches the three routes by the end of the path, under any prefix', () => {
    expect(matchProxyRoute('/api/analytics/query')).toEqual({ kind: 'query', method: 'POST' });
    expect(matchProxyRoute('/query')).toEqual({ kind: 'query', method: 'POST' });
    expect(matchProxyRoute('/a/b/c/schema')).toEqual({ kind: 'schema', method: 'GET' });
    expect(matchProxyRoute('/api/analytics/signals/metadata')).toEqual({ kind: 'signalsMetadata', method: 'GET' });
  });

  it('ignores one trailing slash', () => {
    expect(matchProxyRoute('/api/analytics/schema/')?.kind).toBe('schema');
  });

  it('matches nothing else', () => {
    expect(matchProxyRoute('/api/analytics/queries')).toBeNull();
    expect(matchProxyRoute('/api/analytics/metadata')).toBeNull();
    expect(matchProxyRoute('/api/analytics/myquery')).toBeNull();
    expect(matchProxyRoute('/')).toBeNull();
  });
});
