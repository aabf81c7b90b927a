/**
 * A programmable stand-in for the Analytics API on a loopback `node:http` server, for the proxy's
 * mechanics: it records what the proxy sends and answers however a test says (errors, 429 with
 * Retry-After, a key echoed back, never answering at all).
 */
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedUpstreamRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

export type FakeUpstreamAnswer = (request: RecordedUpstreamRequest, res: ServerResponse) => void;

export interface FakeUpstream {
  /** Base URL ending in `/api/v2/experimental/analytics`, like the real API's. */
  url: string;
  requests: RecordedUpstreamRequest[];
  /** How many upstream requests the client closed before an answer. */
  closedEarly: () => number;
  answer: (answer: FakeUpstreamAnswer) => void;
  close: () => Promise<void>;
}

/** Answers JSON with a status and optional headers. */
export function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'Content-Type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startFakeUpstream(): Promise<FakeUpstream> {
  const requests: RecordedUpstreamRequest[] = [];
  let closedEarly = 0;
  let answer: FakeUpstreamAnswer = (_request, res) => json(res, 200, { columns: [], rows: [], meta: { rowCount: 0, elapsedMs: 1, truncated: false } });
  const open = new Set<ServerResponse>();

  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    open.add(res);
    res.on('close', () => {
      open.delete(res);
      if (!res.writableFinished) closedEarly += 1;
    });
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const recorded: RecordedUpstreamRequest = {
        method: req.method ?? '',
        url: req.url ?? '',
        authorization: req.headers.authorization,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      requests.push(recorded);
      answer(recorded, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/v2/experimental/analytics`,
    requests,
    closedEarly: () => closedEarly,
    answer: (next) => {
      answer = next;
    },
    close: async () => {
      for (const res of open) res.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
