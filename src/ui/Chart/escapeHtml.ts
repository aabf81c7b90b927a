/**
 * Escapes text for HTML element content and quoted attribute values: `& < > " '`.
 * Every piece of data that goes into an HTML tooltip goes through this (tooltip builders here
 * call it for you), so a label `<img src=x onerror=alert(1)>` shows as those characters.
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
