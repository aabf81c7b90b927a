/**
 * Runs the example host apps under `examples/` the way a user would: each is copied outside this
 * repository (so nothing resolves from the repo's own node_modules), installs the packed library
 * tarball with `npm install` (fast from the npm cache; the copy's node_modules is kept between
 * runs), and its own scripts build and serve it. Child processes run with a clean environment
 * (no NODE_ENV=test, no npm lifecycle variables) and are ended by their own process group id.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
export const EXAMPLES_DIR = join(REPO_ROOT, 'examples');

/** Where example copies and the packed tarball live: outside the repository. */
export const EXAMPLES_WORK_DIR = process.env.PAID_EXAMPLES_WORK_DIR ?? join(tmpdir(), 'paid-analytics-react-examples');

/** What a child process of an example sees: the host's environment minus the test runner's. */
export function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [name, value] of Object.entries(process.env)) {
    if (value === undefined) continue;
    if (/^(NODE_ENV|NODE_OPTIONS|VITEST.*|TEST|INIT_CWD|npm_package_.*|npm_lifecycle_.*|npm_config_local_prefix|npm_command|npm_execpath|npm_node_execpath)$/.test(name)) continue;
    if (name === 'PAID_API_KEY' || name === 'PAID_API_URL') continue;
    env[name] = value;
  }
  env.NEXT_TELEMETRY_DISABLED = '1';
  for (const [name, value] of Object.entries(extra)) {
    if (value === undefined) delete env[name];
    else env[name] = value;
  }
  return env;
}

export interface RunResult {
  code: number | null;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** Runs a command to its end; never throws for a non-zero exit (callers assert on `code`). */
export function run(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  const startedAt = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`${command} ${args.join(' ')} took longer than ${options.timeoutMs} ms\n${tail(stdout)}\n${tail(stderr)}`));
    }, options.timeoutMs ?? 300_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, durationMs: performance.now() - startedAt });
    });
  });
}

/** Like `run`, but a non-zero exit throws with the end of the output. */
export async function runOk(command: string, args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<RunResult> {
  const result = await run(command, args, options);
  if (result.code !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited ${String(result.code)} in ${options.cwd}\n${tail(result.stdout)}\n${tail(result.stderr)}`);
  }
  return result;
}

/** The last lines of an output, for error messages. */
export function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

function killGroup(child: ChildProcess): void {
  if (child.pid === undefined || child.exitCode !== null) return;
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

export interface LongRunning {
  /** Everything it printed so far. */
  output(): string;
  /** Ends it (its whole process group) and waits for it to exit. */
  stop(): Promise<void>;
}

/** Starts a server and resolves once its output matches `ready` (e.g. a "listening" line). */
export function startLongRunning(
  command: string,
  args: readonly string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; ready: RegExp; timeoutMs?: number },
): Promise<LongRunning & { match: RegExpMatchArray }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const exited = new Promise<void>((done) => child.on('close', () => done()));
    const handle: LongRunning = {
      output: () => output,
      async stop() {
        killGroup(child);
        const forced = setTimeout(() => child.pid !== undefined && child.exitCode === null && process.kill(-child.pid, 'SIGKILL'), 5_000);
        await exited;
        clearTimeout(forced);
      },
    };
    const timer = setTimeout(() => {
      void handle.stop();
      reject(new Error(`${command} ${args.join(' ')} was not ready in ${options.timeoutMs} ms\n${tail(output)}`));
    }, options.timeoutMs ?? 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.ready.exec(output);
      if (match !== null) {
        clearTimeout(timer);
        resolve({ ...handle, match });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(' ')} exited ${String(code)} before it was ready\n${tail(output)}`));
    });
  });
}

/**
 * A fresh copy of `examples/<name>` outside the repository with the packed library installed
 * (`npm install <tarball>`, resolving the rest from the npm cache first). The copy's node_modules
 * survives between runs, so a second run only swaps the library in.
 */
export async function installExample(name: string, tarball: string): Promise<{ dir: string; install: RunResult }> {
  const source = join(EXAMPLES_DIR, name);
  const dir = join(EXAMPLES_WORK_DIR, name);
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (entry !== 'node_modules') rmSync(join(dir, entry), { recursive: true, force: true });
  }
  cpSync(source, dir, {
    recursive: true,
    filter: (path) => !/[/\\](node_modules|\.next|dist|next-env\.d\.ts)([/\\]|$)/.test(path.slice(source.length)),
  });
  if (!existsSync(tarball)) throw new Error(`no packed library at ${tarball}`);
  const install = await runOk('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball], {
    cwd: dir,
    timeoutMs: 600_000,
  });
  return { dir, install };
}

/** Logs one measured stage, so a run's output says where the examples' time goes. */
export function reportDuration(stage: string, durationMs: number): void {
  process.stdout.write(`[examples] ${stage}: ${(durationMs / 1000).toFixed(1)} s\n`);
}
