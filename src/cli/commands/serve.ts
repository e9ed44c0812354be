import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { parseSnapshot, SnapshotError } from '../../graph/snapshot.ts';
import { DIST_DIR, ensureViewerBuilt, ViewerBuildError } from '../../../viewer/server/build.ts';
import { isLoopback } from '../../../viewer/server/headers.ts';
import { startViewerServer, type RunningViewer, type ViewerServerOptions } from '../../../viewer/server/server.ts';
import type { RegisterCommands } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { err, out } from '../io.ts';
import { connectNeo4j, emptySnapshotJson } from './serve-neo4j.ts';
import { resolveSnapshotPath } from './validate.ts';

export const DEFAULT_PORT = 5178;
export const DEFAULT_HOST = '127.0.0.1';

interface ServeOptions {
  port: number;
  host: string;
  /** true: --neo4j, false: --no-neo4j, undefined: on when NEO4J_URI is set. */
  neo4j?: boolean;
}

function portOption(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free one)');
  return port;
}

/** The snapshot to show: the path given, or ./out when it holds one; null: start empty (Neo4j mode). */
function defaultPath(path: string | undefined, neo4j: boolean): string | null {
  if (path) return path;
  if (existsSync('out/graph.json')) return 'out';
  if (neo4j) return null;
  throw new UsageError("serve: no snapshot given and ./out/graph.json does not exist — pass one ('diplograph serve out/graph.json') or make one with 'diplograph ingest <paths> --out out'");
}

async function loadSnapshotJson(path: string): Promise<string> {
  const file = await resolveSnapshotPath(path);
  const json = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${file}: cannot read (${error.code ?? error.message})`);
  });
  try {
    // Re-serialized from the validated value: the browser only ever sees what passed the schema.
    return JSON.stringify(parseSnapshot(json, file));
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    for (const p of error.problems.slice(0, 20)) err(`  ${p}`);
    throw new CliError(`${file}: invalid snapshot, ${error.problems.length} problem(s) — 'diplograph validate ${path}' lists them all`);
  }
}

async function listen(server: Omit<ViewerServerOptions, 'host' | 'port' | 'distDir'>, opts: ServeOptions): Promise<RunningViewer> {
  try {
    return await startViewerServer({ ...server, distDir: DIST_DIR, host: opts.host, port: opts.port, log: err });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`serve: port ${opts.port} on ${opts.host} is in use — pick another with --port (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`serve: cannot listen on ${opts.host} — is it an address of this machine?`);
    throw error;
  }
}

/** Serves until SIGINT or SIGTERM, then closes the server (and the Neo4j connection) and returns. */
async function runServe(path: string | undefined, opts: ServeOptions): Promise<number> {
  const neo4j = await connectNeo4j(opts.neo4j);
  try {
    const snapshotPath = defaultPath(path, neo4j !== undefined);
    const snapshotJson = snapshotPath === null ? emptySnapshotJson() : await loadSnapshotJson(snapshotPath);
    try {
      await ensureViewerBuilt(err);
    } catch (error) {
      if (error instanceof ViewerBuildError) throw new CliError(`serve: ${error.message}`, 1, { cause: error });
      throw error;
    }
    const viewer = await listen(neo4j ? { snapshotJson, neo4j } : { snapshotJson }, opts);
    if (!isLoopback(opts.host)) {
      err(`diplograph: warning: listening on ${opts.host}: anyone who can reach this machine can read the graph${neo4j ? ' and run read-only queries on Neo4j' : ''}`);
    }
    out(`diplograph: viewer at ${viewer.url} (Ctrl+C to stop)`);
    await new Promise<void>((stop) => {
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await viewer.close();
    return 0;
  } finally {
    await neo4j?.close();
  }
}

/** Commands: serve (the viewer). */
export const registerServeCommand: RegisterCommands = (cli, setExit) => {
  cli
    .command('serve')
    .description('explore a snapshot in the browser (Sigma.js viewer); prints the URL to open')
    .argument('[snapshot]', 'graph.json or the directory holding it (default: ./out; in Neo4j mode without one, an empty graph)')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', portOption, DEFAULT_PORT)
    .option('--host <address>', 'address to bind; anything but loopback exposes the graph to the network', DEFAULT_HOST)
    .option('--neo4j', 'query Neo4j from the viewer (connection from NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE or the local server); on by default when NEO4J_URI is set')
    .option('--no-neo4j', 'no Neo4j mode, even with NEO4J_URI set')
    .action(async (path: string | undefined, opts: ServeOptions) => setExit(await runServe(path, opts)));
};
