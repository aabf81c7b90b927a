/**
 * The seeded data tells one consistent story: every check is a query on the real engine through
 * the API, so it also proves the views can answer the documentation's recipes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANALYTICS_VIEWS } from '../../src/core/views';
import { DEMO_CREDITS_CURRENCIES_SQL, DEMO_CUSTOMERS_SQL } from '../../demo/demoCatalog';
import { queryRows, startTestEmulator, TEST_ANCHOR_DATE } from '../support/emulator';
import type { TestEmulator } from '../support/emulator';

let emulator: TestEmulator;
beforeAll(async () => {
  emulator = await startTestEmulator();
});
afterAll(async () => {
  await emulator.close();
});

/** The single value of a one-row, one-column query, as a number. */
async function scalar(sql: string, apiKey?: string): Promise<number> {
  const body = await queryRows(emulator, sql, apiKey);
  return Number(body.rows[0]?.[0]);
}

const anchor = `toDate('${TEST_ANCHOR_DATE}')`;

describe('seeded customers', () => {
  it('have parents that exist, countries, every status, and a churn date exactly when churned', async () => {
    expect(await scalar('SELECT count() FROM dim_customer WHERE parent_customer_id IS NOT NULL')).toBeGreaterThan(0);
    expect(await scalar('SELECT count() FROM dim_customer WHERE parent_customer_id IS NOT NULL AND parent_customer_id NOT IN (SELECT id FROM dim_customer)')).toBe(0);
    expect(await scalar("SELECT uniqExact(status) FROM dim_customer WHERE status IN ('active', 'trial', 'churned')")).toBe(3);
    expect(await scalar("SELECT count() FROM dim_customer WHERE (status = 'churned') != (churn_date IS NOT NULL)")).toBe(0);
    expect(await scalar('SELECT uniqExact(country) FROM dim_customer')).toBeGreaterThan(3);
  });

  it('include hostile and HTML-ish names so escaping is exercised by real data', async () => {
    expect(await scalar("SELECT count() FROM dim_customer WHERE name = '<img src=x onerror=alert(1)>'")).toBe(1);
    expect(await scalar("SELECT count() FROM fact_cost WHERE model LIKE '%<%>%'")).toBeGreaterThan(0);
    expect(await scalar("SELECT count() FROM fact_signal WHERE signal_name LIKE '%<%>%'")).toBeGreaterThan(0);
  });

  it('have no signals after churning or before being created', async () => {
    expect(
      await scalar('SELECT count() FROM fact_signal AS s INNER JOIN dim_customer AS c ON c.id = s.customer_id WHERE c.churn_date IS NOT NULL AND toDate(s.created_at) > c.churn_date'),
    ).toBe(0);
    expect(await scalar('SELECT count() FROM fact_signal AS s INNER JOIN dim_customer AS c ON c.id = s.customer_id WHERE toDate(s.created_at) < toDate(c.created_at)')).toBe(0);
    expect(await scalar('SELECT count() FROM fact_signal WHERE customer_id NOT IN (SELECT id FROM dim_customer)')).toBe(0);
  });
});

describe('seeded products and plans', () => {
  it('has agents and credit bundles, and bundles name a credits currency that exists', async () => {
    expect(await scalar("SELECT uniqExact(type) FROM dim_product WHERE type IN ('agent', 'credit_bundle')")).toBe(2);
    expect(await scalar("SELECT count() FROM dim_product WHERE type = 'credit_bundle' AND credits_currency_id NOT IN (SELECT id FROM dim_credits_currency)")).toBe(0);
    expect(await scalar("SELECT count() FROM dim_product WHERE type = 'agent' AND credits_currency_id IS NOT NULL")).toBe(0);
  });

  it('forms one upgrade chain whose links agree in both directions', async () => {
    expect(await scalar('SELECT count() FROM dim_plan WHERE has_next_plan != (next_plan_id IS NOT NULL) OR has_prev_plan != (prev_plan_id IS NOT NULL)')).toBe(0);
    expect(await scalar('SELECT count() FROM dim_plan AS p INNER JOIN dim_plan AS n ON n.id = p.next_plan_id WHERE n.prev_plan_id != p.id OR n.tier != p.tier + 1')).toBe(0);
    expect(await scalar('SELECT count() FROM dim_plan WHERE NOT has_prev_plan')).toBe(1);
  });
});

