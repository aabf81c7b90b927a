import { describe, expect, it } from 'vitest';
import { leaderboardRows, leaderboardTotal } from '../../../src/widgets/CustomerLeaderboard/leaderboardRows';

const row = (id: string, name: string, signals: bigint, cost: string, revenue: bigint, margin: string) => ({ customer_id: id, customer_name: name, signals, ai_cost: cost, revenue, margin });

describe('leaderboardRows', () => {
  it('keeps the order, makes names unique, shows a nameless customer by id, and flags negative margins', () => {
    const rows = leaderboardRows([row('a', 'Acme', 3n, '1.5', 100n, '98.5'), row('b', 'Acme', 2n, '200.25', 100n, '-100.25'), row('c', ' ', 1n, '0', 0n, '0')], '(none)');
    expect(rows.map((r) => [r.id, r.label, r.negative])).toEqual([
      ['a', 'Acme', false],
      ['b', 'Acme (2)', true],
      ['c', 'c', false],
    ]);
  });

  it('totals every figure exactly, fractional cents included, and flags a negative total', () => {
    const rows = leaderboardRows([row('a', 'A', 3n, '0.0000000001', 100n, '99.9999999999'), row('b', 'B', 2n, '300.5', 100n, '-200.5')], '');
    expect(leaderboardTotal(rows, 'Total')).toEqual({ id: '', label: 'Total', signals: 5n, cost: '300.5000000001', revenue: 200n, margin: '-100.5000000001', negative: true });
    expect(leaderboardTotal([], 'Total')).toEqual({ id: '', label: 'Total', signals: 0n, cost: '0', revenue: 0n, margin: '0', negative: false });
  });
});
