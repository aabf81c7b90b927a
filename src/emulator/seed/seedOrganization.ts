/**
 * Seeds one organization's database in the engine itself (`INSERT … SELECT … FROM numbers(n)`),
 * every choice a hash of the seed: the same seed, scale and anchor date give the same rows.
 * Order matters: customers first, then signals, then what is derived from signals (costs, value,
 * usage, credits), then revenue (orders, periods, invoices, payments).
 */
import { quoteIdentifier, quoteLiteral } from '../schema';
import { COUNTRIES, GENERIC_PAYLOAD, MODELS, NAME_PREFIXES, NAME_SUFFIXES, PAYLOADS, PLANS, PLANTED_CUSTOMER_NAMES, STORY_CUSTOMERS } from './catalogue';
import type { PayloadField } from './catalogue';
import type { OrganizationSpec } from './organizations';
import { saltFor, stringArray, uniform, uniformInt, weightedIndex } from './random';
import { HISTORY_DAYS, SCALES } from './scales';
import type { EmulatorScale } from './scales';
import { seedRevenue } from './seedRevenue';

/** What seeding needs from the engine: run a statement. */
export interface SeedRunner {
  exec(sql: string): Promise<void>;
}

export interface SeedContext {
  runner: SeedRunner;
  org: OrganizationSpec;
  database: string;
  scratch: string;
  salt: bigint;
  /** `YYYY-MM-DD`, the last day with data. */
  anchorDate: string;
  /** ISO 8601 instant on `anchorDate`: the data's "now"; nothing written is later. */
  anchorTime: string;
  customers: number;
  signals: number;
}

export interface SeedOrganizationOptions {
  org: OrganizationSpec;
  database: string;
  seed: number;
  scale: EmulatorScale;
  anchorDate: string;
  anchorTime: string;
}

/** Fills `database` (already holding the 15 empty views) with the organization's data. */
export async function seedOrganization(runner: SeedRunner, options: SeedOrganizationOptions): Promise<void> {
  const spec = SCALES[options.scale];
  const scratch = `scratch_${options.database}`;
  const context: SeedContext = {
    runner,
    org: options.org,
    database: options.database,
    scratch,
    salt: saltFor(options.seed, options.org.id),
    anchorDate: options.anchorDate,
    anchorTime: options.anchorTime,
    customers: Math.max(12, Math.round(spec.customers * options.org.volumeShare)),
    signals: Math.round(spec.signals * options.org.volumeShare),
  };
  await runner.exec(`DROP DATABASE IF EXISTS ${quoteIdentifier(scratch)}`);
  await runner.exec(`CREATE DATABASE ${quoteIdentifier(scratch)}`);
  try {
    await seedDimensions(context);
    await seedCustomers(context);
    await seedSignals(context);
    await seedCosts(context);
    await seedDeliveredValue(context);
    await seedRevenue(context);
  } finally {
    await runner.exec(`DROP DATABASE IF EXISTS ${quoteIdentifier(scratch)}`);
  }
}

/** `db.table`, quoted. */
export function table(database: string, name: string): string {
  return `${quoteIdentifier(database)}.${quoteIdentifier(name)}`;
}

/** SQL for the anchor date. */
export function anchorSql(context: SeedContext): string {
  return `toDate(${quoteLiteral(context.anchorDate)})`;
}

/** SQL for the data's "now" as a DateTime64(3, 'UTC'): no event may be later. */
export function anchorNowSql(context: SeedContext): string {
  return `toDateTime64(${quoteLiteral(context.anchorTime.replace('T', ' ').replace('Z', ''))}, 3, 'UTC')`;
}

/** SQL clamping an event time to the data's "now". */
export function notAfterNow(context: SeedContext, time: string): string {
  return `least(${time}, ${anchorNowSql(context)})`;
}

/** SQL for a DateTime at midnight UTC `daysAgo` days before the anchor. */
function daysAgoTime(context: SeedContext, daysAgo: number): string {
  return `toDateTime(${anchorSql(context)} - ${daysAgo}, 'UTC')`;
}

/** Every signal of the organization with the agent that emits it. */
export function signalCatalogue(org: OrganizationSpec) {
  return org.agents.flatMap((agent) => agent.signals.map((signal) => ({ ...signal, productId: agent.id })));
}

