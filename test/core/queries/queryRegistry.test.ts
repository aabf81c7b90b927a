/**
 * Registration: a query that names customer data outside `view()` never registers, whichever
 * branch of its SQL does it; names are unique; only `defineNamedQuery` queries are accepted.
 */
import { describe, expect, it } from 'vitest';
import { defineNamedQuery } from '../../../src/core/queries/defineNamedQuery';
import { param } from '../../../src/core/queries/paramBuilders';
import { checkNamedQuery, createQueryRegistry } from '../../../src/core/queries/queryRegistry';
import { BUILT_IN_QUERIES, NAMED_QUERIES } from '../../../src/core/queries/registry';
import { column } from '../../../src/core/queries/resultColumns';
import { sql, view } from '../../../src/core/sql/sql';

const scoped = defineNamedQuery({
  name: 'signal-count',
  description: 'Signals in total.',
  params: {},
  columns: { n: column.uint64() },
  sql: () => sql`SELECT count() AS n FROM ${view('fact_signal')}`,
});

describe('checkNamedQuery', () => {
  it('accepts a query reading customer data through view(), and every built-in', () => {
    expect(() => checkNamedQuery(scoped)).not.toThrow();
    expect(() => createQueryRegistry()).not.toThrow();
    expect([...createQueryRegistry().keys()]).toEqual(Object.keys(BUILT_IN_QUERIES));
    expect(Object.keys(BUILT_IN_QUERIES)).toEqual(expect.arrayContaining([...Object.keys(NAMED_QUERIES), 'margin', 'customer-leaderboard']));
  });

  it('refuses a query whose SQL text names a fact view directly', () => {
    const leaky = defineNamedQuery({
      name: 'leaky',
      description: 'Forgot the scope.',
      params: {},
      columns: { n: column.uint64() },
      sql: () => sql`SELECT count() AS n FROM fact_signal`,
    });
    expect(() => checkNamedQuery(leaky)).toThrow(/leaky.*cannot be registered.*fact_signal.*view\('fact_signal'\)/);
  });

  it('finds a direct read hidden in a branch only some params take', () => {
    const branchy = defineNamedQuery({
      name: 'branchy',
      description: 'Leaks only with names.',
      params: { withNames: param.boolean().default(false), kind: param.enum(['a', 'b']).default('a') },
      columns: { n: column.uint64() },
      sql: (p) =>
        p.withNames && p.kind === 'a'
          ? sql`SELECT count() AS n FROM ${view('fact_signal')} AS s JOIN dim_customer AS c ON c.id = s.customer_id`
          : sql`SELECT count() AS n FROM ${view('fact_signal')}`,
      examples: [{ withNames: true, kind: 'a' }],
    });
    expect(() => checkNamedQuery(branchy)).toThrow(/dim_customer/);
  });

  it('refuses hand-written queries and definitions whose SQL cannot be built', () => {
    expect(() => checkNamedQuery({ ...scoped, build: undefined } as never)).toThrow(/defineNamedQuery/);
    const broken = defineNamedQuery({
      name: 'broken',
      description: 'Puts undefined in a slot.',
      params: {},
      columns: { n: column.uint64() },
      sql: () => sql`SELECT ${undefined as never} AS n`,
    });
    expect(() => checkNamedQuery(broken)).toThrow(/failed to build its SQL/);
  });
});

describe('createQueryRegistry', () => {
  it('registers host queries beside the built-ins', () => {
    const registry = createQueryRegistry([scoped]);
    expect(registry.get('signal-count')).toBe(scoped);
    expect(registry.get('usage-trends')).toBe(NAMED_QUERIES['usage-trends']);
  });

  it('refuses a name used twice, built-in or not', () => {
    const clash = defineNamedQuery({ ...{ description: 'x', params: {}, columns: { n: column.uint64() } }, name: 'usage-trends', sql: () => sql`SELECT 1 AS n` });
    expect(() => createQueryRegistry([clash])).toThrow(/"usage-trends".*built in/);
    const twin = defineNamedQuery({ name: 'signal-count', description: 'x', params: {}, columns: { n: column.uint64() }, sql: () => sql`SELECT 1 AS n` });
    expect(() => createQueryRegistry([scoped, twin])).toThrow(/Two named queries are called "signal-count"/);
    expect(() => createQueryRegistry([scoped, scoped])).not.toThrow();
  });
});
