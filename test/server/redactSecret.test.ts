import { describe, expect, it } from 'vitest';
import { REDACTED, redactSecret } from '../../src/server/redactSecret';

describe('redactSecret', () => {
  it('replaces every raw occurrence of the secret', () => {
    expect(redactSecret('key sk_live_1 and sk_live_1 again', 'sk_live_1')).toBe(`key ${REDACTED} and ${REDACTED} again`);
  });

  it('replaces the JSON-escaped form the secret takes inside a forwarded JSON body', () => {
    const secret = 'k"ey\\with\nodd';
    const body = JSON.stringify({ error: `invalid key ${secret}` });
    const redacted = redactSecret(body, secret);
    expect(redacted).not.toContain(JSON.stringify(secret).slice(1, -1));
    expect(JSON.parse(redacted)).toEqual({ error: `invalid key ${REDACTED}` });
  });

  it('replaces the URL-encoded form', () => {
    const secret = 'a b/c+d';
    expect(redactSecret(`https://x/?key=${encodeURIComponent(secret)}`, secret)).toBe(`https://x/?key=${REDACTED}`);
  });

  it('leaves text without the secret unchanged, and an empty secret redacts nothing', () => {
    expect(redactSecret('nothing to hide', 'sk_live_1')).toBe('nothing to hide');
    expect(redactSecret('nothing to hide', '')).toBe('nothing to hide');
  });
});
