import { describe, expect, it } from 'vitest';
import { formatEmulatorBench, RECIPE_QUERIES, runEmulatorBench } from '../../bench/emulator';

describe('runEmulatorBench', () => {
  it('reports seeding time, the SELECT 1 floor and p50 ≤ p95 for each query passed in', async () => {
    const result = await runEmulatorBench({
      scale: 'tiny',
      iterations: 5,
      queries: [{ name: 'signals by name', sql: 'SELECT signal_name, count() FROM fact_signal GROUP BY signal_name' }],
    });
    expect(result.scale).toBe('tiny');
    expect(result.seedMs).toBeGreaterThan(0);
    expect(result.signals).toBeGreaterThan(5_000);
    expect(result.floor.rows).toBe(1);
    expect(result.queries.map((q) => q.name)).toEqual(['signals by name']);
    for (const latency of [result.floor, ...result.queries]) expect(latency.p50Ms).toBeLessThanOrEqual(latency.p95Ms);
    expect(result.queries[0]?.rows).toBeGreaterThan(3);
    expect(formatEmulatorBench(result)[0]).toMatch(/tiny scale/);
  });

  it('ships recipe queries that every one run on the engine', async () => {
    const result = await runEmulatorBench({ scale: 'tiny', iterations: 1 });
    expect(result.queries.map((q) => q.name)).toEqual(RECIPE_QUERIES.map((q) => q.name));
  });
});
