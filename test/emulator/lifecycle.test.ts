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

describe('startEmulator with a data directory', () => {
  it('reuses a directory seeded with the same seed, scale and anchor, and re-seeds on a change', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dataDir = mkdtempSync(join(tmpdir(), 'emulator-reuse-'));
    const count = async (emulator: Awaited<ReturnType<typeof startTestEmulator>>) => {
      const response = await fetch(`${emulator.url}/query`, {
        method: 'POST',
        headers: { authorization: `Bearer ${emulator.apiKey}` },
        body: JSON.stringify({ query: 'SELECT count(), sum(cityHash64(signal_id)) FROM fact_signal' }),
      });
      return ((await response.json()) as { rows: unknown[][] }).rows[0];
    };
    try {
      const first = await startTestEmulator({ dataDir });
      const firstCount = await count(first);
      expect(first.reusedData).toBe(false);
      await first.close();

      const second = await startTestEmulator({ dataDir });
      try {
        expect(second.reusedData).toBe(true);
        expect(await count(second)).toEqual(firstCount);
      } finally {
        await second.close();
      }

      const third = await startTestEmulator({ dataDir, seed: 99 });
      try {
        expect(third.reusedData).toBe(false);
        expect(await count(third)).not.toEqual(firstCount);
      } finally {
        await third.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
