/**
 * Typed rows for the building-block stories: what a host's own named query would return
 * (bucketed signals per name with an Other series, cost per model), made deterministically so
 * the stories need no server. A window that starts mid-week shows the partial first period.
 */
export interface SignalRow {
  bucket: Date;
  series: string;
  is_other: boolean;
  signals: bigint;
}

export interface ModelCostRow {
  model: string | null;
  vendor: string;
  /** Exact cents as decimal text. */
  cost: string;
}

export interface CreditRow {
  bucket: Date;
  granted: string;
  spent: string;
}

const NAMES = ['email-triage', 'addin-chat', 'lead-enriched', 'draft-reply', 'ticket-resolved'];

/** Thursday Aug 27 to Tuesday Nov 17, 2026: the first and last weeks are partial. */
export const STORY_WINDOW = { from: new Date('2026-08-27T00:00:00Z'), to: new Date('2026-11-18T00:00:00Z') };

function weeks(): Date[] {
  const result: Date[] = [];
  for (let time = Date.parse('2026-08-24T00:00:00Z'); time < STORY_WINDOW.to.getTime(); time += 7 * 86_400_000) result.push(new Date(time));
  return result;
}

/** Signals per week per name (long rows), the partial weeks smaller, as the engine would count them. */
export const SIGNAL_ROWS: SignalRow[] = weeks().flatMap((bucket, week, all) => {
  const share = week === 0 ? 4 / 7 : week === all.length - 1 ? 2 / 7 : 1;
  return [...NAMES, ''].map((name, index) => ({
    bucket,
    series: name,
    is_other: name === '',
    signals: BigInt(Math.round((120 - index * 18 + ((week * 37 + index * 11) % 29)) * share)),
  }));
});

/** Cost per model, most expensive first, with a hostile name and an unnamed model. */
export const MODEL_COST_ROWS: ModelCostRow[] = [
  { model: 'claude-sonnet-4', vendor: 'anthropic', cost: '310462.3844' },
  { model: 'gpt-4o', vendor: 'openai', cost: '264211.7225' },
  { model: 'gpt-4.1', vendor: 'openai', cost: '88234.5260' },
  { model: 'claude-3-5-haiku', vendor: 'anthropic', cost: '71723.6648' },
  { model: 'mistral-large', vendor: 'mistral', cost: '65334.3600' },
  { model: 'gpt-4o-mini', vendor: 'openai', cost: '22054.2343' },
  { model: 'gemini-2.0-flash', vendor: 'google', cost: '6684.2451' },
  { model: 'ft:<triage>&"v2"', vendor: 'self-hosted', cost: '533.3765' },
  { model: null, vendor: 'self-hosted', cost: '12.5' },
];

/** Credits granted and spent per week (wide rows, decimal text). */
export const CREDIT_ROWS: CreditRow[] = weeks().map((bucket, week) => ({
  bucket,
  granted: week % 4 === 0 ? '6000' : '0',
  spent: String(1100 + ((week * 173) % 900)) + '.5',
}));