describe('seeded signals', () => {
  it('cover every week of the last 90 days and grow over the window', async () => {
    expect(await scalar(`SELECT uniqExact(toStartOfWeek(created_at)) FROM fact_signal WHERE created_at >= ${anchor} - 90 AND created_at < ${anchor} + 1`)).toBeGreaterThanOrEqual(13);
    const recent = await scalar(`SELECT count() FROM fact_signal WHERE created_at >= ${anchor} - 30 AND created_at < ${anchor} + 1`);
    const early = await scalar(`SELECT count() FROM fact_signal WHERE created_at >= ${anchor} - 179 AND created_at < ${anchor} - 149`);
    expect(recent).toBeGreaterThan(early * 1.5);
  });

  it('dip at weekends', async () => {
    const body = await queryRows(
      emulator,
      'SELECT avgIf(n, dow < 6) AS weekday, avgIf(n, dow >= 6) AS weekend FROM (SELECT toDate(created_at) AS d, toDayOfWeek(d) AS dow, count() AS n FROM fact_signal GROUP BY d)',
    );
    const [weekday, weekend] = body.rows[0] as [number, number];
    expect(weekend).toBeLessThan(weekday * 0.7);
  });

  it('carry JSON payloads whose paths differ per signal name', async () => {
    expect(await scalar("SELECT count() FROM fact_signal WHERE signal_name = 'email-triage' AND data.priority::String = ''")).toBe(0);
    expect(await scalar("SELECT count() FROM fact_signal WHERE signal_name = 'addin-chat' AND data.priority::String != ''")).toBe(0);
    expect(await scalar("SELECT uniqExact(data.tool_name::String) FROM fact_signal WHERE signal_name = 'addin-chat'")).toBe(3);
  });
});

describe('seeded costs and value', () => {
  it('has one to three LLM calls per signal sharing its trace_id (four to six for the long-context customer CUS-0005)', async () => {
    expect(await scalar('SELECT count() FROM fact_signal WHERE trace_id NOT IN (SELECT trace_id FROM fact_cost)')).toBe(0);
    expect(await scalar('SELECT count() FROM fact_cost WHERE trace_id NOT IN (SELECT trace_id FROM fact_signal)')).toBe(0);
    const longContext = "(SELECT id FROM dim_customer WHERE display_id = 'CUS-0005')";
    const calls = (condition: string) => queryRows(emulator, `SELECT min(n), max(n) FROM (SELECT trace_id, count() AS n FROM fact_cost WHERE ${condition} GROUP BY trace_id)`);
    expect((await calls(`customer_id NOT IN ${longContext}`)).rows).toEqual([[1, 3].map(String)]);
    expect((await calls(`customer_id IN ${longContext}`)).rows).toEqual([[4, 6].map(String)]);
  });

  it('prices calls from tokens: positive fractional cents, cached tokens within input, several vendors', async () => {
    expect(await scalar('SELECT count() FROM fact_cost WHERE cost_amount <= 0 OR cached_tokens > input_tokens OR latency_ms = 0')).toBe(0);
    expect(await scalar('SELECT countIf(cost_amount < 1) / count() FROM fact_cost')).toBeGreaterThan(0.5);
    expect(await scalar('SELECT uniqExact(vendor) FROM fact_cost')).toBeGreaterThanOrEqual(4);
    const body = await queryRows(emulator, "SELECT avgIf(cost_amount / (input_tokens + output_tokens), model = 'gpt-4o') / avgIf(cost_amount / (input_tokens + output_tokens), model = 'gpt-4o-mini') FROM fact_cost");
    expect(Number(body.rows[0]?.[0])).toBeGreaterThan(8);
  });

  it('delivers value for signals that exist, to their customers', async () => {
    expect(await scalar('SELECT count() FROM fact_delivered_value AS v LEFT ANTI JOIN fact_signal AS s ON s.signal_id = v.signal_id AND s.customer_id = v.customer_id')).toBe(0);
    expect(await scalar('SELECT uniqExact(value_type) FROM fact_delivered_value')).toBe(3);
  });
});

