#!/usr/bin/env node
/**
 * `paid-analytics-emulator`: starts the emulator with options from flags, prints the URL and the
 * keys, and stops cleanly on SIGINT or SIGTERM.
 */
import { CHDB_INSTALL_HINT, isMissingChdb, loadWithChdb } from './chdbInstallHint';
import { CLI_USAGE, parseCliArguments } from './cliArguments';

async function main(argv: readonly string[]): Promise<void> {
  // More libuv threads than Node's 4, before anything uses the pool: chDB runs each query on one,
  // so each organization can run several at once (see nativeQueriesPerOrganization).
  process.env['UV_THREADPOOL_SIZE'] ??= '12';
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
  // Loaded only now, so `--help` and flag errors work without chdb; without it, one line says what to install.
  const { startEmulator } = await loadWithChdb(() => import('./startEmulator'));
  const emulator = await startEmulator(command.options);
  const lines = [
    `Paid Analytics emulator (${emulator.scale}, seed ${emulator.seed}, data up to ${emulator.anchorTime}, seeded in ${emulator.seedMs} ms)`,
    `URL: ${emulator.url}`,
    `API base (for Paid's SDK): ${emulator.apiBaseUrl}`,
    `Deprecated path, also served: ${emulator.deprecatedUrl}`,
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
