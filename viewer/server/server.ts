import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { API, DEFAULT_VIEWER_CONFIG, type ViewerConfig } from '../shared/api.ts';
import { hostAllowed, setSecurityHeaders } from './headers.ts';
import { sendStatic } from './static.ts';

export interface ViewerServerOptions {
  /** The validated snapshot, serialized once. */
  snapshotJson: string;
  /** The built app (viewer/dist). */
  distDir: string;
  host: string;
  port: number;
  config?: ViewerConfig;
}

export interface RunningViewer {
  url: string;
  close(): Promise<void>;
}

function sendJson(res: ServerResponse, body: string, headOnly: boolean): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'application/json; charset=utf-8');
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.setHeader('Cache-Control', 'no-store');
  res.end(headOnly ? undefined : body);
}

function sendError(res: ServerResponse, status: number, message: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.end(`${message}\n`);
}

function handler(options: ViewerServerOptions) {
  const configJson = JSON.stringify(options.config ?? DEFAULT_VIEWER_CONFIG);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (!hostAllowed(options.host, req.headers.host)) return sendError(res, 403, 'forbidden: unexpected Host header');
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, 'method not allowed');
    }
    const headOnly = req.method === 'HEAD';
    const path = new URL(req.url ?? '/', 'http://viewer').pathname;
    if (path === API.snapshot) return sendJson(res, options.snapshotJson, headOnly);
    if (path === API.config) return sendJson(res, configJson, headOnly);
    if (path.startsWith('/api/')) return sendError(res, 404, 'no such API');
    if (!(await sendStatic(options.distDir, path, res, headOnly))) sendError(res, 404, 'not found');
  };
}

/** Starts the viewer's HTTP server; resolves with its URL once it listens. */
export function startViewerServer(options: ViewerServerOptions): Promise<RunningViewer> {
  const handle = handler(options);
  const server: Server = createServer((req, res) => {
    handle(req, res).catch(() => {
      if (!res.headersSent) sendError(res, 500, 'internal error');
      else res.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const { port } = server.address() as AddressInfo;
      const host = options.host.includes(':') ? `[${options.host}]` : options.host;
      resolve({
        url: `http://${host}:${port}/`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
