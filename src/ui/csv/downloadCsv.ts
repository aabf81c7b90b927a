/**
 * Saves CSV text as a file in the browser: a UTF-8 Blob (with a BOM so spreadsheet apps read
 * the encoding right), an object URL and a temporary `<a download>`, revoked afterwards.
 * SSR-safe: without `document` / `URL.createObjectURL` it does nothing and returns `false`.
 * The filename is reduced to safe characters and gets `.csv` if missing.
 */
export function downloadCsv(filename: string, csv: string): boolean {
  if (typeof document === 'undefined' || typeof URL === 'undefined' || typeof URL.createObjectURL !== 'function') return false;
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = safeCsvFilename(filename);
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  }
  return true;
}

/** Keeps letters, digits, `.`, `-`, `_` and spaces (others become `_`) and ensures `.csv`. */
export function safeCsvFilename(filename: string): string {
  const base = filename.replace(/[^\p{L}\p{N}._ -]+/gu, '_').replace(/^[.\s]+/, '').slice(0, 120) || 'export';
  return /\.csv$/i.test(base) ? base : `${base}.csv`;
}
