import { describe, expect, it } from 'vitest';
import { startTestEmulator } from '../support/emulator';

describe('startEmulator lifecycle', () => {
  it('stops listening after close, and a second emulator can start in the same process', async () => {
    const first = await startTestEmulator();
    const ok = await fetch(`${first.url}/schema`, { headers: { authorization: `Bearer ${first.apiKey}` } });
    expect(ok.status).toBe(200);
    await first.close();
    await expect(fetch(`${first.url}/schema`, { headers: { authorization: `Bearer ${first.apiKey}` } })).rejects.toThrow();

    const second = await startTestEmulator({ seed: 7 });
    try {
      expect(second.apiKey).not.toBe(first.apiKey);
      const response = await fetch(`${second.url}/schema`, { headers: { authorization: `Bearer ${second.apiKey}` } });
      expect(response.status).toBe(200);
    } finally {
      await second.close();
    }
  });

  it('refuses a second emulator while one is running', async () => {
    const running = await startTestEmulator();
    try {
      await expect(startTestEmulator()).rejects.toThrow(/already open/);
    } finally {
      await running.close();
    }
  });

  it('rejects invalid options with a clear message', async () => {
    await expect(startTestEmulator({ scale: 'huge' as never })).rejects.toThrow(/scale/);
    await expect(startTestEmulator({ anchorDate: '23/11/2026' })).rejects.toThrow(/anchorDate/);
    await expect(startTestEmulator({ maxRows: 0 })).rejects.toThrow(/maxRows/);
  });
});
