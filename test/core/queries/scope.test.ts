import { Session } from 'chdb';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Scope } from '../../../src/core/contract';
import { AnalyticsError } from '../../../src/core/errors';
import { customerCondition, scopeCondition } from '../../../src/core/queries/scope';

/**
 * A tiny tenant tree on the real engine: acme has two children, globex none, and a customer
 * whose id is a hostile string.
 */
const HOSTILE_ID = "x') OR 1=1 --\\";
const CUSTOMERS: [id: string, parent: string | null][] = [
  ['acme', null],
  ['acme-eu', 'acme'],
  ['acme-us', 'acme'],
  ['globex', null],
  [HOSTILE_ID, null],
];

let session: Session;

function sqlText(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

beforeAll(() => {
  session = new Session();
  session.query('CREATE TABLE dim_customer (id String, parent_customer_id Nullable(String)) ENGINE = Memory');
  session.query('CREATE TABLE fact_signal (customer_id String, n UInt32) ENGINE = Memory');
  const customers = CUSTOMERS.map(([id, parent]) => `(${sqlText(id)}, ${parent === null ? 'NULL' : sqlText(parent)})`);
  session.query(`INSERT INTO dim_customer VALUES ${customers.join(', ')}`);
  const signals = CUSTOMERS.map(([id], index) => `(${sqlText(id)}, ${index + 1})`);
  session.query(`INSERT INTO fact_signal VALUES ${signals.join(', ')}`);
});
afterAll(() => {
  session.cleanup();
});

/** The customer ids of fact_signal rows the condition admits, sorted. */
function admitted(condition: string): string[] {
  const out = session.query(`SELECT customer_id FROM fact_signal WHERE ${condition} ORDER BY customer_id`, 'JSONCompact');
  return (JSON.parse(out) as { data: [string][] }).data.map(([id]) => id);
}

const ALL_IDS = CUSTOMERS.map(([id]) => id).sort();

describe('scopeCondition', () => {
  it('leaves an unrestricted scope ({}) unfiltered', () => {
    expect(admitted(scopeCondition({}))).toEqual(ALL_IDS);
  });

  it('admits exactly the listed customers', () => {
    expect(admitted(scopeCondition({ customerIds: ['globex'] }))).toEqual(['globex']);
    expect(admitted(scopeCondition({ customerIds: ['acme', 'globex'] }))).toEqual(['acme', 'globex']);
  });

  it('matches nothing for an empty list, never everything', () => {
    expect(scopeCondition({ customerIds: [] })).toBe('0');
    expect(admitted(scopeCondition({ customerIds: [] }))).toEqual([]);
  });

  it('admits the direct children with includeChildCustomers', () => {
    expect(admitted(scopeCondition({ customerIds: ['acme'], includeChildCustomers: true }))).toEqual([
      'acme',
      'acme-eu',
      'acme-us',
    ]);
    expect(admitted(scopeCondition({ customerIds: ['acme'] }))).toEqual(['acme']);
  });

  it('treats a hostile id as one literal id', () => {
    expect(admitted(scopeCondition({ customerIds: [HOSTILE_ID] }))).toEqual([HOSTILE_ID]);
    expect(admitted(scopeCondition({ customerIds: ["nobody' OR '1'='1"] }))).toEqual([]);
  });

  it('never admits a customer outside the list, for any list of strings', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ALL_IDS), fc.string({ maxLength: 12 })), { maxLength: 4 }), (ids) => {
        const rows = admitted(scopeCondition({ customerIds: ids }));
        expect(rows).toEqual(ALL_IDS.filter((id) => ids.includes(id)));
      }),
      { numRuns: 60 },
    );
  });

  it('restricts another column when told to (dim_customer.id)', () => {
    const out = session.query(
      `SELECT id FROM dim_customer WHERE ${scopeCondition({ customerIds: ['globex'] }, 'id')}`,
      'JSONCompact',
    );
    expect((JSON.parse(out) as { data: unknown[] }).data).toEqual([['globex']]);
  });

  it('refuses a malformed scope with a typed error rather than running unscoped', () => {
    const malformed = [{ customerIds: 'acme' }, { customerIds: [1] }, null] as unknown as Scope[];
    for (const scope of malformed) {
      expect(() => scopeCondition(scope)).toThrow(AnalyticsError);
    }
  });
});

describe('customerCondition', () => {
  it('narrows within the scope', () => {
    expect(admitted(customerCondition({ customerIds: ['acme'], includeChildCustomers: true }, 'acme-eu'))).toEqual([
      'acme-eu',
    ]);
    expect(admitted(customerCondition({}, 'globex'))).toEqual(['globex']);
  });

  it('never widens the scope: a customer outside it gives no rows', () => {
    expect(admitted(customerCondition({ customerIds: ['acme'] }, 'globex'))).toEqual([]);
    expect(admitted(customerCondition({ customerIds: [] }, 'globex'))).toEqual([]);
  });
});
