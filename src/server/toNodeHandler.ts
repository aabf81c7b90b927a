/**
 * Adapts a Fetch-API handler (such as `createAnalyticsProxy`'s) to `node:http` and Express:
 * `http.createServer(toNodeHandler(proxy))` or `app.use('/api/analytics', toNodeHandler(proxy))`.
 * Works whether or not Express already parsed the body: a parsed `req.body` is re-serialized.
 * It imports Node's types only, so bundling the server entry for an edge runtime pulls no Node module.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

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
  const request = toFetchRequest(req, signal);
  const response = await handler(request);
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

/** A Fetch `Request` for a Node request: same method, URL, headers and body. */
function toFetchRequest(req: IncomingMessage, signal: AbortSignal): Request {
  const method = req.method ?? 'GET';
  const host = req.headers.host ?? 'localhost';
  const path = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '/';
  const url = new URL(path, `http://${host}`);

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
