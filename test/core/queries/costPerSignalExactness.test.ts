/**
 * cost-per-model's signal count is exact for every kind of trace id: 32-digit lower-case hex ids go
 * the fast UInt128 path (a bijection), anything else — upper-case hex, other lengths, free text —
 * the text path; ids that differ only in case are different traces. Checked on a small engine
 * database built here, where the answer is known by construction.
 */
import { Session } from 'chdb';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { decodeResult } from '../../../src/core/decode/decodeResult';
import { checkResultColumns } from '../../../src/core/queries/checkResultColumns';
import { costPerModel } from '../../../src/core/queries/costPerModel';

let session: Session;
beforeAll(() => {
  session = new Session();
  session.query('CREATE DATABASE exactness');
  session.query('USE exactness');
  session.query(`CREATE TABLE fact_cost (created_at DateTime64(3, 'UTC'), customer_id String, product_id String, vendor LowCardinality(String),
    model LowCardinality(String), cost_amount Decimal(38, 10), input_tokens UInt64, output_tokens UInt64, latency_ms UInt32, trace_id String) ENGINE = Memory`);
  session.query(`CREATE TABLE fact_signal (created_at DateTime64(3, 'UTC'), customer_id String, trace_id String) ENGINE = Memory`);
});
afterAll(() => {
  session.cleanup();
});

const HEX = '0123456789abcdef0123456789abcdef';
const TRACES = {
  hex: HEX,
  upper: HEX.toUpperCase(), // another trace: ids are text
  hexNoSignal: 'ffffffffffffffffffffffffffffffff',
  text: 'trace-7',
  text32: 'not-hex-but-32-characters-long!!', // 32 characters, not hex
  empty: '',
  textNoSignal: 'trace-8',
};

it('counts each trace with a signal once per vendor × model, whatever its id looks like', () => {
  expect(TRACES.text32).toHaveLength(32);
  const call = (trace: string, model: string) => `('2026-11-10 00:00:00', 'c', 'p', 'v', '${model}', 0.5, 1, 1, 10, '${trace}')`;
  const calls = [
    ...Object.values(TRACES).flatMap((trace) => [call(trace, 'm1'), call(trace, 'm1')]), // two calls per trace
    call(TRACES.hex, 'm2'),
    call(TRACES.text, 'm2'),
  ];
  session.query(`INSERT INTO fact_cost VALUES ${calls.join(', ')}`);
  const withSignal = [TRACES.hex, TRACES.upper, TRACES.text, TRACES.text32, TRACES.empty];
  session.query(`INSERT INTO fact_signal VALUES ${withSignal.map((t) => `('2026-11-10 00:00:00', 'c', '${t}')`).join(', ')}`);
  // A signal outside the window does not count.
  session.query(`INSERT INTO fact_signal VALUES ('2026-09-01 00:00:00', 'c', '${TRACES.hexNoSignal}'), ('2026-09-01 00:00:00', 'c', '${TRACES.textNoSignal}')`);

  const sql = costPerModel.toSql(costPerModel.parseParams({ from: '2026-11-01T00:00:00Z', to: '2026-11-21T00:00:00Z', includeCostPerSignal: true }), {});
  const body = JSON.parse(session.query(sql, 'JSONCompact')) as { meta: { name: string; type: string }[]; data: unknown[][] };
  const decoded = decodeResult({ columns: body.meta, rows: body.data });
  const rows = checkResultColumns<{ model: string; calls: bigint; signals: bigint | null }>('cost-per-model', costPerModel.columns!, decoded);
  const byModel = Object.fromEntries(rows.map((row) => [row.model, { calls: row.calls, signals: row.signals }]));
  expect(byModel).toEqual({
    m1: { calls: 14n, signals: 5n }, // hex, upper, text, text32, empty
    m2: { calls: 2n, signals: 2n }, // hex, text
  });
});

it('counts a trace with two signals once, and never matches an id through the hex key of another spelling', () => {
  const lowerWithSignal = 'fedcba9876543210fedcba9876543210';
  const upperTwin = lowerWithSignal.toUpperCase(); // the same 16 bytes when unhexed, another trace id
  const twiceSignalled = 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa';
  const textTwice = 'trace-twice';
  const call = (trace: string, model: string) => `('2026-12-10 00:00:00', 'c', 'p', 'v', '${model}', 0.5, 1, 1, 10, '${trace}')`;
  session.query(`INSERT INTO fact_cost VALUES ${[call(upperTwin, 'm3'), call(twiceSignalled, 'm4'), call(twiceSignalled, 'm4'), call(textTwice, 'm4')].join(', ')}`);
  const signal = (trace: string) => `('2026-12-10 00:00:00', 'c', '${trace}')`;
  session.query(`INSERT INTO fact_signal VALUES ${[signal(lowerWithSignal), signal(twiceSignalled), signal(twiceSignalled), signal(textTwice), signal(textTwice)].join(', ')}`);

  const sql = costPerModel.toSql(costPerModel.parseParams({ from: '2026-12-01T00:00:00Z', to: '2026-12-21T00:00:00Z', includeCostPerSignal: true }), {});
  // The same answer whether the server fills unmatched join columns with defaults or with NULLs
  // (join_use_nulls, a server setting the query does not choose).
  for (const settings of ['', ' SETTINGS join_use_nulls = 1']) {
    const body = JSON.parse(session.query(sql + settings, 'JSONCompact')) as { meta: { name: string; type: string }[]; data: unknown[][] };
    const rows = checkResultColumns<{ model: string; signals: bigint | null; cost_per_signal: string | null }>(
      'cost-per-model',
      costPerModel.columns!,
      decodeResult({ columns: body.meta, rows: body.data }),
    );
    const byModel = Object.fromEntries(rows.map((row) => [row.model, { signals: row.signals, costPerSignal: row.cost_per_signal }]));
    expect(byModel).toEqual({
      m3: { signals: 0n, costPerSignal: null }, // its own id has no signal; its lower-case twin's does not count
      m4: { signals: 2n, costPerSignal: '0.75' }, // one hex trace with two signals, one text trace with two: 1.5 cents / 2
    });
  }
});
