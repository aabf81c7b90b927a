/**
 * `analytics-kpis`: the headline numbers of a window beside the period of the same length just
 * before it — signals, AI cost, revenue (per invoice currency), outstanding (per invoice currency)
 * and the credits balance (per credits currency) — the data of AnalyticsKpis. Margin is revenue −
 * AI cost, computed exactly from these rows by `analyticsKpiValues` (widgets/AnalyticsKpis).
 *
 * Decisions:
 * - Every value is exact decimal text: counts and integer cents as digits, AI cost as fractional
 *   cents, credits as Decimal credits (never divided by 100). `previous` is `null` where the
 *   API holds no history to compare with (outstanding: `amount_due` is what is owed now).
 * - Revenue is `total_excl_tax` of posted invoices issued in the window's calendar days in
 *   `timeZone` (tax is not revenue), one row per currency: currencies never add up.
 * - Outstanding is `amount_due` of posted invoices issued before the window ends.
 * - The credits balance is grants − spends up to the end of the window (and, as `previous`, up to
 *   its start), as `credit-burn` counts it: pending grants and expiry are not applied.
 */
import { sql, view, type SqlFragment } from '../sql/sql';
import { defineNamedQuery } from './defineNamedQuery';
import { MAX_WINDOW_DAYS, parseTimeWindow } from './params';
import { param } from './paramBuilders';
import { column } from './resultColumns';
import type { NamedQuery } from './types';
import { previousPeriodStart } from './usageSummary';

/** The KPIs the query answers, in the order the rows come. */
export const ANALYTICS_KPI_KINDS = ['signals', 'ai_cost', 'revenue', 'outstanding', 'credits_balance'] as const;
export type AnalyticsKpiKind = (typeof ANALYTICS_KPI_KINDS)[number];

/** What a caller passes to `analytics-kpis`. */
export interface AnalyticsKpisInput {
  /** Start of the window, inclusive (ISO 8601 date-time with `Z` or an offset, or a Date). */
  from: string | Date;
  /** End of the window, exclusive; at most 2 years after `from`. */
  to: string | Date;
  /** IANA zone whose calendar days decide which invoices fall in the window; default `'UTC'`. */
  timeZone?: string;
  /** Only this customer — within the scope; it never widens it. */
  customerId?: string;
  /** Only this credits currency's balance; default one row per credits currency. */
  creditsCurrencyId?: string;
}

/** The validated params of `analytics-kpis`. */
export interface AnalyticsKpisParams {
  from: Date;
  to: Date;
  timeZone: string;
  customerId: string | undefined;
  creditsCurrencyId: string | undefined;
}

/** One KPI (for money and credits: one per currency). */
export interface AnalyticsKpisRow {
  kpi: AnalyticsKpiKind;
  /** `''` for signals and AI cost; the ISO 4217 code for revenue and outstanding; the credits currency id for a balance. */
  unit: string;
  /** The credits currency's name for a balance (`dim_credits_currency.name`); else `''`. */
  unit_label: string;
  /** The window's value, exact decimal text (cents for money, credits for a balance). */
  current: string;
  /** The previous period's value, exact decimal text; `null` where there is no history (outstanding). */
  previous: string | null;
}

function customerFilter(params: AnalyticsKpisParams): SqlFragment {
  return params.customerId === undefined ? sql`` : sql` AND customer_id = ${params.customerId}`;
}

/**
 * Five small aggregates joined with UNION ALL, each over one view through its scope: signals and
 * AI cost in `[from, to)` and `[previousStart, from)`; posted invoices' revenue by issue day in the
 * same periods (days in `timeZone`); what posted invoices issued before `to` still owe; the credits
 * balance at `to` and at `from`.
 */