async function seedDimensions(context: SeedContext): Promise<void> {
  const { org, database, runner } = context;
  await runner.exec(
    `INSERT INTO ${table(database, 'dim_organization')} VALUES (${quoteLiteral(org.id)}, ${quoteLiteral(org.name)}, ${daysAgoTime(context, 1200)})`,
  );
  const products = [
    ...org.agents.map(
      (a, i) => `(${quoteLiteral(a.id)}, ${quoteLiteral(a.name)}, 'agent', ${quoteLiteral(a.description)}, NULL, ${daysAgoTime(context, 800 - i * 90)})`,
    ),
    ...org.creditsCurrencies.map(
      (c, i) =>
        `(${quoteLiteral(c.bundle.id)}, ${quoteLiteral(c.bundle.name)}, 'credit_bundle', ${quoteLiteral(c.bundle.description)}, ${quoteLiteral(c.id)}, ${daysAgoTime(context, 500 - i * 60)})`,
    ),
  ];
  await runner.exec(`INSERT INTO ${table(database, 'dim_product')} VALUES ${products.join(', ')}`);
  const plans = PLANS.map((p, i) => {
    const next = PLANS[i + 1];
    const prev = PLANS[i - 1];
    return `(${quoteLiteral(p.id)}, ${quoteLiteral(p.name)}, 'pg_core', ${p.tier}, ${quoteLiteral(p.billingFrequency)}, ${p.basePriceCents}, ${next ? 'true' : 'false'}, ${prev ? 'true' : 'false'}, ${next ? quoteLiteral(next.id) : 'NULL'}, ${prev ? quoteLiteral(prev.id) : 'NULL'}, ${daysAgoTime(context, p.createdDaysAgo)})`;
  });
  await runner.exec(`INSERT INTO ${table(database, 'dim_plan')} VALUES ${plans.join(', ')}`);
  const currencies = org.creditsCurrencies.map(
    (c, i) => `(${quoteLiteral(c.id)}, ${quoteLiteral(c.name)}, ${quoteLiteral(c.unitLabel)}, ${daysAgoTime(context, 520 - i * 60)})`,
  );
  await runner.exec(`INSERT INTO ${table(database, 'dim_credits_currency')} VALUES ${currencies.join(', ')}`);
}

/** SQL for the id of customer number `index` (an SQL expression). */
export function customerIdSql(context: SeedContext, index: string): string {
  return `concat('cus_', lower(hex(sipHash64(${context.salt}, 'customer', toUInt64(${index})))))`;
}

/**
 * The scratch `customer` table: each customer's lifecycle (created, churned, upgraded), plan tier,
 * country and billing choices, from which every other table is derived.
 */
