import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS_VIEWS } from '../../src/core/views';
import { postQuery, queryRows, startTestEmulator, TEST_ANCHOR_DATE } from '../support/emulator';
import type { TestEmulator } from '../support/emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('startEmulator', () => {
  it('names the current analytics path, the API base and the deprecated path on a loopback port it picked', () => {
    expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v2\/analytics$/);
    const origin = new URL(emulator.url).origin;
    expect(emulator.apiBaseUrl).toBe(`${origin}/api/v2`);
    expect(emulator.url).toBe(`${emulator.apiBaseUrl}/analytics`);
    expect(emulator.deprecatedUrl).toBe(`${emulator.apiBaseUrl}/experimental/analytics`);
    expect(emulator.orgs.length).toBeGreaterThanOrEqual(2);
    expect(emulator.apiKey).toBe(emulator.orgs[0]?.apiKey);
    expect(new Set(emulator.orgs.map((o) => o.apiKey)).size).toBe(emulator.orgs.length);
    expect(emulator.anchorDate).toBe(TEST_ANCHOR_DATE);
  });

  it('creates every view with exactly the columns and types of ANALYTICS_VIEWS', async () => {
    for (const view of ANALYTICS_VIEWS) {
      const body = await queryRows(emulator, `SELECT * FROM ${view.name} LIMIT 0`);
      expect(body.columns).toEqual(view.columns.map((c) => ({ name: c.name, type: c.type })));
    }
  });

  it('answers with typed columns, rows in column order and 64-bit integers as strings', async () => {
    const body = await queryRows(emulator, 'SELECT count() AS signals, toUInt8(7) AS small, 1.5 AS ratio FROM fact_signal');
    expect(body.columns).toEqual([
      { name: 'signals', type: 'UInt64' },
      { name: 'small', type: 'UInt8' },
      { name: 'ratio', type: 'Float64' },
    ]);
    const [row] = body.rows;
    expect(typeof row?.[0]).toBe('string');
    expect(Number(row?.[0])).toBeGreaterThan(5_000);
    expect(row?.[1]).toBe(7);
    expect(row?.[2]).toBe(1.5);
    expect(body.meta.rowCount).toBe(1);
    expect(body.meta.truncated).toBe(false);
    expect(typeof body.meta.elapsedMs).toBe('number');
  });

  it('gives each organization only its own data through unqualified names', async () => {
    const first = await queryRows(emulator, 'SELECT id, name FROM dim_organization');
    const second = await queryRows(emulator, 'SELECT id, name FROM dim_organization', emulator.orgs[1]?.apiKey);
    expect(first.rows).toEqual([[emulator.orgs[0]?.id, emulator.orgs[0]?.name]]);
    expect(second.rows).toEqual([[emulator.orgs[1]?.id, emulator.orgs[1]?.name]]);
  });

  it('has signals in the last 90 days before the anchor', async () => {
    const body = await queryRows(
      emulator,
      `SELECT count() FROM fact_signal WHERE created_at >= toDate('${TEST_ANCHOR_DATE}') - 90 AND created_at < toDate('${TEST_ANCHOR_DATE}') + 1`,
    );
    expect(Number(body.rows[0]?.[0])).toBeGreaterThan(3_000);
  });

  it('refuses a request without a key with 401', async () => {
    const response = await fetch(`${emulator.url}/query`, { method: 'POST', body: JSON.stringify({ query: 'SELECT 1' }) });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: 'UNAUTHORIZED' });
  });

  it('answers SELECT 1 with a UInt8 column', async () => {
    const probe = await postQuery(emulator, 'SELECT 1 AS one');
    expect(probe.status).toBe(200);
    expect(await probe.json()).toMatchObject({ columns: [{ name: 'one', type: 'UInt8' }], rows: [[1]] });
  });
});
