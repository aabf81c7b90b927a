/**
 * The embedded ClickHouse behind the emulator: one chDB data directory per process, one admin
 * connection for seeding, one for parsing statements, and a small pool of read-only connections per
 * organization database. Connections opened at the same path coexist; each runs its queries one at a
 * time, so a pool gives an organization parallel queries without racing a single connection.
 */
import { Session, drainPending } from 'chdb';
import { quoteIdentifier } from './schema';

export interface EngineOptions {
  /** chDB data directory; the engine owns it for the life of the process. */
  dataDir: string;
  /** `max_execution_time` of every client query, in milliseconds. */
  queryTimeoutMs: number;
  /** Result row cap; the engine stops reading one row past it so truncation can be reported. */
  maxRows: number;
  /** Read-only connections per organization database. */
  poolSize: number;
}

/** A successful read: the engine's typed columns and rows in column order. */
export interface EngineResult {
  columns: { name: string; type: string }[];
  rows: unknown[][];
  truncated: boolean;
}

/** An engine failure with ClickHouse's numeric error code (0 when none was reported). */
export class EngineQueryError extends Error {
  override readonly name = 'EngineQueryError';
  constructor(
    message: string,
    readonly clickhouseCode: number,
    readonly timedOut: boolean = false,
  ) {
    super(message);
  }
}

/** ClickHouse error codes the emulator maps to specific API errors. */
export const CLICKHOUSE_CODES = {
  SYNTAX_ERROR: 62,
  UNKNOWN_TABLE: 60,
  UNKNOWN_DATABASE: 81,
  TIMEOUT_EXCEEDED: 159,
  READONLY: 164,
  ACCESS_DENIED: 497,
} as const;

const COMMON_ARGS = [
  '--session_timezone=UTC',
  '--output_format_json_quote_64bit_integers=1',
  '--output_format_json_quote_decimals=1',
];

let engineOpen = false;

/** Turns whatever chDB threw into an `EngineQueryError` carrying ClickHouse's code. */
function toEngineError(error: unknown): EngineQueryError {
  const message = error instanceof Error ? error.message : String(error);
  const reported = (error as { clickhouseCode?: unknown } | null)?.clickhouseCode;
  const fromMessage = /Code: (\d+)\./.exec(message)?.[1];
  const code = typeof reported === 'number' ? reported : fromMessage === undefined ? 0 : Number(fromMessage);
  const timedOut =
    code === CLICKHOUSE_CODES.TIMEOUT_EXCEEDED ||
    (error as { name?: unknown } | null)?.name === 'ChdbTimeoutError';
  return new EngineQueryError(cleanMessage(message), code, timedOut);
}

/** Strips chDB's wrapper prefix so `details` reads like ClickHouse's own message. */
function cleanMessage(message: string): string {
  return message.replace(/^Query failed: /, '').trim();
}

/** A connection plus the number of queries queued on it. */
interface PooledSession {
  session: Session;
  busy: number;
}

export class Engine {
  private readonly admin: Session;
  private readonly parser: Session;
  private readonly pools = new Map<string, PooledSession[]>();
  private closed = false;

  private constructor(readonly options: EngineOptions) {
    this.admin = new Session(options.dataDir, { connectionArgs: COMMON_ARGS });
    this.admin.query('CREATE DATABASE IF NOT EXISTS emulator_guard');
    // The parser may see SETTINGS in a statement it only explains; readonly=2 lets EXPLAIN parse
    // them while still refusing every write.
    this.parser = new Session(options.dataDir, { connectionArgs: [...COMMON_ARGS, '--readonly=2'] });
    this.parser.query('USE emulator_guard');
  }

  /** Opens the engine; only one may be open per process (libchdb binds one data directory). */
  static open(options: EngineOptions): Engine {
    if (engineOpen) {
      throw new Error('An emulator engine is already open in this process; close it before starting another.');
    }
    const engine = new Engine(options);
    engineOpen = true;
    return engine;
  }

  /** Runs a statement on the admin connection (seeding, DDL). */
  async exec(sql: string): Promise<void> {
    try {
      await this.admin.queryAsync(sql, { format: 'TSV' });
    } catch (error) {
      throw toEngineError(error);
    }
  }

