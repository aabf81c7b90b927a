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
  /**
   * Read-only connections per organization database: the most queries of one organization that
   * run natively at once (the rest wait their turn in JavaScript, holding no engine thread).
   */
  poolSize: number;
  /** `max_memory_usage` of every client query, in bytes (default 1 GiB). */
  queryMemoryBytes?: number;
  /** `max_threads` of every client query (default 2). */
  queryThreads?: number;
  /**
   * Largest JSON text of a query's rows, in bytes (default 64 MiB): rows past it are cut and the
   * result is marked truncated, like the row cap. The engine itself stops at twice this many bytes
   * of result blocks (`max_result_bytes`).
   */
  maxResultBytes?: number;
}

/** Defaults of the per-query limits. */
export const ENGINE_LIMIT_DEFAULTS = {
  queryMemoryBytes: 1024 ** 3,
  queryThreads: 2,
  maxResultBytes: 64 * 1024 ** 2,
} as const;

/** Options of one read-only run. */
export interface RunOptions {
  /** When aborted before the query got a connection, it never starts (its caller was answered). */
  signal?: AbortSignal;
}

/**
 * A successful read: the engine's typed columns, and each row as the JSON text ClickHouse printed
 * (an array in column order: 64-bit integers as strings, Decimals as number tokens with exactly the
 * digits ClickHouse prints). The text is sent on as is, never parsed into doubles.
 */
export interface EngineResult {
  columns: { name: string; type: string }[];
  rowsJson: string[];
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
  MEMORY_LIMIT_EXCEEDED: 241,
  ACCESS_DENIED: 497,
} as const;

/**
 * ClickHouse's JSON defaults, stated: 64-bit integers quoted, Decimals as bare numbers — what the
 * real API sends.
 */
const COMMON_ARGS = [
  '--session_timezone=UTC',
  '--output_format_json_quote_64bit_integers=1',
  '--output_format_json_quote_decimals=0',
];

let engineOpen = false;

/** Connections of the statement parser, shared by every organization. */
export const PARSER_CONNECTIONS = 1;

