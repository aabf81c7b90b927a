import { describe, expect, it } from 'vitest';
import { resolveMetadataWindow } from '../../src/emulator/signalsMetadata';

describe('resolveMetadataWindow', () => {
  const now = new Date('2026-11-24T13:45:12.345Z');

  it('ends the default window now and starts it 30 days earlier', () => {
    const window = resolveMetadataWindow(new URLSearchParams(), now);
    expect(window.toDate.toISOString()).toBe('2026-11-24T13:45:12.345Z');
    expect(window.fromDate.toISOString()).toBe('2026-10-25T13:45:12.345Z');
  });

  it('counts the 30 days back from a given toDate, and takes a bare date as midnight UTC', () => {
    const window = resolveMetadataWindow(new URLSearchParams({ toDate: '2026-06-12' }), now);
    expect(window).toEqual({ fromDate: new Date('2026-05-13T00:00:00Z'), toDate: new Date('2026-06-12T00:00:00Z') });
  });

  it('keeps a given fromDate with the default end', () => {
    const window = resolveMetadataWindow(new URLSearchParams({ fromDate: '2026-11-01T00:00:00Z' }), now);
    expect(window).toEqual({ fromDate: new Date('2026-11-01T00:00:00Z'), toDate: now });
  });

  it('refuses fromDate after toDate and unreadable dates with INVALID_DATE_RANGE', () => {
    expect(() => resolveMetadataWindow(new URLSearchParams({ fromDate: '2026-11-25' }), now)).toThrow(expect.objectContaining({ code: 'INVALID_DATE_RANGE', status: 400 }));
    expect(() => resolveMetadataWindow(new URLSearchParams({ toDate: 'tomorrow' }), now)).toThrow(expect.objectContaining({ code: 'INVALID_DATE_RANGE' }));
  });
});
