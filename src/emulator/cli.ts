#!/usr/bin/env node
/**
 * `paid-analytics-emulator`: starts the emulator with options from flags, prints the URL and the
 * keys, and stops cleanly on SIGINT or SIGTERM.
 */
import { spawn } from 'node:child_process';
import { CHDB_INSTALL_HINT, isMissingChdb, loadWithChdb } from './chdbInstallHint';
import { CLI_USAGE, parseCliArguments } from './cliArguments';

/** libuv threads the emulator runs with: two native queries per organization, the parser, spares. */
const THREAD_POOL_SIZE = 12;

async function main(argv: readonly string[]): Promise<void> {
  let command;
  try {
    command = parseCliArguments(argv);
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n\n${CLI_USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (command.kind === 'help') {
    process.stdout.write(chdbInstalled() ? CLI_USAGE : `${CLI_USAGE}\n${CHDB_INSTALL_HINT}\n`);
    return;
  }
  // chDB runs each query on a libuv worker thread, and Node sizes that pool (UV_THREADPOOL_SIZE,
  // default 4) when it is first used — already while loading modules, too early to set it here. So
  // the emulator runs in a child started with a larger pool (see nativeQueriesPerOrganization).
  if (process.env['UV_THREADPOOL_SIZE'] === undefined) {
    runWithThreadPool(THREAD_POOL_SIZE);
    return;
  }
  // Loaded only now, so `--help` and flag errors work without chdb; without it, one line says what to install.
  const { startEmulator, nativeQueriesPerOrganization } = await loadWithChdb(() => import('./startEmulator'));
  const emulator = await startEmulator(command.options);
  const lines = [
    `Paid Analytics emulator (${emulator.scale}, seed ${emulator.seed}, data up to ${emulator.anchorTime}, seeded in ${emulator.seedMs} ms)`,
    `URL: ${emulator.url}`,
    `API base (for Paid's SDK): ${emulator.apiBaseUrl}`,
    `Deprecated path, also served: ${emulator.deprecatedUrl}`,
    `Native queries per organization: ${nativeQueriesPerOrganization(command.options.concurrencyLimit ?? 6, emulator.orgs.length)} (UV_THREADPOOL_SIZE=${String(process.env['UV_THREADPOOL_SIZE'])})`,
    ...emulator.orgs.map((org) => `Key for ${org.name} (${org.id}): ${org.apiKey}`),
    `Try: curl -X POST ${emulator.url}/query -H "Authorization: Bearer ${emulator.apiKey}" -H "Content-Type: application/json" -d '{"query":"SELECT signal_name, count() FROM fact_signal GROUP BY signal_name"}'`,
    'Press Ctrl+C to stop.',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`Received ${signal}; stopping.\n`);
    emulator.close().then(
      () => process.exit(0),
      (error: unknown) => {
        process.stderr.write(`Failed to stop cleanly: ${String(error)}\n`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

/** Runs this command again in a child process with `size` libuv threads, forwarding signals and the exit code. */
function runWithThreadPool(size: number): void {
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
    stdio: 'inherit',
    env: { ...process.env, UV_THREADPOOL_SIZE: String(size) },
  });
  const forward = (signal: NodeJS.Signals) => {
    child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);
  child.on('error', (error) => {
    process.stderr.write(`paid-analytics-emulator: ${error.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
}

/** Whether Node can find `chdb` from here (resolving only, nothing loads). */
function chdbInstalled(): boolean {
  try {
    import.meta.resolve('chdb');
    return true;
  } catch (error) {
    return !isMissingChdb(error);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`paid-analytics-emulator: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