export const analyticsKpis: NamedQuery<AnalyticsKpisInput, AnalyticsKpisParams, AnalyticsKpisRow> = defineNamedQuery({
  name: 'analytics-kpis',
  description:
    'Signals, AI cost, revenue, outstanding and credits balance of a window, each beside the previous period of the same length.',
  requiredColumns: {
    fact_signal: ['created_at', 'customer_id'],
    fact_cost: ['created_at', 'customer_id', 'cost_amount'],
    fact_invoice: ['customer_id', 'status', 'currency', 'issue_date', 'total_excl_tax', 'amount_due'],
    fact_credit_transaction: ['customer_id', 'credits_currency_id', 'type', 'amount', 'created_at'],
    dim_credits_currency: ['id', 'name'],
  },
  params: {
    from: param.dateTime(),
    to: param.dateTime(),
    timeZone: param.timeZone().default('UTC'),
    customerId: param.id().optional(),
    creditsCurrencyId: param.id().optional(),
  },
  refine: (params) => {
    parseTimeWindow(params.from, params.to, { maxDays: MAX_WINDOW_DAYS });
  },
  columns: {
    kpi: column.string<AnalyticsKpiKind>(),
    unit: column.string(),
    unit_label: column.string(),
    current: column.decimal(),
    previous: column.decimal({ nullable: true }),
  },
  sql: (params) => {
    const previousStart = previousPeriodStart(params.from, params.to);
    const customer = customerFilter(params);
    const day = (instant: Date) => sql`toDate(${instant}, ${params.timeZone})`;
    const credits = params.creditsCurrencyId === undefined ? sql`` : sql` AND credits_currency_id = ${params.creditsCurrencyId}`;
    const net = sql`if(type = 'GRANT', amount, if(type = 'SPEND', -amount, toDecimal128(0, 6)))`;
    return sql`SELECT kpi, unit, unit_label, current, previous
FROM (
    SELECT 1 AS position, 'signals' AS kpi, '' AS unit, '' AS unit_label,
      toString(countIf(created_at >= ${params.from})) AS current,
      toNullable(toString(countIf(created_at < ${params.from}))) AS previous
    FROM ${view('fact_signal')}
    WHERE created_at >= ${previousStart} AND created_at < ${params.to}${customer}
    UNION ALL
    SELECT 2, 'ai_cost', '', '',
      toString(sumIf(cost_amount, created_at >= ${params.from})),
      toNullable(toString(sumIf(cost_amount, created_at < ${params.from})))
    FROM ${view('fact_cost')}
    WHERE created_at >= ${previousStart} AND created_at < ${params.to}${customer}
    UNION ALL
    SELECT 3, 'revenue', toString(currency), '',
      toString(sumIf(total_excl_tax, issue_date >= ${day(params.from)})),
      toNullable(toString(sumIf(total_excl_tax, issue_date < ${day(params.from)})))
    FROM ${view('fact_invoice')}
    WHERE status = 'posted' AND issue_date >= ${day(previousStart)} AND issue_date < ${day(params.to)}${customer}
    GROUP BY currency
    UNION ALL
    SELECT 4, 'outstanding', toString(currency), '', toString(sum(amount_due)), CAST(NULL, 'Nullable(String)')
    FROM ${view('fact_invoice')}
    WHERE status = 'posted' AND amount_due > 0 AND issue_date < ${day(params.to)}${customer}
    GROUP BY currency
    UNION ALL
    SELECT 5, 'credits_balance', balances.credits_currency_id, ifNull(names.name, ''), balances.at_end, toNullable(balances.at_start)
    FROM (
        SELECT credits_currency_id,
          toString(sumIf(${net}, created_at < ${params.to})) AS at_end,
          toString(sumIf(${net}, created_at < ${params.from})) AS at_start
        FROM ${view('fact_credit_transaction')}
        WHERE type IN ('GRANT', 'SPEND')${customer}${credits}
        GROUP BY credits_currency_id
        HAVING countIf(created_at < ${params.to}) > 0
    ) AS balances
    LEFT JOIN (SELECT id, name FROM ${view('dim_credits_currency')}) AS names ON names.id = balances.credits_currency_id
) AS kpis
ORDER BY position ASC, unit ASC`;
  },
});
