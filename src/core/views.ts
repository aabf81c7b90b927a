/**
 * The 15 views of the Analytics API: every column documented in public material
 * (`contract-notes.md`) plus plausible ones the emulator adds, each with a comment.
 * This is the one description of the schema: the emulator creates its tables from it,
 * `GET /schema` serves it, and named queries declare the columns they need against it.
 */
import type { SchemaView } from './contract';

type ColumnSpec = readonly [name: string, type: string, comment: string];

/** One view's description. Pure (so bundlers drop the descriptions where only `VIEW_NAMES` is used). */
/* @__NO_SIDE_EFFECTS__ */
function view(name: string, comment: string, columns: readonly ColumnSpec[]): SchemaView {
  return { name, comment, columns: columns.map(([n, type, c]) => ({ name: n, type, comment: c })) };
}

const CREATED_AT: ColumnSpec = ['created_at', "DateTime64(3, 'UTC')", 'When the row was created (UTC).'];

export const ANALYTICS_VIEWS: readonly SchemaView[] = [
  view('dim_organization', 'Your organization. Typically one row.', [
    ['id', 'String', 'Organization id.'],
    ['name', 'String', 'Organization name.'],
    ['created_at', "DateTime('UTC')", 'When the organization was created (UTC).'],
  ]),
  view(
    'dim_customer',
    'One row per customer. Join id to any fact’s customer_id. Supports hierarchy rollups (parent_customer_id), segmentation (annual_revenue, status, churn_date), and geography (country/state/city).',
    [
      ['id', 'String', 'Customer id; joins to every fact’s customer_id.'],
      ['name', 'String', 'Display name.'],
      ['legal_name', 'Nullable(String)', 'Registered legal name.'],
      ['email', 'Nullable(String)', 'Billing contact email.'],
      ['external_id', 'Nullable(String)', 'The id of this customer in your own system.'],
      ['display_id', 'String', 'Short human-readable id (e.g. CUS-0042).'],
      ['parent_customer_id', 'Nullable(String)', 'Parent customer for hierarchy rollups; NULL for a top-level customer.'],
      ['annual_revenue', 'Nullable(Int64)', 'Customer’s annual revenue in cents, for segmentation.'],
      ['status', 'LowCardinality(String)', "Lifecycle status: 'active', 'trial' or 'churned'."],
      ['churn_date', 'Nullable(Date)', 'Date the customer churned; NULL while active.'],
      ['country', 'LowCardinality(String)', 'ISO 3166-1 alpha-2 country code.'],
      ['state', 'Nullable(String)', 'State or region.'],
      ['city', 'Nullable(String)', 'City.'],
      ['created_at', "DateTime('UTC')", 'When the customer was created (UTC).'],
    ],
  ),
  view(
    'dim_product',
    'One row per product (also called an agent). Products are AI agents/services or prepaid credit bundles. Join id to any fact’s product_id.',
    [
      ['id', 'String', 'Product id; joins to every fact’s product_id.'],
      ['name', 'String', 'Product name.'],
      ['type', 'LowCardinality(String)', "'agent' for an AI agent or service, 'credit_bundle' for prepaid credits."],
      ['description', 'Nullable(String)', 'Product description.'],
      ['credits_currency_id', 'Nullable(String)', 'Credits currency a credit bundle grants; NULL for agents.'],
      ['created_at', "DateTime('UTC')", 'When the product was created (UTC).'],
    ],
  ),
  view(
    'dim_plan',
    'A plan is a pricing configuration within a plan group. Plans form an upgrade/downgrade chain via has_next_plan/has_prev_plan. Join from fact_order.plan_id.',
    [
      ['id', 'String', 'Plan id; joins from fact_order.plan_id.'],
      ['name', 'String', 'Plan name.'],
      ['plan_group_id', 'String', 'The plan group this plan belongs to.'],
      ['tier', 'UInt8', 'Position in the upgrade chain, 1 = entry plan.'],
      ['billing_frequency', 'LowCardinality(String)', "'monthly' or 'annual'."],
      ['base_price_amount', 'Int64', 'Recurring base fee per billing period, in cents.'],
      ['has_next_plan', 'Bool', 'True when an upgrade exists above this plan.'],
      ['has_prev_plan', 'Bool', 'True when a downgrade exists below this plan.'],
      ['next_plan_id', 'Nullable(String)', 'The plan above this one in the chain.'],
      ['prev_plan_id', 'Nullable(String)', 'The plan below this one in the chain.'],
      ['created_at', "DateTime('UTC')", 'When the plan was created (UTC).'],
    ],
  ),
  view(
    'dim_credits_currency',
    'Defines the types of credits your organization uses. Join from fact_credit_transaction.credits_currency_id or dim_product.credits_currency_id.',
    [
      ['id', 'String', 'Credits currency id.'],
      ['name', 'String', 'Name shown to customers (e.g. "AI credits").'],
      ['unit_label', 'String', 'Label of one credit (e.g. "credit").'],
      ['created_at', "DateTime('UTC')", 'When the credits currency was created (UTC).'],
    ],
  ),
  view(
    'fact_signal',
    'One row per signal (event) — the core usage metric. COUNT over time, group by signal_name, customer_id, or product_id. Join trace_id to fact_cost for cost-per-signal, or signal_id to fact_delivered_value for value delivered.',
    [
      ['signal_id', 'String', 'Signal id; joins to fact_delivered_value.signal_id.'],
      ['signal_name', 'LowCardinality(String)', 'Event name (e.g. email-triage).'],
      ['customer_id', 'String', 'Customer the signal is attributed to.'],
      ['product_id', 'String', 'Product (agent) that emitted the signal.'],
      ['trace_id', 'String', 'Trace id shared with the AI calls (fact_cost) made for this signal.'],
      ['data', 'JSON', 'Free-form JSON payload; query a field as data.<path>::String. See GET /signals/metadata.'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_cost',
    'One row per AI/LLM call. SUM(cost_amount) for total spend; group by vendor, model, customer_id, or product_id. Includes token usage and latency.',
    [
      ['cost_id', 'String', 'AI call id.'],
      ['trace_id', 'String', 'Trace id shared with the signal this call served.'],
      ['customer_id', 'String', 'Customer the call is attributed to.'],
      ['product_id', 'String', 'Product (agent) that made the call.'],
      ['vendor', 'LowCardinality(String)', 'AI vendor (e.g. openai, anthropic).'],
      ['model', 'LowCardinality(String)', 'Model name.'],
      ['input_tokens', 'UInt64', 'Prompt tokens.'],
      ['output_tokens', 'UInt64', 'Completion tokens.'],
      ['cached_tokens', 'UInt64', 'Prompt tokens served from the vendor’s cache.'],
      ['latency_ms', 'UInt32', 'Wall-clock latency of the call in milliseconds.'],
      ['cost_amount', 'Decimal(38, 10)', 'Cost of the call in cents — fractional cents (a Decimal), since one call usually costs less than a cent. Sent as a JSON number (a plain JSON.parse rounds it past ~16 digits); select toString(cost_amount) for every digit.'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_delivered_value',
    'The business value delivered per signal, by value type. Join signal_id to fact_signal, or customer_id/product_id to dimensions.',
    [
      ['id', 'String', 'Delivered value id.'],
      ['signal_id', 'String', 'The signal that delivered the value.'],
      ['customer_id', 'String', 'Customer the value went to.'],
      ['product_id', 'String', 'Product (agent) that delivered it.'],
      ['value_type', 'LowCardinality(String)', "Kind of value (e.g. 'time_saved', 'revenue_influenced', 'cost_avoided')."],
      ['value_amount', 'Int64', 'Value in cents.'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_order',
    'Contracts and subscriptions — one row per order. Join customer_id to dim_customer, plan_id to dim_plan. Compare total_billed_amount to total_amount for billing progress.',
    [
      ['id', 'String', 'Order id.'],
      ['customer_id', 'String', 'Customer who signed the order.'],
      ['plan_id', 'String', 'Plan the order is on.'],
      ['status', 'LowCardinality(String)', "'active', 'ended' or 'cancelled'."],
      ['currency', 'LowCardinality(String)', 'ISO 4217 currency of every amount on the order.'],
      ['start_date', 'Date', 'First day of the contract.'],
      ['end_date', 'Nullable(Date)', 'Last day of the contract; NULL while open-ended.'],
      ['total_amount', 'Int64', 'Contract value in cents.'],
      ['total_billed_amount', 'Int64', 'Amount invoiced so far in cents.'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_order_line',
    'Product-level order line items — links products to revenue. SUM(total_amount) by product_id for revenue-by-product. Filter effective_until IS NULL for current lines only.',
    [
      ['id', 'String', 'Order line id; joins from fact_invoice_line.order_line_id and fact_usage_summary.order_line_id.'],
      ['order_id', 'String', 'The order this line belongs to.'],
      ['customer_id', 'String', 'Customer of the order.'],
      ['product_id', 'String', 'Product sold on this line.'],
      ['pricing_model', 'LowCardinality(String)', "'flat', 'per_signal' or 'credits'."],
      ['unit_price_amount', 'Int64', 'Price of one unit (one signal over the allowance, or one period) in cents.'],
      ['total_amount', 'Int64', 'Line value in cents.'],
      ['effective_from', 'Date', 'First day the line applies.'],
      ['effective_until', 'Nullable(Date)', 'Last day the line applies; NULL for a current line.'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_invoice',
    "One row per invoice. SUM(total_incl_tax) for revenue; filter status = 'posted' for finalized invoices. Use due_date + payment_status for aging analysis.",
    [
      ['id', 'String', 'Invoice id.'],
      ['number', 'String', 'Invoice number shown to the customer.'],
      ['customer_id', 'String', 'Billed customer.'],
      ['order_id', 'String', 'Order the invoice bills.'],
      ['status', 'LowCardinality(String)', "'draft', 'posted' (finalized) or 'void'."],
      ['payment_status', 'LowCardinality(String)', "'unpaid', 'partially_paid' or 'paid'."],
      ['currency', 'LowCardinality(String)', 'ISO 4217 currency.'],
      ['issue_date', 'Date', 'Date the invoice was issued.'],
      ['due_date', 'Date', 'Date payment is due.'],
      ['total_excl_tax', 'Int64', 'Total before tax in cents.'],
      ['tax_amount', 'Int64', 'Tax in cents.'],
      ['total_incl_tax', 'Int64', 'Total including tax in cents.'],
      ['amount_paid', 'Int64', 'Sum of posted payments in cents.'],
      ['amount_due', 'Int64', 'Outstanding amount in cents (total_incl_tax - amount_paid).'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_invoice_line',
    'One row per line on an invoice. Join order_line_id → fact_order_line.id → dim_product.id to break invoiced revenue down by product.',
    [
      ['id', 'String', 'Invoice line id.'],
      ['invoice_id', 'String', 'The invoice.'],
      ['order_line_id', 'String', 'The order line billed.'],
      ['description', 'String', 'Line text shown on the invoice.'],
      ['quantity', 'UInt64', 'Units billed.'],
      ['total_amount', 'Int64', 'Line total before tax in cents.'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_payment',
    "One row per payment received. SUM(amount) for cash collected; filter payment_status = 'posted' for confirmed payments. Join invoice_id to fact_invoice.id for reconciliation.",
    [
      ['id', 'String', 'Payment id.'],
      ['invoice_id', 'String', 'Invoice the payment settles.'],
      ['customer_id', 'String', 'Paying customer.'],
      ['amount', 'Int64', 'Amount in cents.'],
      ['currency', 'LowCardinality(String)', 'ISO 4217 currency.'],
      ['payment_status', 'LowCardinality(String)', "'posted', 'pending' or 'failed'."],
      ['payment_method', 'LowCardinality(String)', "'card', 'ach' or 'wire'."],
      ['paid_at', "DateTime64(3, 'UTC')", 'When the payment was received (UTC).'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_usage_summary',
    'Billed usage per signal per billing period — links usage to revenue. SUM(subtotal) by signal_name to see which signals drive revenue. Compare signal_count to included_quantity to see overage.',
    [
      ['id', 'String', 'Usage summary id.'],
      ['order_line_id', 'String', 'The per-signal order line this usage is billed on.'],
      ['customer_id', 'String', 'Customer.'],
      ['product_id', 'String', 'Product (agent).'],
      ['signal_name', 'LowCardinality(String)', 'Billed signal.'],
      ['period_start', 'Date', 'First day of the billing period.'],
      ['period_end', 'Date', 'Last day of the billing period.'],
      ['signal_count', 'UInt64', 'Signals in the period.'],
      ['included_quantity', 'UInt64', 'Signals included in the plan for the period.'],
      ['unit_price_amount', 'Int64', 'Price of one signal over the allowance in cents.'],
      ['subtotal', 'Int64', 'Billed overage in cents: max(signal_count - included_quantity, 0) * unit_price_amount.'],
      CREATED_AT,
    ],
  ),
  view(
    'fact_credit_transaction',
    "One row per credit grant, spend, or pending grant. Filter type = 'SPEND' for consumption; group by signal_name or product_id for usage breakdowns. Join credits_currency_id to dim_credits_currency. Amounts are Decimals of credits.",
    [
      ['id', 'String', 'Credit transaction id.'],
      ['customer_id', 'String', 'Customer whose balance moves.'],
      ['product_id', 'Nullable(String)', 'Credit bundle for a grant, agent for a spend.'],
      ['credits_currency_id', 'String', 'Credits currency of the amount.'],
      ['type', 'LowCardinality(String)', "'GRANT', 'SPEND' or 'PENDING_GRANT'."],
      ['signal_name', 'Nullable(String)', 'Signal that spent the credits; NULL for grants.'],
      ['amount', 'Decimal(38, 6)', 'Credits moved, always positive; type says the direction. A Decimal counted in credits (fractional credits occur; never divided by 100). Sent as a JSON number (a plain JSON.parse rounds it past ~16 digits); select toString(amount) for every digit.'],
      ['expires_at', "Nullable(DateTime64(3, 'UTC'))", 'When granted credits expire; NULL for spends and non-expiring grants.'],
      CREATED_AT,
    ],
  ),
];

/**
 * The names of the 15 views, the only tables a query may read. Written out rather than taken from
 * `ANALYTICS_VIEWS`, so a browser bundle that needs the names (the scope check of named queries)
 * does not carry every column's description; a test keeps the two lists equal.
 */
export const VIEW_NAMES: readonly ViewName[] = [
  'dim_organization',
  'dim_customer',
  'dim_product',
  'dim_plan',
  'dim_credits_currency',
  'fact_signal',
  'fact_cost',
  'fact_delivered_value',
  'fact_order',
  'fact_order_line',
  'fact_invoice',
  'fact_invoice_line',
  'fact_payment',
  'fact_usage_summary',
  'fact_credit_transaction',
];

export type ViewName =
  | 'dim_organization'
  | 'dim_customer'
  | 'dim_product'
  | 'dim_plan'
  | 'dim_credits_currency'
  | 'fact_signal'
  | 'fact_cost'
  | 'fact_delivered_value'
  | 'fact_order'
  | 'fact_order_line'
  | 'fact_invoice'
  | 'fact_invoice_line'
  | 'fact_payment'
  | 'fact_usage_summary'
  | 'fact_credit_transaction';

/** The fact views that carry `customer_id`: the ones a tenant scope restricts. */
export const CUSTOMER_SCOPED_VIEWS: readonly ViewName[] = [
  'fact_signal',
  'fact_cost',
  'fact_delivered_value',
  'fact_order',
  'fact_order_line',
  'fact_invoice',
  'fact_payment',
  'fact_usage_summary',
  'fact_credit_transaction',
];
