import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { InvalidArgumentError } from 'commander';
import { parseSnapshot, SnapshotError } from '../../graph/snapshot.ts';
import { DIST_DIR, ensureViewerBuilt, ViewerBuildError } from '../../../viewer/server/build.ts';
import { isLoopback } from '../../../viewer/server/headers.ts';
import { startViewerServer, type RunningViewer } from '../../../viewer/server/server.ts';
import type { RegisterCommands } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { err, out } from '../io.ts';
import { resolveSnapshotPath } from './validate.ts';

export const DEFAULT_PORT = 5178;
export const DEFAULT_HOST = '127.0.0.1';

interface ServeOptions {
  port: number;
  host: string;
}

function portOption(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) throw new InvalidArgumentError('expected a port number from 0 to 65535 (0 picks a free one)');
  return port;
}

/** The snapshot to show: the path given, or ./out when it holds one. */
function defaultPath(path: string | undefined): string {
  if (path) return path;
  if (existsSync('out/graph.json')) return 'out';
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

async function listen(snapshotJson: string, opts: ServeOptions): Promise<RunningViewer> {
  try {
    return await startViewerServer({ snapshotJson, distDir: DIST_DIR, host: opts.host, port: opts.port });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new CliError(`serve: port ${opts.port} on ${opts.host} is in use — pick another with --port (0 picks a free one)`);
    if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new CliError(`serve: cannot listen on ${opts.host} — is it an address of this machine?`);
    throw error;
  }
}

/** Serves until SIGINT or SIGTERM, then closes the server and returns. */
async function runServe(path: string | undefined, opts: ServeOptions): Promise<number> {
  const snapshotJson = await loadSnapshotJson(defaultPath(path));
  try {
    await ensureViewerBuilt(err);
  } catch (error) {
    if (error instanceof ViewerBuildError) throw new CliError(`serve: ${error.message}`, 1, { cause: error });
    throw error;
  }
  const viewer = await listen(snapshotJson, opts);
  if (!isLoopback(opts.host)) err(`diplograph: warning: listening on ${opts.host}: anyone who can reach this machine can read the graph`);
  out(`diplograph: viewer at ${viewer.url} (Ctrl+C to stop)`);
  await new Promise<void>((stop) => {
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await viewer.close();
  return 0;
}

/** Commands: serve (the viewer). */
export const registerServeCommand: RegisterCommands = (cli, setExit) => {
  cli
    .command('serve')
    .description('explore a snapshot in the browser (Sigma.js viewer); prints the URL to open')
    .argument('[snapshot]', 'graph.json or the directory holding it (default: ./out)')
    .option('-p, --port <n>', 'port to listen on (0 picks a free one)', portOption, DEFAULT_PORT)
    .option('--host <address>', 'address to bind; anything but loopback exposes the graph to the network', DEFAULT_HOST)
    .action(async (path: string | undefined, opts: ServeOptions) => setExit(await runServe(path, opts)));
};
