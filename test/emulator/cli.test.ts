import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { parseCliArguments } from '../../src/emulator/cliArguments';

describe('parseCliArguments', () => {
  it('maps every flag to the startEmulator option of the same name', () => {
    expect(
      parseCliArguments([
        '--port', '0', '--host', '0.0.0.0', '--seed', '7', '--scale', 'tiny', '--anchor-date', '2026-01-31',
        '--query-timeout-ms', '5000', '--concurrency-limit', '3', '--max-rows', '100', '--max-body-bytes', '2048', '--data-dir', '/tmp/x',
        '--body-timeout-ms', '3000', '--query-memory-bytes', '536870912',
      ]),
    ).toEqual({
      kind: 'start',
      options: { port: 0, host: '0.0.0.0', seed: 7, scale: 'tiny', anchorDate: '2026-01-31', queryTimeoutMs: 5000, concurrencyLimit: 3, maxRows: 100, maxBodyBytes: 2048, dataDir: '/tmp/x', bodyTimeoutMs: 3000, queryMemoryBytes: 536_870_912 },
    });
  });

  it('defaults to port 8787 and small scale', () => {
    expect(parseCliArguments([])).toEqual({ kind: 'start', options: { port: 8787, scale: 'small' } });
  });

  it('refuses unknown flags, bad numbers and unknown scales', () => {
    expect(() => parseCliArguments(['--nope'])).toThrow();
    expect(() => parseCliArguments(['--port', 'abc'])).toThrow(/--port/);
    expect(() => parseCliArguments(['--scale', 'huge'])).toThrow(/--scale/);
  });

  it('recognises --help', () => {
    expect(parseCliArguments(['--help'])).toEqual({ kind: 'help' });
  });
});

describe('paid-analytics-emulator', () => {
  it('prints its usage for --help and exits 0 (chdb loads only to start; without it a one-line hint follows)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/cli.ts', '--help'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exitCode = await new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    expect(exitCode).toBe(0);
    expect(stdout).toMatch(/^Usage: paid-analytics-emulator/);
    expect(stdout).not.toContain('npm i -D chdb'); // chdb is installed here; the example without it sees the hint
    expect(stderr).toBe('');
  });

  it('prints the URL on the current path, the API base and keys, serves them, and exits 0 on SIGTERM', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/emulator/cli.ts', '--port', '0', '--scale', 'tiny', '--anchor-date', '2026-11-20'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /URL: (\S+)/.exec(output);
        if (match?.[1] !== undefined && /Key for/.test(output)) resolve(match[1]);
      });
      child.on('exit', () => reject(new Error(`exited early: ${output}`)));
    });
    const key = /Key for [^:]+: (\S+)/.exec(output)?.[1];
    expect(url).toMatch(/\/api\/v2\/analytics$/);
    expect(output).toMatch(/API base \(for Paid's SDK\): http:\/\/127\.0\.0\.1:\d+\/api\/v2\n/);
    // The emulator runs in a child with a larger libuv pool, so each organization gets two native queries.
    expect(output).toMatch(/Native queries per organization: 2 \(UV_THREADPOOL_SIZE=12\)/);
    const response = await fetch(`${url}/schema`, { headers: { authorization: `Bearer ${key}` } });
    expect(response.status).toBe(200);
    const exitCode = await new Promise<number | null>((resolve) => {
      child.on('exit', (code) => resolve(code));
      child.kill('SIGTERM');
    });
    expect(exitCode).toBe(0);
  });
});
