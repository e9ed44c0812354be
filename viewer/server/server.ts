import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Neo4jBrowse } from '../../src/neo4j/browse.ts';
import { API, type ViewerConfig } from '../shared/api.ts';
import { hostAllowed, setSecurityHeaders } from './headers.ts';
import { handleNeo4jApi, NEO4J_PATHS } from './neo4j-api.ts';
import { sendError, sendJson } from './respond.ts';
import { sendStatic } from './static.ts';

export interface ViewerServerOptions {
  /** The validated snapshot, serialized once. */
  snapshotJson: string;
  /** The built app (viewer/dist). */
  distDir: string;
  host: string;
  port: number;
  /** The Neo4j mode's connection; without it the Neo4j routes answer 404. */
  neo4j?: Neo4jBrowse;
  /** Where the server reports failures it does not show the page (stderr in `diplograph serve`). */
  log?: (line: string) => void;
}

export interface RunningViewer {
  url: string;
  close(): Promise<void>;
}

function handler(options: ViewerServerOptions) {
  const config: ViewerConfig = options.neo4j ? { neo4j: true, database: options.neo4j.database } : { neo4j: false };
  const configJson = JSON.stringify(config);
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (!hostAllowed(options.host, req.headers.host)) return sendError(res, 403, 'forbidden: unexpected Host header');
    const path = new URL(req.url ?? '/', 'http://viewer').pathname;
    if (NEO4J_PATHS.has(path)) return handleNeo4jApi(options.neo4j, req, res, path);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('Allow', 'GET, HEAD');
      return sendError(res, 405, 'method not allowed');
    }
    const headOnly = req.method === 'HEAD';
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
    handle(req, res).catch((error: unknown) => {
      options.log?.(`diplograph: serve: ${req.method ?? ''} ${req.url ?? ''} failed: ${(error as Error).message}`);
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
