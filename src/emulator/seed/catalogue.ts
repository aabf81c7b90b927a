/**
 * Fixed reference data of the seed: geography, company names, plans, AI models with their list
 * prices, and the JSON payload shape of each signal name.
 */

export const COUNTRIES: readonly { code: string; weight: number; taxRate: number; places: readonly (readonly [string | null, string])[] }[] = [
  { code: 'US', weight: 40, taxRate: 0, places: [['California', 'San Francisco'], ['New York', 'New York'], ['Texas', 'Austin'], ['Washington', 'Seattle'], ['Illinois', 'Chicago'], ['Massachusetts', 'Boston']] },
  { code: 'GB', weight: 12, taxRate: 0.2, places: [['England', 'London'], ['England', 'Manchester'], ['Scotland', 'Edinburgh']] },
  { code: 'DE', weight: 10, taxRate: 0.19, places: [['Berlin', 'Berlin'], ['Bavaria', 'Munich'], ['Hamburg', 'Hamburg']] },
  { code: 'FR', weight: 8, taxRate: 0.2, places: [[null, 'Paris'], [null, 'Lyon']] },
  { code: 'CA', weight: 7, taxRate: 0.05, places: [['Ontario', 'Toronto'], ['British Columbia', 'Vancouver'], ['Quebec', 'Montréal']] },
  { code: 'NL', weight: 5, taxRate: 0.21, places: [[null, 'Amsterdam'], [null, 'Rotterdam']] },
  { code: 'AU', weight: 5, taxRate: 0.1, places: [['New South Wales', 'Sydney'], ['Victoria', 'Melbourne']] },
  { code: 'IN', weight: 5, taxRate: 0.18, places: [['Karnataka', 'Bengaluru'], ['Maharashtra', 'Mumbai']] },
  { code: 'JP', weight: 4, taxRate: 0.1, places: [[null, 'Tokyo'], [null, 'Osaka']] },
  { code: 'BR', weight: 4, taxRate: 0, places: [['São Paulo', 'São Paulo'], ['Rio de Janeiro', 'Rio de Janeiro']] },
];

export const NAME_PREFIXES: readonly string[] = [
  'Northwind', 'Contoso', 'Fabrikam', 'Initech', 'Umbrella', 'Hooli', 'Vandelay', 'Stark', 'Wayne', 'Tyrell',
  'Cyberdyne', 'Soylent', 'Wonka', 'Gringotts', 'Oscorp', 'Pied Piper', 'Aperture', 'Black Mesa', 'Monarch', 'Massive Dynamic',
  'Blue Sun', 'Dunder', 'Bluth', 'Prestige', 'Sterling', 'Nakatomi', 'Gekko', 'Virtucon', 'Spacely', 'Cogswell',
  'Rekall', 'Weyland', 'Ollivander', 'Krusty', 'Duff', 'Sirius', 'Acme Nord', 'Lumon', 'Dharma', 'Globo',
  'Polar', 'Zenith', 'Quantum', 'Halcyon', 'Juniper', 'Meridian', 'Nimbus', 'Orion', 'Paragon', 'Summit',
];

export const NAME_SUFFIXES: readonly string[] = [
  'Labs', 'Industries', 'Logistics', 'Health', 'Capital', 'Retail', 'Media', 'Foods', 'Energy', 'Robotics',
  'Insurance', 'Legal', 'Travel', 'Studios', 'Systems', 'Analytics', 'Bank', 'Motors', 'Pharma', 'Telecom',
  'Group', 'Partners', 'Holdings', 'Software', 'Networks', 'Clinics', 'Airlines', 'Publishing', 'Security', 'Games',
  'Apparel', 'Realty', 'Freight', 'Biotech', 'Education', 'Hotels', 'Foundry', 'Outfitters', 'Mining', 'Shipping',
];

/**
 * Customers with a fixed story, by index (0 is the busiest; the busiest six are the demo's "view
 * as" choices), so every widget has something to show for one customer:
 * - `credits`: buy credit bundles (index 0 in the first credits currency, 1 and 3 in the second);
 * - `overage`: an included allowance of 0.6 × their average use, so most periods go over it;
 * - `negativeMargin`: on the entry plan at the lowest overage price, with long-context prompts
 *   (100× the tokens in, 3× out), so their AI cost exceeds what they are billed.
 */
export const STORY_CUSTOMERS = {
  credits: [0, 1, 3],
  overage: 1,
  negativeMargin: 4,
} as const;

/** Customer names planted to exercise escaping: customer index → name. */
export const PLANTED_CUSTOMER_NAMES: readonly (readonly [number, string])[] = [
  [5, '<img src=x onerror=alert(1)>'],
  [6, 'O\'Brien & Sons "Fine" Goods'],
];

export interface PlanSpec {
  id: string;
  name: string;
  tier: number;
  billingFrequency: 'monthly' | 'annual';
  basePriceCents: number;
  createdDaysAgo: number;
}

/** The upgrade chain: tier 1 → 4. */
export const PLANS: readonly PlanSpec[] = [
  { id: 'plan_starter', name: 'Starter', tier: 1, billingFrequency: 'monthly', basePriceCents: 4_900, createdDaysAgo: 900 },
  { id: 'plan_growth', name: 'Growth', tier: 2, billingFrequency: 'monthly', basePriceCents: 19_900, createdDaysAgo: 900 },
  { id: 'plan_scale', name: 'Scale', tier: 3, billingFrequency: 'monthly', basePriceCents: 79_900, createdDaysAgo: 700 },
  { id: 'plan_enterprise', name: 'Enterprise', tier: 4, billingFrequency: 'annual', basePriceCents: 2_400_000, createdDaysAgo: 600 },
];