async function seedCustomers(context: SeedContext): Promise<void> {
  const { runner, scratch, salt, customers, org } = context;
  const u = (tag: string) => uniform(salt, tag, 'c');
  const anchor = anchorSql(context);
  const countryIndex = weightedIndex(u('country'), COUNTRIES.map((c) => c.weight));
  const places = `[${COUNTRIES.map((c) => `[${c.places.map(([s, city]) => `tuple(${s === null ? 'NULL' : quoteLiteral(s)}, ${quoteLiteral(city)})`).join(', ')}]`).join(', ')}]::Array(Array(Tuple(Nullable(String), String)))`;
  const planted = PLANTED_CUSTOMER_NAMES.map(([i, name]) => `c = ${i}, ${quoteLiteral(name)}`).join(', ');
  const currencies = stringArray(org.creditsCurrencies.map((c) => c.id));
  await runner.exec(`
    CREATE TABLE ${table(scratch, 'customer')} ENGINE = MergeTree ORDER BY c AS
    SELECT
      c, id, name, status, created_day, churn_day, tier, upgrade_day, country, tax_rate, state, city,
      parent_index, uses_credits, credits_currency_id, per_signal_price
    FROM (
      SELECT
        toUInt32(number) AS c,
        ${customerIdSql(context, 'c')} AS id,
        multiIf(${planted}, concat(${stringArray(NAME_PREFIXES)}[1 + c % ${NAME_PREFIXES.length}], ' ', ${stringArray(NAME_SUFFIXES)}[1 + intDiv(c, ${NAME_PREFIXES.length}) % ${NAME_SUFFIXES.length}])) AS name,
        multiIf(c < 8, 'active', c IN (9, 14) OR ${u('status')} < 0.13, 'churned', c = 11 OR ${u('status')} > 0.93, 'trial', 'active') AS status,
        if(status = 'trial', ${uniformInt(salt, 'trial_age', 0, 29, 'c')}, 45 + toInt64(floor(pow(${u('created')}, 0.8) * 520))) AS created_ago,
        ${anchor} - created_ago AS created_day,
        if(status = 'churned', ${anchor} - (1 + toInt64(floor(${u('churn')} * least(created_ago - 40, 170)))), NULL)::Nullable(Date) AS churn_day,
        toUInt8(multiIf(status = 'trial' OR c = ${STORY_CUSTOMERS.negativeMargin}, 1, c < ${Math.ceil(customers * 0.1)}, 4, c < ${Math.ceil(customers * 0.3)}, 3, c < ${Math.ceil(customers * 0.6)}, 2, 1)) AS tier,
        if(status = 'active' AND tier > 1 AND created_ago > 100 AND ${u('upgrade')} < 0.4,
           created_day + 30 + toInt64(floor(${u('upgrade_day')} * (created_ago - 60))), NULL)::Nullable(Date) AS upgrade_day,
        ${countryIndex} AS country_index,
        ${stringArray(COUNTRIES.map((c) => c.code))}[country_index] AS country,
        [${COUNTRIES.map((c) => c.taxRate).join(', ')}][country_index] AS tax_rate,
        ${places}[country_index] AS country_places,
        country_places[1 + toUInt32(floor(${u('place')} * length(country_places)))] AS place,
        place.1 AS state,
        place.2 AS city,
        if(c >= 8 AND ${u('parent')} < 0.2, toUInt32(floor(${u('parent_pick')} * 8)), NULL)::Nullable(UInt32) AS parent_index,
        c IN (${STORY_CUSTOMERS.credits.join(', ')}) OR (status != 'trial' AND ${u('credits')} < 0.35) AS uses_credits,
        ${currencies}[1 + c % ${org.creditsCurrencies.length}] AS credits_currency_id,
        toInt64(if(c = ${STORY_CUSTOMERS.negativeMargin}, 2, [2, 3, 5, 8, 12, 25][1 + toUInt32(floor(${u('unit_price')} * 6))])) AS per_signal_price
      FROM numbers(${customers})
    )`);
  const customer = table(scratch, 'customer');
  await runner.exec(`
    INSERT INTO ${table(context.database, 'dim_customer')}
    SELECT
      id,
      name,
      if(${u('legal')} < 0.1, NULL, concat(name, ' ', multiIf(country = 'DE', 'GmbH', country = 'FR', 'SAS', country = 'GB', 'Ltd', country = 'NL', 'B.V.', 'Inc.'))),
      if(${u('email')} < 0.05, NULL, concat('billing@', lower(replaceRegexpAll(name, '[^A-Za-z0-9]+', '')), '.example')),
      if(${u('external')} < 0.2, NULL, concat('crm-', toString(10000 + c))),
      concat('CUS-', leftPad(toString(c + 1), 4, '0')),
      if(parent_index IS NULL, NULL, ${customerIdSql(context, 'assumeNotNull(parent_index)')}),
      if(${u('revenue')} < 0.08, NULL, toInt64(exp(log(5e7) + ${u('revenue_size')} * log(4e3)) * if(c < 8, 20, 1))),
      status,
      churn_day,
      country,
      state,
      city,
      toDateTime(${notAfterNow(context, `toDateTime(created_day, 'UTC') + toIntervalSecond(${uniformInt(salt, 'created_second', 28800, 64800, 'c')})`)}, 'UTC')
    FROM ${customer}`);
}

/** SQL building a payload's JSON text from its field list, keyed by the signal number `n`. */
function payloadSql(salt: bigint, fields: readonly PayloadField[]): string {
  const parts = fields.map((field, i) => {
    const key = JSON.stringify(field[0]);
    const u = uniform(salt, `payload_${i}_${field[0]}`, 'n');
    let value: string;
    switch (field[1]) {
      case 'pick':
        value = `toJSONString(${stringArray(field[2])}[1 + toUInt32(floor(${u} * ${field[2].length}))])`;
        break;
      case 'int':
        value = `toString(${field[2]} + toInt64(floor(${u} * ${field[3] - field[2] + 1})))`;
        break;
      case 'float':
        value = `toString(round(${field[2]} + ${u} * ${field[3] - field[2]}, 2) + 0.001)`;
        break;
      case 'bool':
        value = `if(${u} < ${field[2]}, 'true', 'false')`;
        break;
      case 'id':
        value = `toJSONString(concat(${quoteLiteral(field[2])}, lower(hex(sipHash64(${salt}, 'payload_id', ${i}, intDiv(n, 7))))))`;
        break;
    }
    return `${quoteLiteral(`${i === 0 ? '{' : ','}${key}:`)}, ${value}`;
  });
  return `concat(${parts.join(', ')}, '}')`;
}

/** Distinct payloads per signal name: building JSON values is the engine's slow step, copying them is fast. */
const PAYLOAD_POOL_SIZE = 4096;

/**
 * `fact_signal`: volume grows over the window, dips at weekends, skews toward the largest
 * customers, and stays inside each customer's life (after creation, before churn). Payloads come
 * from a pool of `PAYLOAD_POOL_SIZE` generated JSON values per signal name.
 */
