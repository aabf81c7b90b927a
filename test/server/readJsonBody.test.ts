import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../src/core/errors';
import { readJsonBody } from '../../src/server/readJsonBody';

async function errorOf(promise: Promise<unknown>): Promise<AnalyticsError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AnalyticsError) return error;
    throw error;
  }
  throw new Error('expected a rejection');
}

/** A POST whose body arrives in chunks and whose headers claim nothing about its length. */
function streamedRequest(chunks: Uint8Array[], onPull?: () => void): Request {
  let index = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      const chunk = chunks[index++];
      if (chunk === undefined) controller.close();
      else controller.enqueue(chunk);
    },
  });
  return new Request('http://localhost/query', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readJsonBody', () => {
  it('parses a JSON body', async () => {
    const request = new Request('http://localhost/query', { method: 'POST', body: '{"name":"x","params":{"n":1}}' });
    await expect(readJsonBody(request, 1024)).resolves.toEqual({ name: 'x', params: { n: 1 } });
  });

  it('refuses malformed JSON, an empty body and invalid UTF-8 with BAD_REQUEST', async () => {
    const malformed = await errorOf(readJsonBody(new Request('http://l/q', { method: 'POST', body: '{"name":' }), 1024));
    expect([malformed.code, malformed.status]).toEqual(['BAD_REQUEST', 400]);
    expect(malformed.message).toContain('not valid JSON');
    const empty = await errorOf(readJsonBody(new Request('http://l/q', { method: 'POST' }), 1024));
    expect(empty.message).toContain('empty');
    const badUtf8 = await errorOf(readJsonBody(new Request('http://l/q', { method: 'POST', body: new Uint8Array([0x22, 0xff, 0x22]) }), 1024));
    expect(badUtf8.message).toContain('UTF-8');
  });

  it('stops reading as soon as the body passes the limit, without trusting Content-Length', async () => {
    let pulls = 0;
    const chunk = new TextEncoder().encode('x'.repeat(400));
    const request = streamedRequest(Array.from({ length: 1000 }, () => chunk), () => pulls++);
    const error = await errorOf(readJsonBody(request, 1000));
    expect([error.code, error.status]).toEqual(['PAYLOAD_TOO_LARGE', 413]);
    expect(pulls).toBeLessThan(10);
  });

  it('refuses a declared Content-Length over the limit before reading', async () => {
    const request = new Request('http://l/q', { method: 'POST', body: '{}', headers: { 'content-length': '999999' } });
    expect((await errorOf(readJsonBody(request, 1000))).code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('accepts a body of exactly the limit', async () => {
    const text = JSON.stringify({ name: 'y'.repeat(50) });
    const request = streamedRequest([new TextEncoder().encode(text)]);
    await expect(readJsonBody(request, new TextEncoder().encode(text).byteLength)).resolves.toEqual({ name: 'y'.repeat(50) });
  });
});
