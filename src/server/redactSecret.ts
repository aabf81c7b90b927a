/**
 * Removes every occurrence of a secret from a piece of text, in the forms it may take there:
 * raw, JSON-escaped (inside a forwarded JSON body) and URL-encoded. The proxy runs everything it
 * forwards or logs through this, so the upstream API key never leaves the server.
 */
export const REDACTED = '[REDACTED]';

/** `text` with every raw, JSON-escaped or URL-encoded occurrence of `secret` replaced by `[REDACTED]`. */
export function redactSecret(text: string, secret: string): string {
  if (secret === '') return text;
  let result = text;
  for (const form of secretForms(secret)) {
    if (form !== '' && result.includes(form)) result = result.split(form).join(REDACTED);
  }
  return result;
}

/** The spellings of a secret that may appear in text: raw, JSON string body, URL component. */
function secretForms(secret: string): string[] {
  const forms = new Set<string>([secret, JSON.stringify(secret).slice(1, -1), encodeURIComponent(secret)]);
  // Longest first, so a longer escaped form is not left half-replaced by a shorter one.
  return [...forms].sort((a, b) => b.length - a.length);
}