describe('seeded revenue', () => {
  it('reconciles invoices: totals, tax, amount_paid = posted payments, amount_due = total - paid', async () => {
    expect(await scalar('SELECT count() FROM fact_invoice WHERE total_incl_tax != total_excl_tax + tax_amount OR amount_due != total_incl_tax - amount_paid')).toBe(0);
    expect(
      await scalar(
        "SELECT count() FROM fact_invoice AS i LEFT JOIN (SELECT invoice_id, sumIf(amount, payment_status = 'posted') AS posted FROM fact_payment GROUP BY invoice_id) AS p ON p.invoice_id = i.id  WHERE i.amount_paid != p.posted",
      ),
    ).toBe(0);
    expect(
      await scalar('SELECT count() FROM fact_invoice AS i LEFT JOIN (SELECT invoice_id, sum(total_amount) AS lines FROM fact_invoice_line GROUP BY invoice_id) AS l ON l.invoice_id = i.id WHERE i.total_excl_tax != l.lines'),
    ).toBe(0);
    expect(
      await scalar("SELECT count() FROM fact_invoice WHERE (payment_status = 'paid') != (amount_due = 0) OR (payment_status = 'unpaid') != (amount_paid = 0)"),
    ).toBe(0);
  });

  it('spreads unpaid posted invoices over current and every overdue bucket', async () => {
    const body = await queryRows(
      emulator,
      `SELECT multiIf(due_date >= ${anchor}, 'current', dateDiff('day', due_date, ${anchor}) <= 30, '1-30', dateDiff('day', due_date, ${anchor}) <= 60, '31-60', dateDiff('day', due_date, ${anchor}) <= 90, '61-90', '90+') AS bucket, count()
       FROM fact_invoice WHERE status = 'posted' AND amount_due > 0 GROUP BY bucket ORDER BY bucket`,
    );
    expect(body.rows.map((r) => r[0])).toEqual(['1-30', '31-60', '61-90', '90+', 'current']);
  });

  it('links invoice lines to order lines to products, and orders to plans and customers', async () => {
    expect(await scalar('SELECT count() FROM fact_invoice_line WHERE order_line_id NOT IN (SELECT id FROM fact_order_line)')).toBe(0);
    expect(await scalar('SELECT count() FROM fact_order_line WHERE product_id NOT IN (SELECT id FROM dim_product)')).toBe(0);
    expect(await scalar('SELECT count() FROM fact_order WHERE plan_id NOT IN (SELECT id FROM dim_plan) OR customer_id NOT IN (SELECT id FROM dim_customer)')).toBe(0);
    expect(await scalar("SELECT uniqExact(status) FROM fact_order WHERE status IN ('active', 'ended', 'cancelled')")).toBe(3);
    expect(await scalar('SELECT count() FROM fact_order WHERE total_billed_amount > total_amount')).toBe(0);
  });

  it('bills usage from the real signal counts with included quantity and overage', async () => {
    expect(await scalar('SELECT count() FROM fact_usage_summary WHERE subtotal != toInt64(greatest(toInt64(signal_count) - toInt64(included_quantity), 0)) * unit_price_amount')).toBe(0);
    expect(await scalar('SELECT countIf(subtotal > 0) FROM fact_usage_summary')).toBeGreaterThan(0);
    expect(await scalar('SELECT countIf(subtotal = 0) FROM fact_usage_summary')).toBeGreaterThan(0);
    const recount = `
      SELECT u.id AS id, any(u.signal_count) AS billed, sum(s.n) AS counted
      FROM fact_usage_summary AS u
      INNER JOIN (SELECT customer_id, signal_name, toDate(created_at) AS day, count() AS n FROM fact_signal GROUP BY ALL) AS s
        ON s.customer_id = u.customer_id AND s.signal_name = u.signal_name
      WHERE s.day BETWEEN u.period_start AND u.period_end
      GROUP BY u.id`;
    expect(await scalar(`SELECT count() FROM (${recount}) WHERE billed != counted`)).toBe(0);
    expect(await scalar(`SELECT count() FROM (${recount})`)).toBe(await scalar('SELECT count() FROM fact_usage_summary'));
    expect(await scalar('SELECT count() FROM fact_usage_summary WHERE order_line_id NOT IN (SELECT id FROM fact_order_line WHERE pricing_model = \'per_signal\')')).toBe(0);
  });

  it('records credit grants, spends tied to signal names, and pending grants per credits currency', async () => {
    const body = await queryRows(emulator, 'SELECT type, uniqExact(credits_currency_id) FROM fact_credit_transaction GROUP BY type ORDER BY type');
    expect(body.rows.map((r) => r[0])).toEqual(['GRANT', 'PENDING_GRANT', 'SPEND']);
    expect(await scalar("SELECT count() FROM fact_credit_transaction WHERE (type = 'SPEND') != (signal_name IS NOT NULL)")).toBe(0);
    expect(await scalar("SELECT count() FROM fact_credit_transaction WHERE type = 'SPEND' AND signal_name NOT IN (SELECT DISTINCT signal_name FROM fact_signal)")).toBe(0);
    expect(await scalar("SELECT count() FROM fact_credit_transaction WHERE amount <= 0 OR (type = 'SPEND' AND expires_at IS NOT NULL)")).toBe(0);
    expect(await scalar('SELECT count() FROM fact_credit_transaction WHERE credits_currency_id NOT IN (SELECT id FROM dim_credits_currency)')).toBe(0);
  });

  it('counts credits as Decimal(38, 6), with fractional spends', async () => {
    const body = await queryRows(emulator, 'SELECT amount FROM fact_credit_transaction LIMIT 1');
    expect(body.columns).toEqual([{ name: 'amount', type: 'Decimal(38, 6)' }]);
    expect(await scalar("SELECT count() FROM fact_credit_transaction WHERE type = 'SPEND' AND amount != floor(amount)")).toBeGreaterThan(10);
  });
});

