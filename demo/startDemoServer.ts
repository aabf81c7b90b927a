/**
 * The whole demo in one process: the emulator (or the real Paid API), the analytics proxy and the
 * Vite dev server for the dashboard, with the proxy mounted at `/api/analytics`. Used by
 * `npm start` (demo/server.ts) and by the browser tests, which start it on a free port.
 */
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createServer, type ViteDevServer } from 'vite';
import { PAID_ANALYTICS_URL } from '../src/core/contract';
import { startEmulator } from '../src/emulator/startEmulator';
import { createAnalyticsProxy } from '../src/server/createAnalyticsProxy';
import { toNodeHandler } from '../src/server/toNodeHandler';
import { analyticsProxyPlugin } from './analyticsProxyPlugin';
import { demoAllowsSql, resolveDemoScope } from './demoScope';
import { demoCustomerPlans } from './queries/demoCustomerPlans';

export type DemoScale = 'tiny' | 'small' | 'medium' | 'large';

export interface DemoServerOptions {
  /** Port for the dashboard; `0` picks a free one. Default 5173 (the next free one if taken). */
  port?: number;
  /** Interface to listen on. Default `127.0.0.1`. */
  host?: string;
  /** Emulator data size. Default `'small'`. Ignored when `paidApiKey` is set. */
  scale?: DemoScale;
  /** Point the proxy at the real Paid API with this key instead of starting the emulator. */
  paidApiKey?: string;
  /** The real API's base URL. Default Paid's public endpoint. */
  paidApiUrl?: string;
  /** Vite's log level. Default `'info'`; tests use `'silent'`. */
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
  /**
   * Watch the sources and hot-reload the page on changes. Default `true`; tests pass `false`, so
   * an edit elsewhere in the tree never reloads a page under test.
   */
  watch?: boolean;
}

export interface DemoServer {
  /** The dashboard's URL, e.g. `http://127.0.0.1:5173/`. */
  url: string;
  /** Where the proxy sends queries: the local emulator or the real API. */
  upstream: { kind: 'emulator' | 'paid'; baseUrl: string };
  /** Stops Vite, the proxy and the emulator. Safe to call twice. */
  close(): Promise<void>;
}

const configFile = fileURLToPath(new URL('./vite.config.ts', import.meta.url));

/** Starts the emulator (unless a Paid key is given), the proxy and the dashboard; resolves once all listen. */
export async function startDemoServer(options: DemoServerOptions = {}): Promise<DemoServer> {
  const host = options.host ?? '127.0.0.1';
  const closers: (() => Promise<void>)[] = [];
  const closeAll = async () => {
    for (const close of closers.splice(0).reverse()) {
      await close().catch(() => undefined);
    }
  };

  try {
    let upstream: DemoServer['upstream'];
    let apiKey: string;
    if (options.paidApiKey) {
      upstream = { kind: 'paid', baseUrl: options.paidApiUrl ?? PAID_ANALYTICS_URL };
      apiKey = options.paidApiKey;
    } else {
      const emulator = await startEmulator({ port: 0, scale: options.scale ?? 'small' });
      closers.push(() => emulator.close());
      upstream = { kind: 'emulator', baseUrl: emulator.url };
      apiKey = emulator.apiKey;
    }

    const proxy = createAnalyticsProxy({
      upstream: { baseUrl: upstream.baseUrl, apiKey },
      resolveScope: resolveDemoScope,
      allowSql: demoAllowsSql,
      // The demo's own analysis beside the built-in ones, scoped by construction like them.
      queries: [demoCustomerPlans],
    });

    const vite: ViteDevServer = await createServer({
      configFile,
      logLevel: options.logLevel ?? 'info',
      plugins: [analyticsProxyPlugin(toNodeHandler(proxy))],
      server: {
        port: options.port ?? 5173,
        host,
        strictPort: options.port === 0,
        ...(options.watch === false ? { hmr: false, watch: null } : {}),
      },
    });
    closers.push(() => vite.close());
    await vite.listen();

    const address = vite.httpServer?.address() as AddressInfo | null | undefined;
    if (!address || typeof address !== 'object') throw new Error('The demo server did not start listening.');
    // Listening on every interface: print an address a browser on this machine can open.
    const wildcard = address.address === '0.0.0.0' || address.address === '::';
    const urlHost = wildcard ? 'localhost' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
    return { url: `http://${urlHost}:${address.port}/`, upstream, close: closeAll };
  } catch (error) {
    await closeAll();
    throw error;
  }
}
