/**
 * The `sql` tagged template: every slot escaped by its type, `view()` restricted to the scope it is
 * rendered for, and literal text that names a customer-data view refused.
 */
import { describe, expect, it } from 'vitest';
import { AnalyticsError } from '../../../src/core/errors';
import { CUSTOMER_DATA_VIEWS } from '../../../src/core/sql/customerDataViews';
import { renderSql, sql, view } from '../../../src/core/sql/sql';

const open = {};

describe('sql slots', () => {
  it('escapes strings with sqlString and renders numbers, bigints, booleans and null', () => {
    const text = renderSql(sql`SELECT ${"it's"}, ${'\\'}, ${42}, ${-1.5}, ${12345678901234567890n}, ${true}, ${null}`, open);
    expect(text).toBe("SELECT 'it\\'s', '\\\\', 42, -1.5, 12345678901234567890, true, NULL");
  });

  it('renders Dates as DateTime64 literals in UTC', () => {
    expect(renderSql(sql`${new Date('2026-10-01T02:03:04.005Z')}`, open)).toBe("toDateTime64('2026-10-01 02:03:04.005', 3, 'UTC')");
  });

  it('renders arrays as parenthesized lists for IN, and refuses an empty one', () => {
    expect(renderSql(sql`x IN ${['a', "b'"]}`, open)).toBe("x IN ('a', 'b\\'')");
    expect(renderSql(sql`x IN ${[1, 2n]}`, open)).toBe('x IN (1, 2)');
    expect(() => renderSql(sql`x IN ${[]}`, open)).toThrow(/empty list/);
  });

  it('refuses non-finite numbers, unsafe integers, undefined and objects', () => {
    expect(() => renderSql(sql`${Number.NaN}`, open)).toThrow(AnalyticsError);
    expect(() => renderSql(sql`${Number.POSITIVE_INFINITY}`, open)).toThrow(/finite/);
    expect(() => renderSql(sql`${2 ** 60}`, open)).toThrow(/bigint/);
    expect(() => renderSql(sql`${undefined as never}`, open)).toThrow(/undefined/);
    expect(() => renderSql(sql`${{ toString: () => '1; DROP' } as never}`, open)).toThrow(AnalyticsError);
  });

  it('nests fragments verbatim and joins them', () => {
    const where = sql.join([sql`a = ${1}`, sql`b = ${'x'}`], ' AND ');
    expect(renderSql(sql`SELECT 1 WHERE ${where}`, open)).toBe("SELECT 1 WHERE a = 1 AND b = 'x'");
    expect(renderSql(sql.join([]), open)).toBe('');
  });

  it('backquotes checked identifiers and dotted paths, and refuses anything else', () => {
    expect(renderSql(sql`${sql.identifier('data.user.plan')}::String`, open)).toBe('`data`.`user`.`plan`::String');
    for (const bad of ['', 'a b', 'a`b', '1a', 'a..b', "x'); DROP", 'data.fact_cost']) {
      expect(() => sql.identifier(bad)).toThrow(AnalyticsError);
    }
  });
});

describe('view()', () => {
  it('reads a customer-data view through the scope, as a subquery with every column', () => {
    expect(renderSql(sql`FROM ${view('fact_cost')}`, { customerIds: ['a', "b'"] })).toBe(
      "FROM (SELECT * FROM fact_cost WHERE customer_id IN ('a', 'b\\''))",
    );
    expect(renderSql(sql`FROM ${view('fact_cost')}`, {})).toBe('FROM (SELECT * FROM fact_cost WHERE 1)');
    expect(renderSql(sql`FROM ${view('fact_cost')}`, { customerIds: [] })).toBe('FROM (SELECT * FROM fact_cost WHERE 0)');
  });

  it('restricts dim_customer to the scope’s customers (and their children when asked)', () => {
    expect(renderSql(sql`${view('dim_customer')}`, { customerIds: ['a'] })).toBe("(SELECT * FROM dim_customer WHERE id IN ('a'))");
    expect(renderSql(sql`${view('dim_customer')}`, { customerIds: ['a'], includeChildCustomers: true })).toBe(
      "(SELECT * FROM dim_customer WHERE (id IN ('a') OR parent_customer_id IN ('a')))",
    );
  });

  it('restricts invoice lines through their invoices, and children through the hierarchy', () => {
    expect(renderSql(sql`${view('fact_invoice_line')}`, { customerIds: ['a'] })).toBe(
      "(SELECT * FROM fact_invoice_line WHERE invoice_id IN (SELECT id FROM fact_invoice WHERE customer_id IN ('a')))",
    );
    expect(renderSql(sql`${view('fact_signal')}`, { customerIds: ['a'], includeChildCustomers: true })).toContain(
      "customer_id IN (SELECT id FROM dim_customer WHERE id IN ('a') OR parent_customer_id IN ('a'))",
    );
  });

  it('reads views without customer data as they are, and refuses unknown names', () => {
    expect(renderSql(sql`${view('dim_product')}`, { customerIds: ['a'] })).toBe('(SELECT * FROM dim_product)');
    expect(() => view('system.tables' as never)).toThrow(AnalyticsError);
  });

  it('selects listed columns instead of * (JSON payload subcolumns read alone), still scoped and checked', () => {
    const signals = view('fact_signal', [sql`created_at`, sql`${sql.identifier('data.priority')}::String AS priority`]);
    expect(renderSql(sql`FROM ${signals}`, { customerIds: ['a'] })).toBe(
      "FROM (SELECT created_at, `data`.`priority`::String AS priority FROM fact_signal WHERE customer_id IN ('a'))",
    );
    expect(() => view('fact_signal', [])).toThrow(/at least one column/);
    expect(() => view('fact_signal', [sql`(SELECT max(cost_amount) FROM fact_cost) AS c`])).toThrow(/fact_cost/);
  });

  it('fails closed on a malformed scope', () => {
    expect(() => renderSql(sql`${view('fact_cost')}`, { customerIds: 'a' } as never)).toThrow(/Invalid scope/);
  });
});

describe('literal text naming customer data', () => {
  it.each(CUSTOMER_DATA_VIEWS)('refuses %s named in the template text, however written', (name) => {
    expect(() => sql`SELECT count() FROM ${sql`x`} JOIN ${name} USING (id)`).not.toThrow(); // a slot is a string literal
    for (const spelled of [name, `\`${name}\``, `default.${name}`, name.toUpperCase()]) {
      const strings = Object.assign([`SELECT * FROM ${spelled} WHERE 1`], { raw: [`SELECT * FROM ${spelled} WHERE 1`] });
      expect(() => sql(strings as TemplateStringsArray)).toThrow(new RegExp(`${name}.*view\\('${name}'\\)`));
    }
  });

  it('allows views without customer data and longer names that merely start like one', () => {
    expect(() => sql`SELECT name FROM dim_product`).not.toThrow();
    expect(() => sql`SELECT count() AS fact_signal_count, dim_customer_name FROM ${view('fact_signal')}`).not.toThrow();
  });

  it('refuses a join separator that names one', () => {
    expect(() => sql.join([sql`1`], ' UNION ALL SELECT * FROM fact_cost ')).toThrow(/fact_cost/);
  });
});
