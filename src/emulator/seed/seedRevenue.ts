/**
 * Revenue and credits, derived from customers and signals so the tables reconcile:
 * orders (an upgrade ends one order and starts the next on the plan above; churn cancels), one
 * flat line, one per-signal line per agent and a credits line per order; monthly billing periods
 * from each order's start; usage summaries counting the real signals of each period against an
 * included quantity; invoices with base fee + overage + credit bundles and tax by country; payments
 * whose posted amounts sum to each invoice's amount_paid; credit grants per period, spends from
 * real signals, and pending renewal grants.
 */
import { quoteLiteral } from '../schema';
import { PLANS, STORY_CUSTOMERS } from './catalogue';
import { stringArray, uniform } from './random';
import { anchorSql, customerIdSql, notAfterNow, signalCatalogue, table } from './seedOrganization';
import type { SeedContext } from './seedOrganization';

/** SQL for a short id with `prefix` hashed from `keys`. */
function idSql(context: SeedContext, prefix: string, tag: string, ...keys: string[]): string {
  return `concat(${quoteLiteral(prefix)}, lower(hex(sipHash64(${context.salt}, ${quoteLiteral(tag)}, ${keys.join(', ')}))))`;
}

export async function seedRevenue(context: SeedContext): Promise<void> {
  const { runner, scratch, database, org, salt } = context;
  const anchor = anchorSql(context);
  const s = (name: string) => table(scratch, name);
  const d = (name: string) => table(database, name);
  const agents = org.agents.map((a) => a.id);
  const catalogue = signalCatalogue(org);
  const currencyIds = org.creditsCurrencies.map((c) => c.id);
  const bundleOf = (field: 'id' | 'credits' | 'priceCents') =>
    field === 'id'
      ? `${stringArray(org.creditsCurrencies.map((c) => c.bundle.id))}[indexOf(${stringArray(currencyIds)}, credits_currency_id)]`
      : `[${org.creditsCurrencies.map((c) => c.bundle[field]).join(', ')}][indexOf(${stringArray(currencyIds)}, credits_currency_id)]`;

  // Signals per customer, agent, signal and day: the base of usage and credit spends.
  await runner.exec(`
    CREATE TABLE ${s('daily_usage')} ENGINE = MergeTree ORDER BY (customer_id, day) AS
    SELECT customer_id, product_id, signal_name, toDate(created_at) AS day, count() AS signals
    FROM ${d('fact_signal')}
    GROUP BY customer_id, product_id, signal_name, day`);

  // Orders: an upgraded customer has an ended order on the plan below, then the current one.
  await runner.exec(`
    CREATE TABLE ${s('orders')} ENGINE = MergeTree ORDER BY id AS
    SELECT
      ${idSql(context, 'ord_', 'order', 'c', 'k')} AS id,
      cu.c AS c, cu.id AS customer_id, k,
      toUInt8(if(k = 0 AND upgrade_day IS NOT NULL, tier - 1, tier)) AS plan_tier,
      ${stringArray(PLANS.map((p) => p.id))}[plan_tier] AS plan_id,
      ${stringArray(PLANS.map((p) => p.name))}[plan_tier] AS plan_name,
      toInt64([${PLANS.map((p) => p.basePriceCents).join(', ')}][plan_tier]) AS base_price,
      [${PLANS.map((p) => (p.billingFrequency === 'annual' ? 1 : 0)).join(', ')}][plan_tier] = 1 AS annual,
      if(k = 0, created_day, assumeNotNull(upgrade_day)) AS start_date,
      multiIf(k = 0 AND upgrade_day IS NOT NULL, assumeNotNull(upgrade_day) - 1, churn_day IS NOT NULL, churn_day, NULL)::Nullable(Date) AS end_date,
      multiIf(k = 0 AND upgrade_day IS NOT NULL, 'ended', churn_day IS NOT NULL, 'cancelled', 'active') AS status,
      per_signal_price, uses_credits, credits_currency_id, tax_rate,
      ${agents.length > 0 ? `${stringArray(agents)}[1 + c % ${agents.length}]` : "''"} AS main_agent
    FROM ${s('customer')} AS cu
    ARRAY JOIN if(upgrade_day IS NULL, [0], [0, 1]) AS k
    WHERE status != 'trial'`);

  // Monthly billing periods from each order's start; only complete ones before the anchor are billed.
  await runner.exec(`
    CREATE TABLE ${s('periods')} ENGINE = MergeTree ORDER BY (order_id, p) AS
    SELECT
      id AS order_id, customer_id, p,
      addMonths(start_date, p) AS period_start,
      least(addMonths(start_date, p + 1) - 1, coalesce(end_date, toDate('2149-01-01'))) AS period_end
    FROM ${s('orders')}
    ARRAY JOIN range(toUInt32(greatest(age('month', start_date, least(coalesce(end_date, ${anchor}), ${anchor})), 0) + 1)) AS p
    WHERE period_end < ${anchor} AND period_start <= period_end`);

  // Usage summaries: the real signal counts of each period against an included quantity sized to the customer.
  await runner.exec(`
    INSERT INTO ${d('fact_usage_summary')}
    SELECT
      ${idSql(context, 'us_', 'usage', 'order_line_id', 'period_start', 'signal_name')} AS id,
      order_line_id, customer_id, product_id, signal_name, period_start, period_end, signal_count,
      included_quantity, unit_price_amount,
      toInt64(greatest(toInt64(signal_count) - toInt64(included_quantity), 0) * unit_price_amount) AS subtotal,
      ${notAfterNow(context, "toDateTime64(period_end + 1, 3, 'UTC') + toIntervalHour(2)")} AS created_at
    FROM (
      SELECT *,
        toUInt64(greatest(10, round(avg(signal_count) OVER (PARTITION BY customer_id, signal_name)
          * if(customer_id = ${customerIdSql(context, String(STORY_CUSTOMERS.overage))}, 0.6, 0.5 + 0.7 * ${uniform(salt, 'included', 'customer_id', 'signal_name')}) / 10) * 10)) AS included_quantity
      FROM (
        SELECT
          ${idSql(context, 'ol_', 'order_line', 'pe.order_id', "'signal'", 'du.product_id')} AS order_line_id,
          pe.customer_id AS customer_id, du.product_id AS product_id, du.signal_name AS signal_name,
          pe.period_start AS period_start, pe.period_end AS period_end,
          toUInt64(sum(du.signals)) AS signal_count,
          any(o.per_signal_price) AS unit_price_amount
        FROM ${s('periods')} AS pe
        INNER JOIN ${s('daily_usage')} AS du ON du.customer_id = pe.customer_id
        INNER JOIN ${s('orders')} AS o ON o.id = pe.order_id
        WHERE du.day >= pe.period_start AND du.day <= pe.period_end
        GROUP BY pe.order_id, pe.customer_id, du.product_id, du.signal_name, pe.period_start, pe.period_end
      )
    )`);

  // Credit spends: every signal of a credits customer spends its signal's price in credits, per day.
  await runner.exec(`
    CREATE TABLE ${s('spends')} ENGINE = MergeTree ORDER BY (customer_id, day) AS
    SELECT du.customer_id AS customer_id, du.product_id AS product_id, du.signal_name AS signal_name, du.day AS day,
      cu.credits_currency_id AS credits_currency_id,
      CAST(du.signals * arrayMap(x -> toDecimal128(x, 6), ${stringArray(catalogue.map((x) => x.credits))})[indexOf(${stringArray(catalogue.map((x) => x.name))}, du.signal_name)] AS Decimal(38, 6)) AS amount
    FROM ${s('daily_usage')} AS du
    INNER JOIN ${s('customer')} AS cu ON cu.id = du.customer_id
    WHERE cu.uses_credits`);

  // Bundles bought per period: enough for the customer's average month with some headroom.
  await runner.exec(`
    CREATE TABLE ${s('bundles')} ENGINE = MergeTree ORDER BY customer_id AS
    SELECT customer_id, any(credits_currency_id) AS bundle_currency_id,
      toUInt64(greatest(1, ceil(toFloat64(sum(amount)) / greatest(dateDiff('day', min(day), ${anchor}) + 1, 30) * 30 * 1.15 / any(${bundleOf('credits')})))) AS bundles
    FROM ${s('spends')}
    GROUP BY customer_id`);

  // Invoices: one per billed period, in arrears, due 30 days after issue; payment plan by age.
  const u = (tag: string) => uniform(salt, tag, 'invoice_id');
  await runner.exec(`
    CREATE TABLE ${s('invoices')} ENGINE = MergeTree ORDER BY invoice_id AS
    SELECT *,
      toInt64(round(total_excl_tax * tax_rate)) AS tax_amount,
      total_excl_tax + tax_amount AS total_incl_tax,
      multiIf(${u('void')} < 0.02, 'void', issue_date >= ${anchor} - 2, 'draft', 'posted') AS status,
      dateDiff('day', due_date, ${anchor}) AS days_overdue,
      multiIf(days_overdue <= 0, 0.62, days_overdue <= 30, 0.3, days_overdue <= 60, 0.14, days_overdue <= 90, 0.09, 0.05)
        * if(order_status = 'cancelled', 2.2, 1) AS unpaid_share,
      multiIf(days_overdue <= 0, 0.08, days_overdue <= 30, 0.1, days_overdue <= 60, 0.08, days_overdue <= 90, 0.06, 0.04) AS partial_share,
      multiIf(status != 'posted', 'none', ${u('pay')} < unpaid_share, 'none', ${u('pay')} < unpaid_share + partial_share, 'partial', 'full') AS pay_kind,
      toInt64(floor(total_incl_tax * (0.25 + 0.5 * ${u('partial')}))) AS partial_amount,
      multiIf(pay_kind = 'full', total_incl_tax, pay_kind = 'partial', partial_amount, 0) AS amount_paid,
      if(pay_kind = 'full' AND ${u('installments')} < 0.2, 2, 1) AS installments,
      least(issue_date + toInt64(floor(${u('pay_day')} * if(days_overdue > 0, 45, greatest(dateDiff('day', issue_date, ${anchor}), 0) + 1))), ${anchor}) AS paid_day
    FROM (
      SELECT
        ${idSql(context, 'inv_', 'invoice', 'pe.order_id', 'pe.p')} AS invoice_id,
        pe.order_id AS order_id, pe.customer_id AS customer_id, pe.p AS p,
        pe.period_start AS period_start, pe.period_end AS period_end,
        o.status AS order_status, o.plan_name AS plan_name, o.tax_rate AS tax_rate,
        o.credits_currency_id AS credits_currency_id,
        ${idSql(context, 'ol_', 'order_line', 'pe.order_id', "'flat'")} AS flat_line_id,
        ${idSql(context, 'ol_', 'order_line', 'pe.order_id', "'credits'")} AS credits_line_id,
        toInt64(if(o.annual, if(pe.p % 12 = 0, o.base_price, 0), o.base_price)) AS base_amount,
        toInt64(coalesce(usage.subtotal, 0)) AS usage_amount,
        toUInt64(if(o.uses_credits, coalesce(b.bundles, 1), 0)) AS credit_bundles,
        toInt64(credit_bundles * if(o.uses_credits, ${bundleOf('priceCents').replace('credits_currency_id', 'o.credits_currency_id')}, 0)) AS credits_amount,
        base_amount + usage_amount + credits_amount AS total_excl_tax,
        pe.period_end + 1 AS issue_date,
        issue_date + 30 AS due_date
      FROM ${s('periods')} AS pe
      INNER JOIN ${s('orders')} AS o ON o.id = pe.order_id
      LEFT JOIN (
        SELECT customer_id, period_start, toInt64(sum(subtotal)) AS subtotal FROM ${d('fact_usage_summary')} GROUP BY customer_id, period_start
      ) AS usage ON usage.customer_id = pe.customer_id AND usage.period_start = pe.period_start
      LEFT JOIN ${s('bundles')} AS b ON b.customer_id = pe.customer_id
    )
    WHERE total_excl_tax > 0
    SETTINGS join_use_nulls = 1`);

  await runner.exec(`
    INSERT INTO ${d('fact_invoice')}
    SELECT invoice_id,
      concat('INV-', toString(toYear(issue_date)), '-', leftPad(toString(row_number() OVER (ORDER BY issue_date, invoice_id)), 5, '0')),
      customer_id, order_id, status,
      multiIf(pay_kind = 'full', 'paid', pay_kind = 'partial', 'partially_paid', 'unpaid'),
      ${quoteLiteral(org.currency)}, issue_date, due_date, total_excl_tax, tax_amount, total_incl_tax,
      amount_paid, total_incl_tax - amount_paid,
      ${notAfterNow(context, "toDateTime64(issue_date, 3, 'UTC') + toIntervalHour(6)")}
    FROM ${s('invoices')}`);

  // Invoice lines: the base fee, the overage per agent (from usage summaries), the credit bundles.
  await runner.exec(`
    INSERT INTO ${d('fact_invoice_line')}
    SELECT ${idSql(context, 'il_', 'invoice_line', 'invoice_id', 'order_line_id')}, invoice_id, order_line_id, description, quantity, total_amount,
      ${notAfterNow(context, "toDateTime64(issue_date, 3, 'UTC') + toIntervalHour(6)")}
    FROM (
      SELECT invoice_id, flat_line_id AS order_line_id,
        concat(plan_name, ' plan, ', toString(period_start), ' to ', toString(period_end)) AS description,
        toUInt64(1) AS quantity, base_amount AS total_amount, issue_date
      FROM ${s('invoices')} WHERE base_amount > 0
      UNION ALL
      SELECT i.invoice_id, u.order_line_id,
        concat('Usage over allowance: ', toString(u.overage), ' signals'), u.overage, u.subtotal, i.issue_date
      FROM ${s('invoices')} AS i
      INNER JOIN (
        SELECT customer_id, period_start, order_line_id,
          toUInt64(sum(greatest(toInt64(signal_count) - toInt64(included_quantity), 0))) AS overage, toInt64(sum(subtotal)) AS subtotal
        FROM ${d('fact_usage_summary')} GROUP BY customer_id, period_start, order_line_id HAVING subtotal > 0
      ) AS u ON u.customer_id = i.customer_id AND u.period_start = i.period_start
      UNION ALL
      SELECT invoice_id, credits_line_id, concat(toString(credit_bundles), ' × credit bundle'), credit_bundles, credits_amount, issue_date
      FROM ${s('invoices')} WHERE credits_amount > 0
    )`);

  // Payments: posted ones sum to amount_paid; failed and pending attempts do not count.
  await runner.exec(`
    INSERT INTO ${d('fact_payment')}
    SELECT ${idSql(context, 'pay_', 'payment', 'invoice_id', 'n')}, invoice_id, customer_id, amount, ${quoteLiteral(org.currency)}, payment_status,
      ['card', 'ach', 'wire'][${`multiIf(${uniform(salt, 'method', 'customer_id')} < 0.55, 1, ${uniform(salt, 'method', 'customer_id')} < 0.85, 2, 3)`}],
      paid_at, paid_at
    FROM (
      SELECT invoice_id, customer_id, attempt.1 AS n, attempt.2 AS amount, attempt.3 AS payment_status,
        ${notAfterNow(context, `toDateTime64(least(paid_day + attempt.4, ${anchor}), 3, 'UTC') + toIntervalSecond(32400 + toInt64(floor(${uniform(salt, 'paid_time', 'invoice_id', 'n')} * 28800)))`)} AS paid_at
      FROM ${s('invoices')}
      ARRAY JOIN multiIf(
        pay_kind = 'full' AND installments = 2,
          [(1, intDiv(total_incl_tax, 2), 'posted', 0), (2, total_incl_tax - intDiv(total_incl_tax, 2), 'posted', 14)],
        pay_kind = 'full', [(1, total_incl_tax, 'posted', 0)],
        pay_kind = 'partial', [(1, partial_amount, 'posted', 0)],
        status = 'posted' AND days_overdue > 10 AND ${u('failed')} < 0.35, [(1, total_incl_tax, 'failed', 0)],
        status = 'posted' AND days_overdue > -20 AND ${u('pending')} < 0.25, [(1, total_incl_tax, 'pending', 0)],
        []::Array(Tuple(UInt8, Int64, String, Int64))
      ) AS attempt
    )`);

  // Orders: billed so far from posted invoices; active contracts run in 12-month terms.
  await runner.exec(`
    INSERT INTO ${d('fact_order')}
    SELECT o.id, o.customer_id, o.plan_id, o.status, ${quoteLiteral(org.currency)}, o.start_date, o.end_date,
      toInt64(if(o.status = 'active',
        billed + (12 * ceil((periods + 1) / 12) - periods) * if(periods = 0, if(o.annual, intDiv(o.base_price, 12), o.base_price), billed / periods),
        billed)) AS total_amount,
      billed AS total_billed_amount,
      ${notAfterNow(context, "toDateTime64(o.start_date - 2, 3, 'UTC') + toIntervalHour(10)")}
    FROM ${s('orders')} AS o
    LEFT JOIN (
      SELECT order_id, toInt64(sumIf(total_excl_tax, status = 'posted')) AS billed, toInt64(count()) AS periods
      FROM ${s('invoices')} GROUP BY order_id
    ) AS i ON i.order_id = o.id`);

  // Order lines: flat fee, one per-signal line per agent, credits when the customer buys bundles.
  await runner.exec(`
    INSERT INTO ${d('fact_order_line')}
    SELECT id, order_id, customer_id, product_id, pricing_model, unit_price_amount, total_amount, start_date, end_date,
      ${notAfterNow(context, "toDateTime64(start_date - 2, 3, 'UTC') + toIntervalHour(10)")}
    FROM (
      SELECT ${idSql(context, 'ol_', 'order_line', 'o.id', "'flat'")} AS id, o.id AS order_id, o.customer_id AS customer_id,
        o.main_agent AS product_id, 'flat' AS pricing_model, o.base_price AS unit_price_amount,
        toInt64(if(o.annual, o.base_price, o.base_price * 12)) AS total_amount, o.start_date AS start_date, o.end_date AS end_date
      FROM ${s('orders')} AS o
      UNION ALL
      SELECT ${idSql(context, 'ol_', 'order_line', 'o.id', "'signal'", 'agent')}, o.id, o.customer_id, agent, 'per_signal', o.per_signal_price,
        toInt64(coalesce(u.subtotal, 0)), o.start_date, o.end_date
      FROM ${s('orders')} AS o
      ARRAY JOIN ${stringArray(agents)} AS agent
      LEFT JOIN (SELECT order_line_id, toInt64(sum(subtotal)) AS subtotal FROM ${d('fact_usage_summary')} GROUP BY order_line_id) AS u
        ON u.order_line_id = ${idSql(context, 'ol_', 'order_line', 'o.id', "'signal'", 'agent')}
      UNION ALL
      SELECT ${idSql(context, 'ol_', 'order_line', 'o.id', "'credits'")}, o.id, o.customer_id,
        ${bundleOf('id').replace('credits_currency_id', 'o.credits_currency_id')}, 'credits',
        toInt64(${bundleOf('priceCents').replace('credits_currency_id', 'o.credits_currency_id')}),
        toInt64(coalesce(i.credits, 0)), o.start_date, o.end_date
      FROM ${s('orders')} AS o
      LEFT JOIN (SELECT order_id, toInt64(sum(credits_amount)) AS credits FROM ${s('invoices')} GROUP BY order_id) AS i ON i.order_id = o.id
      WHERE o.uses_credits
    )
    SETTINGS join_use_nulls = 1`);

  // Credits: a grant per paid-for period, spends per day from real signals, pending renewals.
  await runner.exec(`
    INSERT INTO ${d('fact_credit_transaction')}
    SELECT id, customer_id, product_id, credits_currency_id, type, signal_name, amount, expires_at, created_at FROM (
      SELECT ${idSql(context, 'ct_', 'grant', 'i.invoice_id')} AS id, i.customer_id AS customer_id,
        ${bundleOf('id').replace('credits_currency_id', 'i.credits_currency_id')}::Nullable(String) AS product_id,
        i.credits_currency_id AS credits_currency_id, 'GRANT' AS type, NULL::Nullable(String) AS signal_name,
        CAST(i.credit_bundles * ${bundleOf('credits').replace('credits_currency_id', 'i.credits_currency_id')} AS Decimal(38, 6)) AS amount,
        if(${uniform(salt, 'expiring', 'i.customer_id')} < 0.5, toDateTime64(i.period_start + 365, 3, 'UTC'), NULL)::Nullable(DateTime64(3, 'UTC')) AS expires_at,
        ${notAfterNow(context, "toDateTime64(i.period_start, 3, 'UTC') + toIntervalHour(1)")} AS created_at
      FROM ${s('invoices')} AS i WHERE i.credits_amount > 0 AND i.status != 'void'
      UNION ALL
      SELECT ${idSql(context, 'ct_', 'spend', 'customer_id', 'product_id', 'signal_name', 'day')}, customer_id, product_id::Nullable(String),
        credits_currency_id, 'SPEND', signal_name::Nullable(String), amount, NULL,
        ${notAfterNow(context, "toDateTime64(day, 3, 'UTC') + toIntervalHour(23)")}
      FROM ${s('spends')}
      UNION ALL
      SELECT ${idSql(context, 'ct_', 'pending', 'o.id')}, o.customer_id,
        ${bundleOf('id').replace('credits_currency_id', 'o.credits_currency_id')}::Nullable(String),
        o.credits_currency_id, 'PENDING_GRANT', NULL, CAST(b.bundles * ${bundleOf('credits').replace('credits_currency_id', 'o.credits_currency_id')} AS Decimal(38, 6)), NULL,
        ${notAfterNow(context, `toDateTime64(${anchor} - 1, 3, 'UTC') + toIntervalHour(12)`)}
      FROM ${s('orders')} AS o INNER JOIN ${s('bundles')} AS b ON b.customer_id = o.customer_id
      WHERE o.status = 'active' AND o.uses_credits
    )`);
}