  /** Runs a query on the admin connection and parses its JSONEachRow output. */
  async select<T>(sql: string): Promise<T[]> {
    let text: string;
    try {
      text = (await this.admin.queryAsync(sql, { format: 'JSONEachRow' })).text();
    } catch (error) {
      throw toEngineError(error);
    }
    return text
      .split('\n')
      .filter((line) => line.length > 0)
      .map((line) => JSON.parse(line) as T);
  }

  /**
   * ClickHouse's own parse of `sql`: `formatQuery` refuses anything but exactly one statement, and
   * `EXPLAIN AST` of the single statement it printed gives the tree, one node per line. Neither runs
   * the statement.
   */
  async explainAst(sql: string): Promise<{ formatted: string; ast: string }> {
    try {
      const formatted = (
        await this.parser.queryBindAsync('SELECT formatQuery({statement:String})', { statement: sql }, { format: 'JSONEachRow' })
      ).json<Record<string, string>>();
      const text = Object.values(formatted)[0] ?? '';
      const explained = await this.parser.queryAsync(`EXPLAIN AST ${text}`, { format: 'TSVRaw' });
      return { formatted: text, ast: explained.text() };
    } catch (error) {
      throw toEngineError(error);
    }
  }

  /** Runs a client query read-only in `database`, with the timeout and the row cap. */
  async runReadOnly(database: string, sql: string): Promise<EngineResult> {
    const pooled = this.leastBusy(database);
    pooled.busy += 1;
    try {
      const result = await pooled.session.queryAsync(sql, {
        format: 'JSONCompact',
        // A backstop only: the engine's own max_execution_time normally fires first.
        timeout: this.options.queryTimeoutMs + 5_000,
      });
      const body = result.json<{ meta: { name: string; type: string }[]; data: unknown[][] }>();
      const truncated = body.data.length > this.options.maxRows;
      return {
        columns: body.meta.map((m) => ({ name: m.name, type: m.type })),
        rows: truncated ? body.data.slice(0, this.options.maxRows) : body.data,
        truncated,
      };
    } catch (error) {
      throw toEngineError(error);
    } finally {
      pooled.busy -= 1;
    }
  }

  /** Read-only query in `database` returning JSONEachRow objects (for the metadata endpoint). */
  async selectReadOnly<T>(database: string, sql: string): Promise<T[]> {
    const pooled = this.leastBusy(database);
    pooled.busy += 1;
    try {
      const text = (await pooled.session.queryAsync(sql, { format: 'JSONEachRow' })).text();
      return text
        .split('\n')
        .filter((line) => line.length > 0)
        .map((line) => JSON.parse(line) as T);
    } catch (error) {
      throw toEngineError(error);
    } finally {
      pooled.busy -= 1;
    }
  }

  private leastBusy(database: string): PooledSession {
    if (this.closed) throw new EngineQueryError('The emulator engine is closed.', 0);
    let pool = this.pools.get(database);
    if (pool === undefined) {
      pool = [];
      this.pools.set(database, pool);
    }
    let best: PooledSession | undefined;
    for (const candidate of pool) {
      if (best === undefined || candidate.busy < best.busy) best = candidate;
    }
    if (best !== undefined && (best.busy === 0 || pool.length >= this.options.poolSize)) return best;
    const session = new Session(this.options.dataDir, {
      connectionArgs: [
        ...COMMON_ARGS,
        '--readonly=1',
        `--max_execution_time=${Math.max(this.options.queryTimeoutMs, 1) / 1000}`,
        '--timeout_overflow_mode=throw',
        `--max_result_rows=${this.options.maxRows + 1}`,
        '--result_overflow_mode=break',
      ],
    });
    session.query(`USE ${quoteIdentifier(database)}`);
    const created = { session, busy: 0 };
    pool.push(created);
    return created;
  }

  /** Closes every connection and waits until the engine has really let go of the directory. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const pool of this.pools.values()) for (const p of pool) p.session.close();
    this.parser.close();
    this.admin.close();
    await drainPending();
    engineOpen = false;
  }
}
