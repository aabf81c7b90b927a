/**
 * `startEmulator(options)`: the Paid Analytics API served locally over embedded ClickHouse with
 * seeded data. One emulator per process (libchdb binds one data directory per process).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ANALYTICS_BASE_PATH, DEPRECATED_ANALYTICS_BASE_PATH } from '../core/contract';
import { Engine, ENGINE_LIMIT_DEFAULTS, PARSER_CONNECTIONS } from './engine';
import { ORGANIZATIONS } from './seed/organizations';
import { saltFor } from './seed/random';
import { isEmulatorScale } from './seed/scales';
import type { EmulatorScale } from './seed/scales';
import { seedEmulator } from './seed/seedEmulator';
import { createEmulatorServer } from './server';
import type { ServedOrganization } from './server';

export interface EmulatorOptions {
  /** TCP port; 0 (the default) picks a free one. */
  port?: number | undefined;
  /** Interface to listen on; loopback by default. */
  host?: string | undefined;
  /** Seed of the generated data (default 42): the same seed, scale and anchor give the same data. */
  seed?: number | undefined;
  /** Data volume (default 'tiny'): tiny ≈ 10k signals, small ≈ 200k, medium ≈ 1M, large ≈ 10M. */
  scale?: EmulatorScale | undefined;
  /** Per-query execution limit in milliseconds (default 30,000): beyond it, 408 QUERY_TIMEOUT. */
  queryTimeoutMs?: number | undefined;
  /** Simultaneous requests per organization (default 6): beyond it, 429 CONCURRENCY_LIMIT_EXCEEDED. */
  concurrencyLimit?: number | undefined;
  /** Result row cap (default 10,000): beyond it rows are cut and `meta.truncated` is true. */
  maxRows?: number | undefined;
  /**
   * chDB data directory; default a temporary directory removed by `close()`. A directory already
   * seeded with the same seed, scale and anchor is reused without seeding again.
   */
  dataDir?: string | undefined;
  /**
   * The data's "now": a day `YYYY-MM-DD` (data up to its end), or an instant as a Date (data up to
   * it, floored to the minute). Default: the current time, so no row is later than the start.
   */
  anchorDate?: string | Date | undefined;
  /** Largest accepted request body in bytes (default 1 MiB). */
  maxBodyBytes?: number | undefined;
  /** Milliseconds a client has to send its whole request body (default 10,000); then 408. */
  bodyTimeoutMs?: number | undefined;
  /** Memory one query may use, in bytes (ClickHouse's `max_memory_usage`; default 1 GiB). */
  queryMemoryBytes?: number | undefined;
}

/** One seeded organization and the key that reads it. */
export interface EmulatorOrganization {
  id: string;
  name: string;
  apiKey: string;
}

/** A running emulator. */
export interface EmulatorHandle {
  /**
   * The analytics base URL on the current path, ending in `/api/v2/analytics`: what a proxy's
   * `upstream.baseUrl` or `createHttpFetcher`'s `baseUrl` takes (`${url}/query`, `/schema`, …).
   */
  url: string;
  /** The API base URL, `${origin}/api/v2` (Paid's SDK's base: it appends `/analytics/query`, …). */
  apiBaseUrl: string;
  /** The analytics base URL on the deprecated path, ending in `/api/v2/experimental/analytics`. */
  deprecatedUrl: string;
  /** The first organization's key. */
  apiKey: string;
  orgs: EmulatorOrganization[];
  /** The anchor date the data was generated for, `YYYY-MM-DD`: the last day with data. */
  anchorDate: string;
  /** The data's "now" (ISO 8601): nothing in the data is later. The end of `anchorDate`, or the floored start time. */
  anchorTime: string;
  seed: number;
  scale: EmulatorScale;
  /** Milliseconds spent creating and seeding the databases. */
  seedMs: number;
  /** True when `dataDir` already held exactly this data and seeding was skipped. */
  reusedData: boolean;
  /** Stops the server, closes the engine and removes a temporary data directory. */
  close(): Promise<void>;
}

/** Milliseconds past the execution limit after which a query still running is answered 408 anyway. */
const RESPONSE_GRACE_MS = 2_000;

/**
 * How many queries of one organization run natively at once. chDB runs every query on a libuv
 * worker thread (`UV_THREADPOOL_SIZE`, default 4) and cannot cancel one, so each organization gets
 * a share of those threads after the parser's and one kept free for the rest of Node: however many
 * runaway queries one organization sends, another's always finds a thread. At most 2 (so even if the
 * pool was sized before `UV_THREADPOOL_SIZE` was set, two organizations leave threads free), at least 1.
 */
export function nativeQueriesPerOrganization(concurrencyLimit: number, organizations: number, threadPoolSize: number = libuvThreads()): number {
  const share = Math.floor((threadPoolSize - PARSER_CONNECTIONS - 1) / Math.max(organizations, 1));
  return Math.max(1, Math.min(concurrencyLimit, 2, share));
}

/** The size of Node's libuv thread pool, as this process configured it. */
function libuvThreads(): number {
  const configured = Number(process.env['UV_THREADPOOL_SIZE']);
  return Number.isInteger(configured) && configured > 0 ? Math.min(configured, 1024) : 4;
}

/** The data's "now": its last day, and the instant nothing in the data is later than. */
export interface EmulatorAnchor {
  /** `YYYY-MM-DD` (UTC): the last day with data. */
  date: string;
  /** ISO 8601 instant: no event, payment or row creation is later than this. */
  time: string;
}

