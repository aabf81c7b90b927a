/**
 * The organizations the emulator seeds, with their catalogues: agents and the signals they emit,
 * credit bundles and credits currencies. Names include a hostile string and HTML-ish characters on
 * purpose, so widgets' escaping is exercised by real data.
 */

export interface AgentSpec {
  id: string;
  name: string;
  description: string;
  /**
   * Signals this agent emits, with their relative volume and the credits one signal spends: a
   * decimal text (credits are Decimal(38, 6) in fact_credit_transaction; fractions occur).
   */
  signals: readonly { name: string; weight: number; valueType: 'time_saved' | 'revenue_influenced' | 'cost_avoided'; credits: string }[];
}

export interface CreditsCurrencySpec {
  id: string;
  name: string;
  unitLabel: string;
  /** The bundle product that grants this currency. */
  bundle: { id: string; name: string; description: string; credits: number; priceCents: number };
}

export interface OrganizationSpec {
  id: string;
  name: string;
  /** Short name used in API keys and database names. */
  slug: string;
  /** Share of the scale's volume this organization gets. */
  volumeShare: number;
  currency: string;
  agents: readonly AgentSpec[];
  creditsCurrencies: readonly CreditsCurrencySpec[];
}

export const ORGANIZATIONS: readonly OrganizationSpec[] = [
  {
    id: 'org_acme',
    name: 'Acme Automation',
    slug: 'acme',
    volumeShare: 1,
    currency: 'USD',
    agents: [
      {
        id: 'prod_inbox_triage',
        name: 'Inbox Triage Agent',
        description: 'Sorts, labels and drafts replies for shared inboxes.',
        signals: [
          { name: 'email-triage', weight: 0.34, valueType: 'time_saved', credits: '2.5' },
          { name: 'draft-reply', weight: 0.12, valueType: 'time_saved', credits: '6.25' },
        ],
      },
      {
        id: 'prod_support_copilot',
        name: 'Support Copilot',
        description: 'Answers customers in chat and resolves tickets.',
        signals: [
          { name: 'addin-chat', weight: 0.26, valueType: 'cost_avoided', credits: '1.2' },
          { name: 'ticket-resolved', weight: 0.1, valueType: 'cost_avoided', credits: '9.75' },
        ],
      },
      {
        id: 'prod_sales_research',
        name: 'Sales Research Agent',
        description: 'Enriches leads and drafts account briefs.',
        signals: [{ name: 'lead-enriched', weight: 0.12, valueType: 'revenue_influenced', credits: '4.8' }],
      },
      {
        id: 'prod_contract_review',
        name: 'Contract Reviewer <beta> & "Redline"',
        description: 'Flags risky clauses in contracts (name holds HTML-ish characters on purpose).',
        signals: [
          { name: 'contract-reviewed', weight: 0.05, valueType: 'cost_avoided', credits: '24.5' },
          { name: 'summary<v2>&"quick"', weight: 0.01, valueType: 'time_saved', credits: '3.333333' },
        ],
      },
    ],
    creditsCurrencies: [
      {
        id: 'cc_ai_credits',
        name: 'AI credits',
        unitLabel: 'credit',
        bundle: { id: 'prod_credits_1k', name: '1,000 AI credits', description: 'Prepaid bundle of 1,000 AI credits.', credits: 1_000, priceCents: 1_000 },
      },
      {
        id: 'cc_research_tokens',
        name: 'Research tokens',
        unitLabel: 'token',
        bundle: { id: 'prod_tokens_500', name: '500 research tokens', description: 'Prepaid bundle of 500 research tokens.', credits: 500, priceCents: 2_500 },
      },
    ],
  },
  {
    id: 'org_globex',
    name: 'Globex Agents GmbH',
    slug: 'globex',
    volumeShare: 0.3,
    currency: 'EUR',
    agents: [
      {
        id: 'prod_voice_receptionist',
        name: 'Voice Receptionist',
        description: 'Answers and routes phone calls.',
        signals: [
          { name: 'call-handled', weight: 0.55, valueType: 'cost_avoided', credits: '0.45' },
          { name: 'appointment-booked', weight: 0.15, valueType: 'revenue_influenced', credits: '0.8' },
        ],
      },
      {
        id: 'prod_invoice_reader',
        name: 'Invoice Reader',
        description: 'Extracts line items from supplier invoices.',
        signals: [{ name: 'invoice-extracted', weight: 0.3, valueType: 'time_saved', credits: '0.125' }],
      },
    ],
    creditsCurrencies: [
      {
        id: 'cc_call_minutes',
        name: 'Call minutes',
        unitLabel: 'minute',
        bundle: { id: 'prod_minutes_500', name: '500 call minutes', description: 'Prepaid bundle of 500 call minutes.', credits: 500, priceCents: 2_500 },
      },
    ],
  },
];

/** The database holding one organization's 15 views. */
export function organizationDatabase(org: OrganizationSpec): string {
  return `org_${org.slug}`;
}
