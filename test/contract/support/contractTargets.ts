/**
 * The two ways the contract suite reaches the Analytics API: the emulator itself over HTTP, and
 * `createAnalyticsProxy` (from `src/server`) in front of it for a trusted user (`allowSql`), as a
 * host's internal dashboard would call it. Both answer `request(path, init)` with a Fetch Response.
 */
import { createAnalyticsProxy } from '../../../src/server/createAnalyticsProxy';
import type { Scope } from '../../../src/core/contract';
import type { TestEmulator } from '../../support/emulator';

export interface ContractTarget {
  name: 'emulator' | 'proxy';
  /** What a caller sends as `Authorization: Bearer …`: the API key, or the proxy's session token. */
  credential: string;
  /** Calls `…/query`, `…/schema` or `…/signals/metadata` (path starting with `/`). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** The `code` of a 400 for a body that is not `{ query: string }` (the proxy names it BAD_REQUEST). */
  badBodyCode: string;
}

/** The session token the proxy's `resolveScope` accepts in these tests (never the API key). */
const PROXY_SESSION = 'contract-suite-session';

/** The emulator over loopback HTTP, on its current analytics path. */
export function emulatorTarget(emulator: TestEmulator, baseUrl: string = emulator.url): ContractTarget {
  return {
    name: 'emulator',
    credential: emulator.apiKey,
    request: (path, init) => fetch(`${baseUrl}${path}`, init),
    badBodyCode: 'INVALID_QUERY',
  };
}

/**
 * `createAnalyticsProxy` in front of the emulator: a request with the session token is a trusted
 * user (`scope`, default `{}`) who may send raw SQL; anything else is signed out (401).
 */
export function proxyTarget(emulator: TestEmulator, scope: Scope = {}): ContractTarget {
  const handler = createAnalyticsProxy({
    upstream: { baseUrl: emulator.url, apiKey: emulator.apiKey },
    resolveScope: (request) => (request.headers.get('authorization') === `Bearer ${PROXY_SESSION}` ? scope : null),
    allowSql: () => true,
  });
  return {
    name: 'proxy',
    credential: PROXY_SESSION,
    request: (path, init) => handler(new Request(`http://host.example/api/analytics${path}`, init)),
    badBodyCode: 'BAD_REQUEST',
  };
}