describe('the second organization', () => {
  it('has its own, smaller, complete data set', async () => {
    const key = emulator.orgs[1]?.apiKey;
    const own = await scalar('SELECT count() FROM fact_signal', key);
    expect(own).toBeGreaterThan(1_000);
    expect(own).toBeLessThan(await scalar('SELECT count() FROM fact_signal'));
    expect(await scalar('SELECT count() FROM fact_invoice', key)).toBeGreaterThan(0);
    expect(await scalar('SELECT count() FROM fact_signal WHERE customer_id IN (SELECT id FROM dim_customer)', key)).toBe(own);
  });
});

describe('the demo’s "view as" customers', () => {
  /** The customers the demo offers, as it picks them, quoted for an IN list. */
  async function viewAsCustomers(): Promise<string> {
    const body = await queryRows(emulator, DEMO_CUSTOMERS_SQL);
    expect(body.rows).toHaveLength(6);
    return body.rows.map((row) => `'${String(row[0])}'`).join(', ');
  }

  it('include one with credits in the credits currency the demo shows first', async () => {
    const customers = await viewAsCustomers();
    const [first] = (await queryRows(emulator, DEMO_CREDITS_CURRENCIES_SQL)).rows;
    const withCredits = await scalar(
      `SELECT uniqExact(customer_id) FROM fact_credit_transaction WHERE customer_id IN (${customers}) AND credits_currency_id = '${String(first?.[0])}' AND type = 'SPEND'`,
    );
    expect(withCredits).toBeGreaterThanOrEqual(1);
  });

  it('include one whose usage goes over its included allowance in most billing periods', async () => {
    const customers = await viewAsCustomers();
    const mostlyOver = await scalar(
      `SELECT count() FROM (SELECT customer_id FROM fact_usage_summary WHERE customer_id IN (${customers}) GROUP BY customer_id HAVING countIf(signal_count > included_quantity) > count() / 2)`,
    );
    expect(mostlyOver).toBeGreaterThanOrEqual(1);
  });

  it('include one whose AI cost exceeds its posted revenue over the last 30, 90 and 180 days', async () => {
    const customers = await viewAsCustomers();
    for (const days of [30, 90, 180]) {
      const negative = await scalar(`
        SELECT count() FROM (
          SELECT c.customer_id, c.cost, r.revenue AS revenue
          FROM (SELECT customer_id, sum(cost_amount) AS cost FROM fact_cost WHERE created_at >= ${anchor} - ${days} AND customer_id IN (${customers}) GROUP BY customer_id) AS c
          LEFT JOIN (SELECT customer_id, sum(total_excl_tax) AS revenue FROM fact_invoice WHERE status = 'posted' AND issue_date >= ${anchor} - ${days} GROUP BY customer_id) AS r
            ON r.customer_id = c.customer_id
          WHERE c.cost > revenue
        )`);
      expect({ days, negative: negative >= 1 }).toEqual({ days, negative: true });
    }
  });

  it('all have delivered value, posted payments and AI costs in the last 90 days', async () => {
    const customers = await viewAsCustomers();
    for (const [view, condition] of [
      ['fact_delivered_value', '1'],
      ['fact_payment', "payment_status = 'posted'"],
      ['fact_cost', '1'],
    ] as const) {
      const covered = await scalar(`SELECT uniqExact(customer_id) FROM ${view} WHERE customer_id IN (${customers}) AND ${condition} AND created_at >= ${anchor} - 90`);
      expect({ view, covered }).toEqual({ view, covered: 6 });
    }
  });
});

describe('the data’s "now"', () => {
  it('no row of any view is created, paid or spent later than the anchor', async () => {
    const end = `toDateTime64('${TEST_ANCHOR_DATE} 23:59:59.999', 3, 'UTC')`;
    expect(emulator.anchorTime).toBe(`${TEST_ANCHOR_DATE}T23:59:59.999Z`);
    for (const org of emulator.orgs) {
      for (const view of ANALYTICS_VIEWS) {
        expect({ view: view.name, later: await scalar(`SELECT count() FROM ${view.name} WHERE created_at > ${end}`, org.apiKey) }).toEqual({ view: view.name, later: 0 });
      }
      expect(await scalar(`SELECT count() FROM fact_payment WHERE paid_at > ${end}`, org.apiKey)).toBe(0);
    }
  });
});