/** Turns whatever chDB threw into an `EngineQueryError` carrying ClickHouse's code. */
function toEngineError(error: unknown): EngineQueryError {
  if (error instanceof EngineQueryError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const reported = (error as { clickhouseCode?: unknown } | null)?.clickhouseCode;
  const fromMessage = /Code: (\d+)\./.exec(message)?.[1];
  const code = typeof reported === 'number' ? reported : fromMessage === undefined ? 0 : Number(fromMessage);
  const timedOut =
    code === CLICKHOUSE_CODES.TIMEOUT_EXCEEDED ||
    (error as { name?: unknown } | null)?.name === 'ChdbTimeoutError';
  return new EngineQueryError(cleanMessage(message), code, timedOut);
}

/** Parses JSONEachRow output, skipping anything that is not a complete JSON line. */
function parseJsonLines<T>(text: string): T[] {
  const rows: T[] = [];
  for (const line of text.split('\n')) {
    if (line.length === 0) continue;
    rows.push(JSON.parse(line) as T);
  }
  return rows;
}

/** Strips chDB's wrapper prefix so `details` reads like ClickHouse's own message. */
function cleanMessage(message: string): string {
  return message.replace(/^Query failed: /, '').trim();
}

/** A connection plus the number of queries queued on it. */
interface PooledSession {
  session: Session;
  busy: number;
  /** Set after a failure: chDB can leak a failed query's partial output into the next result. */
  retired: boolean;
}

/**
 * Splits `JSONCompactEachRowWithNamesAndTypes` output into the columns and the raw text of each row
 * (one row per line: ClickHouse escapes line breaks inside strings), keeping at most `maxRows`.
 */
export function splitCompactRows(text: string, maxRows: number, maxResultBytes: number = Number.POSITIVE_INFINITY): EngineResult {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const names = JSON.parse(lines[0] ?? '[]') as unknown;
  const types = JSON.parse(lines[1] ?? '[]') as unknown;
  if (!isStringArray(names) || !isStringArray(types) || names.length !== types.length) {
    throw new EngineQueryError('The engine answered without column names and types.', 0);
  }
  const rowsJson: string[] = [];
  let bytes = 0;
  let truncated = false;
  for (let i = 2; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    bytes += line.length + 1;
    if (rowsJson.length === maxRows || bytes > maxResultBytes) {
      truncated = true;
      break;
    }
    rowsJson.push(line);
  }
  return { columns: names.map((name, i) => ({ name, type: types[i] ?? '' })), rowsJson, truncated };
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/**
 * Connections opened on demand, up to a size, each running one query at a time and retired after a
 * failure. A query finding every connection busy waits here, in JavaScript: it holds no engine
 * thread until a connection is free (chDB runs each query on a libuv worker thread, and a query
 * queued inside chDB would hold one while it waits).
 */
class SessionPool {
  private readonly sessions: PooledSession[] = [];
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly open: () => Session,
    private readonly size: number,
  ) {}

  /** Runs `work` on a free connection, opening one while under the size, else waiting for one. */
  async use<T>(work: (session: Session) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const pooled = await this.acquire(signal);
    pooled.busy = 1;
    try {
      return await work(pooled.session);
    } catch (error) {
      if (!pooled.retired) {
        pooled.retired = true;
        this.sessions.splice(this.sessions.indexOf(pooled), 1);
        pooled.session.close();
      }
      throw error;
    } finally {
      pooled.busy = 0;
      this.wakeNext();
    }
  }

  /** Wakes the longest waiter when a connection is free or may be opened. */
  private wakeNext(): void {
    if (this.sessions.some((s) => s.busy === 0) || this.sessions.length < this.size) this.waiting.shift()?.();
  }

  /** Queries that run natively right now. */
  get running(): number {
    return this.sessions.filter((s) => s.busy > 0).length;
  }

  private async acquire(signal: AbortSignal | undefined): Promise<PooledSession> {
    for (;;) {
      if (signal?.aborted) {
        // It may have been woken for a free connection: pass the turn on.
        this.wakeNext();
        throw new EngineQueryError('The query was abandoned before it started.', 0, true);
      }
      const idle = this.sessions.find((s) => s.busy === 0);
      if (idle !== undefined) return idle;
      if (this.sessions.length < this.size) {
        const opened = { session: this.open(), busy: 0, retired: false };
        this.sessions.push(opened);
        return opened;
      }
      await new Promise<void>((resolve) => {
        const wake = () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        };
        const onAbort = () => {
          const index = this.waiting.indexOf(wake);
          if (index !== -1) this.waiting.splice(index, 1);
          resolve();
        };
        this.waiting.push(wake);
        signal?.addEventListener('abort', onAbort, { once: true });
      });
    }
  }

  close(): void {
    for (const pooled of this.sessions) pooled.session.close();
    this.sessions.length = 0;
  }
}

export class Engine {
  private readonly admin: Session;
  private readonly parser: SessionPool;
  private readonly pools = new Map<string, SessionPool>();
  private closed = false;

  private constructor(readonly options: EngineOptions) {
    this.admin = new Session(options.dataDir, { connectionArgs: COMMON_ARGS });
    this.admin.query('CREATE DATABASE IF NOT EXISTS emulator_guard');
    // The parser may see SETTINGS in a statement it only explains; readonly=2 lets EXPLAIN parse
    // them while still refusing every write. Its current database is empty. One connection: parsing
    // takes milliseconds, and it keeps the engine threads it may hold to one.
    this.parser = new SessionPool(() => {
      const session = new Session(options.dataDir, { connectionArgs: [...COMMON_ARGS, '--readonly=2'] });
      session.query('USE emulator_guard');
      return session;
    }, PARSER_CONNECTIONS);
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
    return parseJsonLines<T>(text);
  }