async function seedSignals(context: SeedContext): Promise<void> {
  const { runner, salt, scratch, database, customers, signals, org } = context;
  const catalogue = signalCatalogue(org);
  const u = (tag: string) => uniform(salt, tag, 'n');
  await runner.exec(`CREATE TABLE ${table(scratch, 'payload')} (si UInt8, k UInt32, data JSON) ENGINE = MergeTree ORDER BY (si, k)`);
  for (const [i, signal] of catalogue.entries()) {
    await runner.exec(`
      INSERT INTO ${table(scratch, 'payload')}
      SELECT ${i + 1}, toUInt32(number), ${payloadSql(salt, PAYLOADS[signal.name] ?? GENERIC_PAYLOAD).replaceAll("'payload_", `'payload_${i}_`)}
      FROM (SELECT number, number AS n FROM numbers(${PAYLOAD_POOL_SIZE}))`);
  }
  // Weekend thinning and customer lifetimes drop about a quarter of the candidates. Inserting in
  // chunks bounds the memory a large scale needs.
  const candidates = Math.round(signals * 1.3);
  for (let start = 0; start < candidates; start += SIGNAL_CHUNK) {
    await insertSignalChunk(context, start, Math.min(SIGNAL_CHUNK, candidates - start));
  }
}

/** Candidate signals per INSERT. */
const SIGNAL_CHUNK = 1_000_000;

async function insertSignalChunk(context: SeedContext, start: number, count: number): Promise<void> {
  const { runner, salt, scratch, database, customers, org } = context;
  const catalogue = signalCatalogue(org);
  const u = (tag: string) => uniform(salt, tag, 'n');
  await runner.exec(`
    INSERT INTO ${table(database, 'fact_signal')}
    SELECT s.signal_id, s.signal_name, cu.id, s.product_id, s.trace_id, p.data, s.created_at
    FROM (
      SELECT
        number AS n,
        toUInt32(floor(${customers} * pow(${u('customer')}, 1.8))) AS c,
        toInt64(floor(${HISTORY_DAYS} * if(${u('shape')} < 0.4, ${u('day')}, 1 - sqrt(${u('day')})))) AS day_ago,
        ${anchorSql(context)} - day_ago AS day,
        toUInt8(${weightedIndex(u('signal'), catalogue.map((s) => s.weight))}) AS si,
        toUInt32(sipHash64(${salt}, 'payload', n) % ${PAYLOAD_POOL_SIZE}) AS k,
        concat('sig_', lower(hex(sipHash64(${salt}, 'signal_id', n)))) AS signal_id,
        ${stringArray(catalogue.map((s) => s.name))}[si] AS signal_name,
        ${stringArray(catalogue.map((s) => s.productId))}[si] AS product_id,
        lower(hex(sipHash128(${salt}, 'trace', n))) AS trace_id,
        if(${u('business_hours')} < 0.8, 28800000 + toInt64(floor(${u('time')} * 39600000)), toInt64(floor(${u('time')} * 86400000))) AS ms_of_day,
        toDateTime64(day, 3, 'UTC') + toIntervalMillisecond(ms_of_day) AS created_at
      FROM numbers(${start}, ${count})
    ) AS s
    INNER JOIN ${table(scratch, 'customer')} AS cu ON s.c = cu.c
    INNER JOIN ${table(scratch, 'payload')} AS p ON p.si = s.si AND p.k = s.k
    WHERE (toDayOfWeek(s.day) < 6 OR ${uniform(salt, 'weekend', 's.n')} < 0.45)
      AND s.created_at <= ${anchorNowSql(context)}
      AND s.day >= cu.created_day
      AND (cu.churn_day IS NULL OR s.day <= cu.churn_day)
    SETTINGS join_algorithm = 'hash'`);
}

/** The model the long-context story customer calls. */
const LONG_CONTEXT_MODEL = 'claude-sonnet-4';

/** Prompt scale × signals of the long-context story customer (see `seedCosts`). */
const LONG_CONTEXT_TOKENS = 25_000;

/**
 * `fact_cost`: one to three LLM calls per signal, sharing its trace_id, priced from list prices.
 * The long-context story customer (`STORY_CUSTOMERS.negativeMargin`) makes four to six calls per
 * signal on `LONG_CONTEXT_MODEL` with prompts scaled so that its AI cost exceeds its bill at every
 * scale: the fewer signals it has, the longer its prompts (`LONG_CONTEXT_TOKENS` / its signals, 3–80×).
 */
async function seedCosts(context: SeedContext): Promise<void> {
  const { runner, salt, database } = context;
  const strings = (values: readonly string[]) => stringArray(values);
  const numbers = (values: readonly number[]) => `[${values.join(', ')}]::Array(Float64)`;
  const u = (tag: string) => uniform(salt, tag, 'signal_id', 'k');
  const longContextCustomer = customerIdSql(context, String(STORY_CUSTOMERS.negativeMargin));
  const longContextModel = MODELS.findIndex((m) => m.model === LONG_CONTEXT_MODEL) + 1;
  await runner.exec(`
    INSERT INTO ${table(database, 'fact_cost')}
    SELECT cost_id, trace_id, customer_id, product_id, vendor, model, input_tokens, output_tokens,
      cached_tokens, latency_ms, cost_amount, call_created_at
    FROM (
      SELECT
        concat('cost_', lower(hex(sipHash64(${salt}, 'cost', signal_id, k)))) AS cost_id,
        trace_id, customer_id, product_id,
        customer_id = ${longContextCustomer} AS long_context,
        if(long_context, ${longContextModel}, ${weightedIndex(u('model'), MODELS.map((x) => x.weight))}) AS mi,
        ${strings(MODELS.map((x) => x.vendor))}[mi] AS vendor,
        ${strings(MODELS.map((x) => x.model))}[mi] AS model,
        toUInt64((250 + floor(pow(${u('input')}, 2) * 9000)) * if(long_context, prompt_scale, 1)) AS input_tokens,
        toUInt64((30 + floor(pow(${u('output')}, 1.5) * 1400)) * if(long_context, 2, 1)) AS output_tokens,
        least(toUInt64(floor(input_tokens * ${numbers(MODELS.map((x) => x.cacheShare))}[mi] * ${u('cache')} * 2)), input_tokens) AS cached_tokens,
        toUInt32(${numbers(MODELS.map((x) => x.overheadMs))}[mi] + output_tokens * ${numbers(MODELS.map((x) => x.msPerToken))}[mi] * (0.7 + ${u('latency')} * 0.8)) AS latency_ms,
        toDecimal128(
          ((input_tokens - cached_tokens) * ${numbers(MODELS.map((x) => x.inputPerMillion))}[mi]
            + cached_tokens * ${numbers(MODELS.map((x) => x.inputPerMillion))}[mi] * 0.1
            + output_tokens * ${numbers(MODELS.map((x) => x.outputPerMillion))}[mi]) / 10000, 10) AS cost_amount,
        ${notAfterNow(context, 'created_at + toIntervalMillisecond(k * 900 + latency_ms)')} AS call_created_at
      FROM (
        SELECT signal_id, trace_id, customer_id, product_id, created_at,
          arrayJoin(range(toUInt8(if(customer_id = ${longContextCustomer}, 4, 1) + floor(${uniform(salt, 'calls', 'signal_id')} * 3)))) AS k,
          (SELECT greatest(3, least(80, round(${LONG_CONTEXT_TOKENS} / greatest(count(), 1))))
           FROM ${table(database, 'fact_signal')} WHERE customer_id = ${longContextCustomer}) AS prompt_scale
        FROM ${table(database, 'fact_signal')}
      )
    )`);
}

/** `fact_delivered_value`: most signals deliver value of their signal's kind; revenue is rarer and larger. */
async function seedDeliveredValue(context: SeedContext): Promise<void> {
  const { runner, salt, database, org } = context;
  const catalogue = signalCatalogue(org);
  const u = (tag: string) => uniform(salt, tag, 'signal_id');
  await runner.exec(`
    INSERT INTO ${table(database, 'fact_delivered_value')}
    SELECT id, signal_id, customer_id, product_id, value_type, value_amount, value_created_at
    FROM (
      SELECT
        concat('dv_', lower(hex(sipHash64(${salt}, 'value', signal_id)))) AS id,
        signal_id, customer_id, product_id,
        ${stringArray(catalogue.map((s) => s.valueType))}[indexOf(${stringArray(catalogue.map((s) => s.name))}, signal_name)] AS value_type,
        toInt64(multiIf(
          value_type = 'time_saved', (3 + ${u('minutes')} * 40) * 75,
          value_type = 'cost_avoided', 200 + ${u('avoided')} * 3800,
          2000 + pow(${u('revenue')}, 3) * 250000)) AS value_amount,
        ${notAfterNow(context, 'created_at + toIntervalSecond(5)')} AS value_created_at,
        ${u('delivered')} < if(value_type = 'revenue_influenced', 0.15, 0.6) AS delivered
      FROM ${table(database, 'fact_signal')}
    )
    WHERE delivered`);
}
