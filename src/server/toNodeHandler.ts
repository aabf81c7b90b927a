/**
 * Adapts a Fetch-API handler (such as `createAnalyticsProxy`'s) to `node:http` and Express:
 * `http.createServer(toNodeHandler(proxy))` or `app.use('/api/analytics', toNodeHandler(proxy))`.
 * Works whether or not Express already parsed the body: a parsed `req.body` is re-serialized.
 * It imports Node's types only, so bundling the server entry for an edge runtime pulls no Node module.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { errorResponse, proxyError } from './errorResponse';

/** A Node request handler; `next` (Express) receives errors the handler itself threw. */
export type NodeRequestHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  next?: (error?: unknown) => void,
) => void;

/** The node:http / Express form of `handler`. */
export function toNodeHandler(handler: (request: Request) => Promise<Response>): NodeRequestHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    res.on('close', () => {
      if (!res.writableFinished) controller.abort();
    });
    void serveNodeRequest(handler, req, res, controller.signal).catch((error: unknown) => {
      if (next !== undefined) {
        next(error);
        return;
      }
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end(JSON.stringify({ error: 'The analytics proxy failed unexpectedly.', code: 'INTERNAL_ERROR' }));
      } else {
        res.destroy();
      }
    });
  };
}

async function serveNodeRequest(
  handler: (request: Request) => Promise<Response>,
  req: IncomingMessage,
  res: ServerResponse,
  signal: AbortSignal,
): Promise<void> {
  const request = toFetchRequestOrRefusal(req, signal);
  const response = request instanceof Response ? request : await handler(request);
  // Whatever body the handler did not read (a refused or oversized upload) is drained, so the
  // client receives the answer instead of a reset connection.
  if (!req.readableEnded && !req.destroyed) req.resume();

  const headers: Record<string, string | string[]> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  res.writeHead(response.status, headers);
  if (response.body === null || req.method === 'HEAD') {
    res.end();
    return;
  }
  res.end(new Uint8Array(await response.arrayBuffer()));
}

/** Methods the Fetch API refuses to build a `Request` for; none is one the proxy serves. */
const FETCH_FORBIDDEN_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);

/**
 * A Fetch `Request` for a Node request, or the client error that answers a request that cannot be
 * one: 405 (with `Allow`) for a method Fetch forbids (`TRACE`, `CONNECT`), 400 for an unparsable
 * `Host`, target or header. Never a 500: each is the client's mistake.
 */
function toFetchRequestOrRefusal(req: IncomingMessage, signal: AbortSignal): Request | Response {
  const method = (req.method ?? 'GET').toUpperCase();
  if (FETCH_FORBIDDEN_METHODS.has(method)) {
    return errorResponse(proxyError('METHOD_NOT_ALLOWED', `The analytics proxy accepts GET and POST only, not ${method}.`), { Allow: 'GET, POST' });
  }
  const url = requestUrl(req);
  if (url === null) return errorResponse(proxyError('BAD_REQUEST', 'The request URL or Host header cannot be parsed.'));
  try {
    return toFetchRequest(req, url, signal);
  } catch {
    return errorResponse(proxyError('BAD_REQUEST', 'The request cannot be read (a malformed method or header).'));
  }
}

/**
 * The request's absolute URL, or `null` when its `Host` or target does not parse. An origin-form
 * target (`/a/query`, even `//a/query`) stays a path on the `Host`, never another host.
 */
function requestUrl(req: IncomingMessage): URL | null {
  const host = req.headers.host ?? 'localhost';
  const target = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  // A Host such as `a/b`, `a?b` or `u@a` would move part of itself into the path, query or userinfo.
  if (!/^[^\s/\\?#@]+$/.test(host)) return null;
  try {
    return target.startsWith('/') ? new URL(`http://${host}${target}`) : new URL(target);
  } catch {
    return null;
  }
}

/** A Fetch `Request` for a Node request: same method, URL, headers and body. Throws on what Fetch refuses. */
function toFetchRequest(req: IncomingMessage, url: URL, signal: AbortSignal): Request {
  const method = req.method ?? 'GET';

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    if (Array.isArray(value)) for (const item of value) headers.append(name, item);
    else headers.set(name, value);
  }

  if (method === 'GET' || method === 'HEAD') return new Request(url, { method, headers, signal });

  if (req.readableEnded) {
    // Express (or another middleware) already read the stream: rebuild the body from what it parsed.
    headers.delete('content-length');
    headers.delete('transfer-encoding');
    const parsed = (req as { body?: unknown }).body;
    const body =
      parsed === undefined || parsed === null
        ? ''
        : typeof parsed === 'string'
          ? parsed
          : parsed instanceof Uint8Array
            ? new Uint8Array(parsed)
            : JSON.stringify(parsed);
    return new Request(url, { method, headers, body, signal });
  }
  return new Request(url, {
    method,
    headers,
    body: bodyStreamOf(req),
    signal,
    duplex: 'half',
  } as RequestInit & { duplex: 'half' });
}

/**
 * The request body as a web stream, with backpressure (the request is paused while the stream is
 * full). Cancelling it (an oversized body) stops delivering chunks and lets the rest drain.
 */
function bodyStreamOf(req: IncomingMessage): ReadableStream<Uint8Array> {
  let finished = false;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      req.on('data', (chunk: Uint8Array) => {
        if (finished) return;
        controller.enqueue(new Uint8Array(chunk));
        if ((controller.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (finished) return;
        finished = true;
        controller.close();
      });
      req.on('error', (error) => {
        if (finished) return;
        finished = true;
        controller.error(error);
      });
    },
    pull() {
      req.resume();
    },
    cancel() {
      finished = true;
      req.resume();
    },
  });
}
