import { afterAll, beforeAll } from 'vitest';
import { startDemoServer, type DemoServer } from '../../../demo/startDemoServer';
import { openBrowserSession, type BrowserSession } from './launchChromium';

/** The demo and a Chromium session shared by the tests of one file. */
export interface DemoInBrowser {
  /** The demo (emulator + proxy + pages) at `tiny` scale on a free port; set once `beforeAll` ran. */
  readonly server: DemoServer;
  /** One headless Chromium for the file; each test opens its own page in it. */
  readonly session: BrowserSession;
}

/**
 * Starts the demo and a Chromium session before the file's tests (in parallel) and closes both
 * after them. Call at the top of a browser test file; read `server` and `session` inside tests.
 */
export function useDemoInBrowser(): DemoInBrowser {
  const suite: { server?: DemoServer; session?: BrowserSession } = {};
  beforeAll(async () => {
    [suite.server, suite.session] = await Promise.all([startDemoServer({ port: 0, scale: 'tiny', logLevel: 'silent', watch: false }), openBrowserSession()]);
  });
  afterAll(async () => {
    await suite.session?.close();
    await suite.server?.close();
  });
  return {
    get server() {
      if (suite.server === undefined) throw new Error('The demo starts in beforeAll: read demo.server inside a test or hook.');
      return suite.server;
    },
    get session() {
      if (suite.session === undefined) throw new Error('Chromium starts in beforeAll: read demo.session inside a test or hook.');
      return suite.session;
    },
  };
}
