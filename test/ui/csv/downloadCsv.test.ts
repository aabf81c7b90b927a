import { afterEach, describe, expect, it, vi } from 'vitest';
import { downloadCsv, safeCsvFilename } from '../../../src/ui/csv/downloadCsv';

/** jsdom's Blob has no arrayBuffer(); FileReader reads it. */
function readBytes(blob: Blob): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('downloadCsv', () => {
  it('downloads a UTF-8 CSV blob through a temporary link and revokes the URL', async () => {
    const created: Blob[] = [];
    const createObjectURL = vi.fn((blob: Blob) => {
      created.push(blob);
      return 'blob:mock';
    });
    const revokeObjectURL = vi.fn();
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const clicks: HTMLAnchorElement[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this);
    });

    expect(downloadCsv('usage <trends>', 'a,b\r\n')).toBe(true);
    expect(clicks).toHaveLength(1);
    expect(clicks[0]!.download).toBe('usage _trends_.csv');
    expect(clicks[0]!.href).toBe('blob:mock');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(created[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = await readBytes(created[0]!);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // BOM
    expect(new TextDecoder().decode(bytes.slice(3))).toBe('a,b\r\n');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:mock');
  });

  it('does nothing without a document (SSR)', () => {
    vi.stubGlobal('document', undefined);
    expect(downloadCsv('x', 'a')).toBe(false);
  });
});

describe('safeCsvFilename', () => {
  it('keeps safe characters, replaces the rest, adds .csv', () => {
    expect(safeCsvFilename('../../etc/passwd')).toBe('_.._etc_passwd.csv');
    expect(safeCsvFilename('Umsätze 2026.csv')).toBe('Umsätze 2026.csv');
    expect(safeCsvFilename('')).toBe('export.csv');
  });
});
