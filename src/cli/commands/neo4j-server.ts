// diplograph neo4j start | stop | status: the local server (src/neo4j/server/process.ts).
import { isAbsolute, relative, resolve } from 'node:path';
import { NEO4J_SETUP_HINT, neo4jRuntimeBuilt, neo4jRuntimeDir, neo4jStatus, startNeo4j, stopNeo4j } from '../../neo4j/server/process.ts';
import { CliError } from '../errors.ts';
import { err, out } from '../io.ts';

export interface ServerOptions {
  port?: number;
  dataDir?: string;
}

const DEFAULT_DATA_DIR = '.diplograph/neo4j';
/** LSB's "program is not running". */
export const NOT_RUNNING = 3;

function dataDirOf(opts: ServerOptions): string {
  return resolve(opts.dataDir ?? DEFAULT_DATA_DIR);
}

/** Relative to the working directory when inside it, else absolute. */
function shown(dir: string): string {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? '.' : rel.startsWith('..') || isAbsolute(rel) ? dir : rel;
}

/** When NEO4J_URI points elsewhere, load and query will not use the local server: say so. */
function envNote(uri: string | undefined): void {
  const fromEnv = process.env['NEO4J_URI'];
  if (fromEnv && uri && fromEnv !== uri) err(`note: NEO4J_URI is set to ${fromEnv}, so load and query use that server, not this one`);
}

function usageHint(dataDir: string, uri: string): void {
  const defaultDir = resolve(DEFAULT_DATA_DIR) === dataDir;
  err(`user neo4j, password from NEO4J_PASSWORD (default diplograph-dev)`);
  if (!defaultDir && !process.env['NEO4J_URI']) err(`for load and query: export NEO4J_URI=${uri}`);
}

export async function runNeo4jStart(opts: ServerOptions): Promise<number> {
  const dataDir = dataDirOf(opts);
  const running = neo4jStatus({ dataDir });
  if (running.running) {
    out(`Neo4j already running at ${running.uri ?? '(unknown port)'} (pid ${running.pid}, data ${shown(dataDir)})`);
    envNote(running.uri);
    return 0;
  }
  if (!neo4jRuntimeBuilt()) {
    throw new CliError(`neo4j start: the Neo4j runtime is not built in ${neo4jRuntimeDir()} — ${NEO4J_SETUP_HINT} (needs JDK 17 and Maven), or use your own Neo4j with NEO4J_URI`);
  }
  err(`starting Neo4j (data ${shown(dataDir)}) …`);
  const started = Date.now();
  try {
    const server = await startNeo4j({ dataDir, ...(opts.port === undefined ? {} : { port: opts.port }) });
    out(`Neo4j running at ${server.uri} (pid ${server.pid}, data ${shown(dataDir)}, ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`);
    usageHint(dataDir, server.uri);
    envNote(server.uri);
    return 0;
  } catch (error) {
    throw new CliError(`neo4j start: ${(error as Error).message.split('\n')[0]}`, 1, { cause: error });
  }
}

export async function runNeo4jStop(opts: ServerOptions): Promise<number> {
  const dataDir = dataDirOf(opts);
  const { pid } = neo4jStatus({ dataDir });
  try {
    if (await stopNeo4j({ dataDir })) out(`Neo4j stopped (pid ${pid}, data ${shown(dataDir)})`);
    else out(`Neo4j was not running (data ${shown(dataDir)})`);
    return 0;
  } catch (error) {
    throw new CliError(`neo4j stop: ${(error as Error).message}`, 1, { cause: error });
  }
}

export function runNeo4jStatus(opts: ServerOptions): number {
  const dataDir = dataDirOf(opts);
  const status = neo4jStatus({ dataDir });
  if (!status.running) {
    out(`Neo4j not running (data ${shown(dataDir)}) — start it with 'diplograph neo4j start'`);
    return NOT_RUNNING;
  }
  out(`Neo4j running at ${status.uri ?? '(unknown port)'} (pid ${status.pid}, data ${shown(dataDir)})`);
  envNote(status.uri);
  return 0;
}
