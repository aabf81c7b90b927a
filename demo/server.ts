/**
 * `npm start`: the demo dashboard on the local emulator, in one process.
 *
 *   npm start                               # emulator at 'small' scale, http://127.0.0.1:5173/
 *   npm start -- --scale medium             # or DEMO_SCALE=medium
 *   npm start -- --host 0.0.0.0 --port 0    # or DEMO_PORT=0 (a free port)
 *   PAID_API_KEY=… [PAID_API_URL=…] npm start   # the same dashboard on your real Paid account
 *
 * Ctrl-C (or SIGTERM) stops Vite, the proxy and the emulator.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { startDemoServer, type DemoScale, type DemoServer } from './startDemoServer';

export { startDemoServer } from './startDemoServer';
export type { DemoServer, DemoServerOptions } from './startDemoServer';

const SCALES: readonly DemoScale[] = ['tiny', 'small', 'medium', 'large'];

function fail(message: string): never {
  console.error(`demo: ${message}`);
  process.exit(2);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log('Usage: npm start -- [--scale tiny|small|medium|large] [--port N] [--host 127.0.0.1]');
    return;
  }
  const scale = values.scale ?? process.env.DEMO_SCALE ?? 'small';
  if (!SCALES.includes(scale as DemoScale)) fail(`unknown scale "${scale}" (use ${SCALES.join(', ')})`);
  const portText = values.port ?? process.env.DEMO_PORT ?? '5173';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) fail(`invalid port "${portText}"`);
  const paidApiKey = process.env.PAID_API_KEY?.trim() || undefined;

  console.log(paidApiKey ? 'demo: using the real Paid API' : `demo: starting the emulator (${scale} scale)…`);
  const started = performance.now();
  let server: DemoServer;
  try {
    server = await startDemoServer({
      port,
      host: values.host ?? '127.0.0.1',
      scale: scale as DemoScale,
      paidApiKey,
      paidApiUrl: process.env.PAID_API_URL?.trim() || undefined,
      logLevel: 'warn',
    });
  } catch (error) {
    console.error('demo: failed to start:', error instanceof Error ? error.message : error);
    process.exit(1);
  }

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\n  paid-analytics-react demo ready in ${seconds}s`);
  console.log(`  ➜ Dashboard: ${server.url}`);
  console.log(`  ➜ Data:      ${server.upstream.kind === 'paid' ? server.upstream.baseUrl : 'local emulator (seeded)'}`);
  console.log('  Press Ctrl-C to stop.\n');

  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    console.log(`\ndemo: ${signal}, stopping…`);
    const forced = setTimeout(() => process.exit(1), 5_000);
    forced.unref();
    void server.close().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

// Run only as `tsx demo/server.ts`, not when imported (tests import startDemoServer).
function isEntryPoint(): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) {
  void main();
}