  /**
   * ClickHouse's own parse of `sql`: `formatQuery` refuses anything but exactly one statement, and
   * `EXPLAIN AST` of the single statement it printed gives the tree, one node per line. Neither runs
   * the statement.
   */
  async explainAst(sql: string): Promise<{ formatted: string; ast: string }> {
    this.assertOpen();
    try {
      return await this.parser.use(async (session) => {
        const formatted = await session.queryBindAsync('SELECT formatQuery({statement:String}) AS formatted', { statement: sql }, { format: 'JSONEachRow' });
        const text = parseJsonLines<{ formatted: string }>(formatted.text()).at(-1)?.formatted ?? '';
        const explained = await session.queryAsync(`EXPLAIN AST ${text}`, { format: 'TSVRaw' });
        return { formatted: text, ast: explained.text() };
      });
    } catch (error) {
      throw toEngineError(error);
    }
  }

  /**
   * Runs a client query read-only in `database` under ClickHouse's own limits (execution time,
   * memory, threads, result rows and bytes). Settles only when the native work has ended — chDB
   * cannot cancel a query, so no JavaScript timer may pretend it stopped.
   */
  async runReadOnly(database: string, sql: string, run: RunOptions = {}): Promise<EngineResult> {
    this.assertOpen();
    try {
      return await this.pool(database).use(async (session) => {
        const result = await session.queryAsync(sql, { format: 'JSONCompactEachRowWithNamesAndTypes' });
        return splitCompactRows(result.text(), this.options.maxRows, this.options.maxResultBytes ?? ENGINE_LIMIT_DEFAULTS.maxResultBytes);
      }, run.signal);
    } catch (error) {
      throw toEngineError(error);
    }
  }

  /** Queries of `database` running natively right now. */
  runningQueries(database: string): number {
    return this.pools.get(database)?.running ?? 0;
  }

  /** Read-only query in `database` returning JSONEachRow objects (for the metadata endpoint). */
  async selectReadOnly<T>(database: string, sql: string): Promise<T[]> {
    this.assertOpen();
    try {
      return await this.pool(database).use(async (session) => parseJsonLines<T>((await session.queryAsync(sql, { format: 'JSONEachRow' })).text()));
    } catch (error) {
      throw toEngineError(error);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new EngineQueryError('The emulator engine is closed.', 0);
  }

  private pool(database: string): SessionPool {
    let pool = this.pools.get(database);
    if (pool === undefined) {
      const { dataDir, queryTimeoutMs, maxRows, poolSize } = this.options;
      const memory = this.options.queryMemoryBytes ?? ENGINE_LIMIT_DEFAULTS.queryMemoryBytes;
      const threads = this.options.queryThreads ?? ENGINE_LIMIT_DEFAULTS.queryThreads;
      const resultBytes = 2 * (this.options.maxResultBytes ?? ENGINE_LIMIT_DEFAULTS.maxResultBytes);
      pool = new SessionPool(() => {
        const session = new Session(dataDir, {
          connectionArgs: [
            ...COMMON_ARGS,
            '--readonly=1',
            `--max_execution_time=${Math.max(queryTimeoutMs, 1) / 1000}`,
            '--timeout_overflow_mode=throw',
            `--max_memory_usage=${memory}`,
            `--max_threads=${threads}`,
            `--max_result_rows=${maxRows + 1}`,
            `--max_result_bytes=${resultBytes}`,
            '--result_overflow_mode=break',
          ],
        });
        session.query(`USE ${quoteIdentifier(database)}`);
        return session;
      }, poolSize);
      this.pools.set(database, pool);
    }
    return pool;
  }

/** Closes every connection and waits until the engine has really let go of the directory. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const pool of this.pools.values()) pool.close();
    this.parser.close();
    this.admin.close();
    await drainPending();
    engineOpen = false;
  }
}
