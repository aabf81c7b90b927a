/**
 * A Vite plugin that serves the analytics proxy at `/api/analytics` inside the dev server, so
 * the dashboard, the proxy and the emulator are one process on one port.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Plugin } from 'vite';

export type NodeRequestHandler = (request: IncomingMessage, response: ServerResponse, next?: (error?: unknown) => void) => unknown;

export const ANALYTICS_MOUNT_PATH = '/api/analytics';

/** Mounts `handler` at `/api/analytics` ahead of Vite's own middlewares (SPA fallback, transforms). */
export function analyticsProxyPlugin(handler: NodeRequestHandler): Plugin {
  return {
    name: 'paid-analytics-demo-proxy',
    configureServer(server) {
      server.middlewares.use(ANALYTICS_MOUNT_PATH, (request, response, next) => {
        void Promise.resolve(handler(request, response, next)).catch(next);
      });
    },
  };
}
