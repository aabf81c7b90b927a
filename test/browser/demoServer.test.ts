/**
 * `npm start` as a user runs it: one process that prints the dashboard's URL, serves the page and
 * the proxy on it, and on Ctrl-C stops everything it started. Also the demo's scope rule.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { demoAllowsSql, resolveDemoScope } from '../../demo/demoScope';
import { settingsFromSearch, settingsToSearch } from '../../demo/demoSettings';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

let child: ChildProcess | undefined;

afterAll(() => {
  // Only if a test failed half-way: end the group this file started.
  if (child?.pid !== undefined && child.exitCode === null) {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

/** Resolves with the first URL the demo prints as its dashboard. */
function dashboardUrl(process: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Dashboard: (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]!);
    };
    process.stdout?.on('data', onData);
    process.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
    });
    process.once('exit', (code) => reject(new Error(`the demo exited (${code}) before printing its URL:\n${output}`)));
  });
}

function portAccepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

/** True while any process of the group `pgid` is alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('npm start (node --import tsx demo/server.ts)', () => {
  it('serves the dashboard and the proxy on one printed URL, and Ctrl-C leaves no process behind', async () => {
    child = spawn(process.execPath, ['--import', 'tsx', 'demo/server.ts', '--scale', 'tiny', '--port', '0'], {
      cwd: repoRoot,
      detached: true, // its own process group, as a terminal gives it: Ctrl-C signals the whole group
      env: { ...process.env, PAID_API_KEY: '', DEMO_PORT: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await dashboardUrl(child);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    const schema = await fetch(new URL('api/analytics/schema', url));
    expect(schema.status).toBe(200);
    expect(((await schema.json()) as { views: unknown[] }).views).toHaveLength(15);

    expect(groupAlive(child.pid!)).toBe(true);
    // Ctrl-C as a person presses it. `npm start` runs the demo in one Node process
    // (`node --import tsx`), which handles SIGINT itself and exits 0 after closing; the `tsx`
    // CLI's relay process would SIGKILL it (exit 130) whenever its event loop was busy for 30 ms.
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    process.kill(-child.pid!, 'SIGINT');
    expect(await exited).toBe(0);
    expect(await portAccepts(Number(new URL(url).port))).toBe(false);
    // Give the group's last members a moment, then nothing of it may remain.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(groupAlive(child.pid!)).toBe(false);
  });
});

describe('resolveDemoScope', () => {
  const request = (headers: Record<string, string>) => new Request('http://demo/api/analytics/query', { headers });

  it('is the internal, unscoped view without the demo header or cookie', () => {
    expect(resolveDemoScope(request({}))).toEqual({});
    expect(resolveDemoScope(request({ 'paw-demo-customer': '  ' }))).toEqual({});
  });

  it('scopes to the customer named by the header, else by the cookie', () => {
    expect(resolveDemoScope(request({ 'paw-demo-customer': 'cus_1' }))).toEqual({ customerIds: ['cus_1'] });
    expect(resolveDemoScope(request({ cookie: 'a=1; paw-demo-customer=cus_%32' }))).toEqual({ customerIds: ['cus_2'] });
  });

  it('allows raw SQL for the internal view only', () => {
    expect(demoAllowsSql(request({}), {})).toBe(true);
    expect(demoAllowsSql(request({}), { customerIds: ['cus_1'] })).toBe(false);
  });
});

describe('the demo settings in the URL', () => {
  it('round-trip, leaving defaults out and ignoring unknown values', () => {
    const settings = { viewId: 'portal', themeId: 'dark', localeId: 'de-DE', customerId: 'cus_1', creditsCurrencyId: 'cc_x' } as const;
    expect(settingsToSearch(settings)).toBe('?view=portal&theme=dark&locale=de-DE&customer=cus_1&credits=cc_x');
    expect(settingsFromSearch(settingsToSearch(settings))).toEqual(settings);
    expect(settingsToSearch(settingsFromSearch('?view=nope&theme=nope&locale=xx'))).toBe('');
  });
});
