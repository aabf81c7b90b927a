/**
 * Reads a request body as JSON while counting bytes, so an oversized body is cut off as soon as it
 * passes the limit, whatever `Content-Length` claims (it may be absent or false).
 */
import { proxyError } from './errorResponse';

/**
 * The parsed JSON body of `request`. Throws `PAYLOAD_TOO_LARGE` (413) once more than `maxBytes`
 * have arrived, and `BAD_REQUEST` (400) for an empty body, invalid UTF-8 or malformed JSON.
 */
export async function readJsonBody(request: Request, maxBytes: number): Promise<unknown> {
  const declared = Number(request.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);

  const bytes = await readBytes(request, maxBytes);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw proxyError('BAD_REQUEST', 'The request body is not valid UTF-8.');
  }
  if (text.trim() === '') throw proxyError('BAD_REQUEST', 'The request body is empty; expected a JSON object.');
  try {
    return JSON.parse(text) as unknown;
  } catch (cause) {
    const reason = cause instanceof Error ? cause.message : String(cause);
    throw proxyError('BAD_REQUEST', 'The request body is not valid JSON.', undefined, reason);
  }
}

/** All bytes of the body, or a `PAYLOAD_TOO_LARGE` error as soon as they pass `maxBytes`. */
async function readBytes(request: Request, maxBytes: number): Promise<Uint8Array> {
  if (request.body === null) return new Uint8Array(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    let result: ReadableStreamReadResult<Uint8Array>;
    try {
      result = await reader.read();
    } catch {
      throw proxyError('BAD_REQUEST', 'The request body could not be read.');
    }
    if (result.done) break;
    total += result.value.byteLength;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(maxBytes);
    }
    chunks.push(result.value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function tooLarge(maxBytes: number) {
  return proxyError('PAYLOAD_TOO_LARGE', `The request body is larger than the proxy's limit of ${maxBytes} bytes.`);
}