export interface ModelSpec {
  vendor: string;
  model: string;
  weight: number;
  /** List prices in US dollars per million tokens. */
  inputPerMillion: number;
  outputPerMillion: number;
  /** Share of prompt tokens served from cache. */
  cacheShare: number;
  /** Milliseconds per output token, and fixed overhead. */
  msPerToken: number;
  overheadMs: number;
}

export const MODELS: readonly ModelSpec[] = [
  { vendor: 'openai', model: 'gpt-4o', weight: 18, inputPerMillion: 2.5, outputPerMillion: 10, cacheShare: 0.3, msPerToken: 12, overheadMs: 350 },
  { vendor: 'openai', model: 'gpt-4o-mini', weight: 26, inputPerMillion: 0.15, outputPerMillion: 0.6, cacheShare: 0.3, msPerToken: 6, overheadMs: 250 },
  { vendor: 'openai', model: 'gpt-4.1', weight: 8, inputPerMillion: 2, outputPerMillion: 8, cacheShare: 0.25, msPerToken: 11, overheadMs: 400 },
  { vendor: 'anthropic', model: 'claude-sonnet-4', weight: 17, inputPerMillion: 3, outputPerMillion: 15, cacheShare: 0.45, msPerToken: 14, overheadMs: 450 },
  { vendor: 'anthropic', model: 'claude-3-5-haiku', weight: 14, inputPerMillion: 0.8, outputPerMillion: 4, cacheShare: 0.4, msPerToken: 7, overheadMs: 300 },
  { vendor: 'google', model: 'gemini-2.0-flash', weight: 10, inputPerMillion: 0.1, outputPerMillion: 0.4, cacheShare: 0.1, msPerToken: 5, overheadMs: 220 },
  { vendor: 'mistral', model: 'mistral-large', weight: 5, inputPerMillion: 2, outputPerMillion: 6, cacheShare: 0, msPerToken: 13, overheadMs: 380 },
  // HTML-ish characters on purpose, so widgets' escaping is exercised by real data.
  { vendor: 'self-hosted', model: 'ft:<triage>&"v2"', weight: 2, inputPerMillion: 0.05, outputPerMillion: 0.1, cacheShare: 0, msPerToken: 4, overheadMs: 150 },
];

/** One field of a signal's JSON payload and how its value is drawn. */
export type PayloadField =
  | readonly [key: string, kind: 'pick', options: readonly string[]]
  | readonly [key: string, kind: 'int', low: number, high: number]
  | readonly [key: string, kind: 'float', low: number, high: number]
  | readonly [key: string, kind: 'bool', probability: number]
  | readonly [key: string, kind: 'id', prefix: string];

/** Payload shape per signal name; names not listed get `GENERIC_PAYLOAD`. */
export const PAYLOADS: Readonly<Record<string, readonly PayloadField[]>> = {
  'email-triage': [['account_id', 'id', 'acct_'], ['mailbox', 'pick', ['support@', 'sales@', 'billing@', 'hello@']], ['priority', 'pick', ['high', 'normal', 'normal', 'low']], ['labels_applied', 'int', 0, 4], ['tool_name', 'pick', ['gmail', 'outlook']]],
  'draft-reply': [['account_id', 'id', 'acct_'], ['words', 'int', 40, 420], ['tone', 'pick', ['formal', 'friendly']], ['accepted', 'bool', 0.72]],
  'addin-chat': [['account_id', 'id', 'acct_'], ['messages', 'int', 1, 24], ['tool_name', 'pick', ['teams', 'slack', 'web']], ['satisfied', 'bool', 0.81]],
  'ticket-resolved': [['ticket_id', 'id', 'T-'], ['channel', 'pick', ['email', 'chat', 'phone']], ['resolution_minutes', 'float', 1, 240], ['escalated', 'bool', 0.08]],
  'lead-enriched': [['lead_source', 'pick', ['webinar', 'inbound', 'outbound', 'referral']], ['fields_filled', 'int', 3, 28], ['confidence', 'float', 0.4, 0.99]],
  'contract-reviewed': [['pages', 'int', 2, 120], ['risk_score', 'float', 0, 1], ['clauses_flagged', 'int', 0, 12], ['jurisdiction', 'pick', ['US-NY', 'US-CA', 'UK', 'DE']]],
  'summary<v2>&"quick"': [['doc_type', 'pick', ['<memo>', 'report & notes', '"brief"']], ['length', 'int', 50, 2000]],
  'call-handled': [['duration_seconds', 'int', 15, 900], ['language', 'pick', ['de', 'en', 'fr']], ['transferred', 'bool', 0.14]],
  'appointment-booked': [['service', 'pick', ['consultation', 'repair', 'follow-up']], ['lead_time_days', 'int', 0, 30]],
  'invoice-extracted': [['supplier_country', 'pick', ['DE', 'AT', 'CH', 'NL']], ['line_items', 'int', 1, 60], ['total_eur', 'float', 10, 25000]],
};

export const GENERIC_PAYLOAD: readonly PayloadField[] = [['source', 'pick', ['api', 'webhook']]];