const MINUTE_MS = 60_000;

/**
 * The anchor of an `anchorDate` option, validated: a `YYYY-MM-DD` day ends at its last millisecond
 * (so the same day always gives the same data); a Date, or nothing (the current time), is the
 * instant itself floored to the minute — events later in that day are not written.
 */
export function resolveAnchor(value: string | Date | undefined, now: Date = new Date()): EmulatorAnchor {
  if (value === undefined || value instanceof Date) {
    const instant = value ?? now;
    if (Number.isNaN(instant.getTime())) throw new TypeError('anchorDate is an invalid Date.');
    const floored = new Date(Math.floor(instant.getTime() / MINUTE_MS) * MINUTE_MS);
    return { date: floored.toISOString().slice(0, 10), time: floored.toISOString() };
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw new TypeError(`anchorDate must be YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return { date: value, time: `${value}T23:59:59.999Z` };
}

/** `YYYY-MM-DD` of a date option, validated (the anchor's day). */
export function normalizeAnchorDate(value: string | Date | undefined, now: Date = new Date()): string {
  return resolveAnchor(value, now).date;
}

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isInteger(value) || value <= 0) throw new TypeError(`${name} must be a positive integer, got ${String(value)}.`);
  return value;
}

/** The API key of an organization under a seed: stable, so a restarted emulator keeps its keys. */
export function apiKeyFor(seed: number, slug: string): string {
  return `pa_emu_${slug}_${saltFor(seed, `api-key:${slug}`).toString(16).padStart(16, '0')}`;
}

/** Starts the emulator: creates and seeds the databases, then listens. */
export async function startEmulator(options: EmulatorOptions = {}): Promise<EmulatorHandle> {
  const seed = options.seed ?? 42;
  if (!Number.isSafeInteger(seed)) throw new TypeError(`seed must be an integer, got ${String(seed)}.`);
  const scale = options.scale ?? 'tiny';
  if (!isEmulatorScale(scale)) throw new TypeError(`scale must be tiny, small, medium or large, got ${String(scale)}.`);
  const anchor = resolveAnchor(options.anchorDate);
  const anchorDate = anchor.date;
  const queryTimeoutMs = positiveInteger('queryTimeoutMs', options.queryTimeoutMs, 30_000);
  const concurrencyLimit = positiveInteger('concurrencyLimit', options.concurrencyLimit, 6);
  const maxRows = positiveInteger('maxRows', options.maxRows, 10_000);
  const maxBodyBytes = positiveInteger('maxBodyBytes', options.maxBodyBytes, 1024 * 1024);
  const bodyTimeoutMs = positiveInteger('bodyTimeoutMs', options.bodyTimeoutMs, 10_000);
  const queryMemoryBytes = positiveInteger('queryMemoryBytes', options.queryMemoryBytes, ENGINE_LIMIT_DEFAULTS.queryMemoryBytes);
  const port = options.port ?? 0;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new TypeError(`port must be 0–65535, got ${String(port)}.`);
  const host = options.host ?? '127.0.0.1';

  const temporary = options.dataDir === undefined;
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'paid-analytics-emulator-'));
  const removeTemporary = () => {
    process.off('exit', removeTemporary);
    if (temporary) rmSync(dataDir, { recursive: true, force: true });
  };
  // A process that exits without close() still leaves no temporary directory behind.
  if (temporary) process.on('exit', removeTemporary);
  let engine: Engine;
  try {
    engine = Engine.open({
      dataDir,
      queryTimeoutMs,
      maxRows,
      queryMemoryBytes,
      poolSize: nativeQueriesPerOrganization(concurrencyLimit, ORGANIZATIONS.length),
    });
  } catch (error) {
    removeTemporary();
    throw error;
  }
  let organizations: ServedOrganization[];
  let reusedData = false;
  const seedStarted = performance.now();
  try {
    const seeded = await seedEmulator(engine, { seed, scale, anchorDate, anchorTime: anchor.time });
    reusedData = seeded.reused;
    organizations = seeded.organizations.map(({ org, database }) => ({ id: org.id, name: org.name, database, apiKey: apiKeyFor(seed, org.slug) }));
  } catch (error) {
    await engine.close();
    removeTemporary();
    throw error;
  }
  const seedMs = Math.round(performance.now() - seedStarted);

  const server = createEmulatorServer({
    engine,
    organizations,
    concurrencyLimit,
    maxBodyBytes,
    bodyTimeoutMs,
    responseDeadlineMs: queryTimeoutMs + RESPONSE_GRACE_MS,
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    await engine.close();
    removeTemporary();
    throw error;
  }
  const address = server.address() as AddressInfo;
  const hostInUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${hostInUrl}:${address.port}`;
  let closing: Promise<void> | undefined;
  const orgs = organizations.map(({ id, name, apiKey }) => ({ id, name, apiKey }));
  return {
    url: `${origin}${ANALYTICS_BASE_PATH}`,
    apiBaseUrl: `${origin}/api/v2`,
    deprecatedUrl: `${origin}${DEPRECATED_ANALYTICS_BASE_PATH}`,
    apiKey: orgs[0]?.apiKey ?? '',
    orgs,
    anchorDate,
    anchorTime: anchor.time,
    seed,
    scale,
    seedMs,
    reusedData,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeAllConnections();
        });
        await engine.close();
        removeTemporary();
      })();
      return closing;
    },
  };
}
