/**
 * The CLI's flags, one per `startEmulator` option, parsed into options with clear errors.
 */
import { parseArgs } from 'node:util';
import { isEmulatorScale } from './seed/scales';
import type { EmulatorOptions } from './startEmulator';

export const CLI_USAGE = `Usage: paid-analytics-emulator [options]

The Paid Analytics API served locally over embedded ClickHouse (chDB), with seeded data.

Options:
  --port <n>               TCP port (default 8787; 0 picks a free one)
  --host <address>         interface to listen on (default 127.0.0.1)
  --seed <n>               seed of the generated data (default 42)
  --scale <name>           tiny | small | medium | large (default small)
  --anchor-date <date>     last day with data, YYYY-MM-DD, data up to its end (default: now,
                           so nothing is later than the start; give a date to reuse --data-dir)
  --query-timeout-ms <n>   per-query execution limit (default 30000)
  --concurrency-limit <n>  simultaneous requests per organization (default 6)
  --max-rows <n>           result row cap (default 10000)
  --max-body-bytes <n>     largest request body (default 1048576)
  --body-timeout-ms <n>    time a client has to send its whole body (default 10000)
  --query-memory-bytes <n> memory one query may use (default 1073741824)
  --data-dir <path>        chDB data directory (default a temporary one, removed on exit)
  --help                   print this help
`;

/** Parsed command line: options for `startEmulator`, or a request for help. */
export type CliCommand = { kind: 'help' } | { kind: 'start'; options: EmulatorOptions };

function integer(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new TypeError(`--${flag} must be a non-negative integer, got ${JSON.stringify(value)}.`);
  return Number(value);
}

/** Parses `argv` (without node and the script) into a command; throws TypeError on bad flags. */
export function parseCliArguments(argv: readonly string[]): CliCommand {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      scale: { type: 'string' },
      'anchor-date': { type: 'string' },
      'query-timeout-ms': { type: 'string' },
      'concurrency-limit': { type: 'string' },
      'max-rows': { type: 'string' },
      'max-body-bytes': { type: 'string' },
      'body-timeout-ms': { type: 'string' },
      'query-memory-bytes': { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean' },
    },
  });
  if (values.help === true) return { kind: 'help' };
  const scale = values.scale ?? 'small';
  if (!isEmulatorScale(scale)) throw new TypeError(`--scale must be tiny, small, medium or large, got ${JSON.stringify(scale)}.`);
  const options: EmulatorOptions = { port: integer('port', values.port) ?? 8787, scale };
  const assign = <K extends keyof EmulatorOptions>(key: K, value: EmulatorOptions[K] | undefined) => {
    if (value !== undefined) options[key] = value;
  };
  assign('host', values.host);
  assign('seed', integer('seed', values.seed));
  assign('anchorDate', values['anchor-date']);
  assign('queryTimeoutMs', integer('query-timeout-ms', values['query-timeout-ms']));
  assign('concurrencyLimit', integer('concurrency-limit', values['concurrency-limit']));
  assign('maxRows', integer('max-rows', values['max-rows']));
  assign('maxBodyBytes', integer('max-body-bytes', values['max-body-bytes']));
  assign('bodyTimeoutMs', integer('body-timeout-ms', values['body-timeout-ms']));
  assign('queryMemoryBytes', integer('query-memory-bytes', values['query-memory-bytes']));
  assign('dataDir', values['data-dir']);
  return { kind: 'start', options };
}
