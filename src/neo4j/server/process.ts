// Starts, stops and inspects the project's local Neo4j 5 server (Launcher.java run
// as a detached JVM). The runtime is built by `bash src/neo4j/server/setup.sh`.
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface StartNeo4jOptions {
  /** Bolt port on 127.0.0.1; default env DIPLOGRAPH_NEO4J_PORT, else 7687. */
  port?: number;
  /** Neo4j home (store, logs, pid); default `.diplograph/neo4j` under the cwd. */
  dataDir?: string;
  /** JVM heap, e.g. "512m"; default env DIPLOGRAPH_NEO4J_HEAP, else 512m. */
  heap?: string;
  /** Page cache, e.g. "256m"; default env DIPLOGRAPH_NEO4J_PAGECACHE, else 256m. */
  pageCache?: string;
  /** How long to wait for READY; default 120 s. */
  timeoutMs?: number;
  /** Built runtime; default env DIPLOGRAPH_NEO4J_RUNTIME, else <repo>/.diplograph/runtime/neo4j. */
  runtimeDir?: string;
}
export interface StopNeo4jOptions {
  dataDir?: string;
  /** Grace period after SIGTERM before SIGKILL; default 60 s. */
  timeoutMs?: number;
}
export interface Neo4jStatusOptions {
  dataDir?: string;
}
export interface RunningNeo4j {
  uri: string;
  pid: number;
}
export interface Neo4jStatus {
  running: boolean;
  pid?: number;
  uri?: string;
}

export const NEO4J_SETUP_HINT = "run 'bash src/neo4j/server/setup.sh'";
export const DEFAULT_NEO4J_PASSWORD = 'diplograph-dev';
const HOST = '127.0.0.1';
const SIZE = /^\d+[kmgKMG]?$/;

/** The password Launcher sets for user neo4j (same env var, same default). */
export function neo4jPassword(): string {
  return process.env['NEO4J_PASSWORD'] ?? DEFAULT_NEO4J_PASSWORD;
}

export function neo4jRuntimeDir(): string {
  const fromEnv = process.env['DIPLOGRAPH_NEO4J_RUNTIME'];
  if (fromEnv) return resolve(fromEnv);
  return fileURLToPath(new URL('../../../.diplograph/runtime/neo4j', import.meta.url));
}

export function neo4jRuntimeBuilt(runtimeDir: string = neo4jRuntimeDir()): boolean {
  return existsSync(join(runtimeDir, 'stamp')) && existsSync(join(runtimeDir, 'classes', 'Launcher.class'));
}

function resolveDataDir(dataDir: string | undefined): string {
  return resolve(dataDir ?? join(process.cwd(), '.diplograph', 'neo4j'));
}

function defaultPort(): number {
  const raw = process.env['DIPLOGRAPH_NEO4J_PORT'];
  return raw ? Number(raw) : 7687;
}

// The JVM carries this marker so a recycled pid is never mistaken for our server.
const marker = (dataDir: string): string => `-Ddiplograph.neo4j.home=${dataDir}`;

function isOurs(pid: number, dataDir: string): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  const cmdline = `/proc/${pid}/cmdline`;
  if (!existsSync('/proc/self/cmdline')) return true; // no procfs: trust the pid
  try {
    return readFileSync(cmdline, 'utf8').split('\0').includes(marker(dataDir)); // zombies read ''
  } catch {
    return false;
  }
}

function portOpen(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host: HOST, port });
    const finish = (open: boolean): void => {
      socket.destroy();
      done(open);
    };
    socket.setTimeout(timeoutMs, () => finish(false));
    socket.once('connect', () => finish(true));
    socket.once('error', () => finish(false));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

function readFrom(file: string, offset: number): string {
  try {
    return readFileSync(file).subarray(offset).toString('utf8');
  } catch {
    return '';
  }
}

/** Last log lines, on one line; an "ERROR ..." line from Launcher says the most. */
function logTail(text: string): string {
  const lines = text.split('\n').map((l) => l.trim()).filter(Boolean);
  const error = lines.find((l) => l.startsWith('ERROR '));
  const tail = error ? [error] : lines.slice(-5);
  return tail.map((l) => l.slice(0, 300)).join(' | ') || '(log empty)';
}

export function neo4jStatus(opts: Neo4jStatusOptions = {}): Neo4jStatus {
  const dataDir = resolveDataDir(opts.dataDir);
  let pid: number;
  try {
    pid = Number(readFileSync(join(dataDir, 'server.pid'), 'utf8').trim());
  } catch {
    return { running: false };
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isOurs(pid, dataDir)) return { running: false };
  try {
    const info = JSON.parse(readFileSync(join(dataDir, 'server.json'), 'utf8')) as { uri?: unknown };
    if (typeof info.uri === 'string') return { running: true, pid, uri: info.uri };
  } catch {
    // server.json is informative only
  }
  return { running: true, pid };
}

export async function startNeo4j(opts: StartNeo4jOptions = {}): Promise<RunningNeo4j> {
  const dataDir = resolveDataDir(opts.dataDir);
  const port = opts.port ?? defaultPort();
  const heap = opts.heap ?? process.env['DIPLOGRAPH_NEO4J_HEAP'] ?? '512m';
  const pageCache = opts.pageCache ?? process.env['DIPLOGRAPH_NEO4J_PAGECACHE'] ?? '256m';
  const timeoutMs = opts.timeoutMs ?? 120_000;
  const runtimeDir = opts.runtimeDir ?? neo4jRuntimeDir();
  const deadline = Date.now() + timeoutMs;
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`Neo4j: invalid port ${port}`);
  if (!SIZE.test(heap) || !SIZE.test(pageCache)) throw new Error(`Neo4j: invalid heap "${heap}" or page cache "${pageCache}"`);

  const existing = neo4jStatus({ dataDir });
  if (existing.running && existing.pid !== undefined) {
    const uri = existing.uri ?? `bolt://${HOST}:${port}`;
    const existingPort = Number(new URL(uri).port);
    // Possibly still starting (another caller): wait for its port.
    while (!(await portOpen(existingPort))) {
      if (Date.now() > deadline) throw new Error(`Neo4j pid ${existing.pid} is running but ${uri} does not answer`);
      await sleep(250);
    }
    return { uri, pid: existing.pid };
  }

  if (!neo4jRuntimeBuilt(runtimeDir)) throw new Error(`Neo4j runtime not built in ${runtimeDir}: ${NEO4J_SETUP_HINT}`);
  if (await portOpen(port)) {
    throw new Error(`Neo4j: port ${port} is already in use by another process (pick another with --port or DIPLOGRAPH_NEO4J_PORT)`);
  }

  mkdirSync(dataDir, { recursive: true });
  const logFile = join(dataDir, 'server.log');
  const offset = existsSync(logFile) ? statSync(logFile).size : 0;
  const javaHome = process.env['JAVA_HOME'];
  const java = javaHome ? join(javaHome, 'bin', 'java') : 'java';
  const args = [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+ExitOnOutOfMemoryError',
    // Neo4j 5 on Java 17 reaches into these JDK internals (as its own launcher allows).
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '-Dfile.encoding=UTF-8',
    marker(dataDir),
    '-cp',
    `${join(runtimeDir, 'lib', '*')}:${join(runtimeDir, 'classes')}`,
    'Launcher',
    dataDir,
    String(port),
    pageCache,
  ];
  const fd = openSync(logFile, 'a');
  const child = spawn(java, args, { detached: true, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  child.unref();
  let failure: string | undefined;
  child.once('error', (err: NodeJS.ErrnoException) => {
    failure = err.code === 'ENOENT' ? `java not found (${java}); install Java 17+ or set JAVA_HOME` : `cannot run java: ${err.message}`;
  });
  child.once('exit', (code, signal) => {
    failure ??= `Neo4j exited (${signal ?? `code ${code}`}) before READY: ${logTail(readFrom(logFile, offset))}`;
  });
  await sleep(0); // let a spawn 'error' (no java) arrive first
  if (failure === undefined && child.pid !== undefined) {
    const uri = `bolt://${HOST}:${port}`;
    writeFileSync(join(dataDir, 'server.pid'), `${child.pid}\n`);
    writeFileSync(join(dataDir, 'server.json'), `${JSON.stringify({ pid: child.pid, port, uri, startedAt: new Date().toISOString() }, null, 2)}\n`);
  }

  for (;;) {
    if (failure !== undefined) {
      removePidFiles(dataDir);
      throw new Error(failure);
    }
    const pid = child.pid;
    if (pid !== undefined && readFrom(logFile, offset).includes('READY bolt://') && (await portOpen(port))) {
      return { uri: `bolt://${HOST}:${port}`, pid };
    }
    if (Date.now() > deadline) {
      const tail = logTail(readFrom(logFile, offset));
      await stopNeo4j({ dataDir, timeoutMs: 10_000 });
      throw new Error(`Neo4j not ready within ${timeoutMs / 1000}s (log ${logFile}): ${tail}`);
    }
    await sleep(200);
  }
}

function removePidFiles(dataDir: string): void {
  rmSync(join(dataDir, 'server.pid'), { force: true });
  rmSync(join(dataDir, 'server.json'), { force: true });
}

/** SIGTERM (clean DBMS shutdown), SIGKILL after the grace period. Resolves false if it was not running. */
export async function stopNeo4j(opts: StopNeo4jOptions = {}): Promise<boolean> {
  const dataDir = resolveDataDir(opts.dataDir);
  const { running, pid } = neo4jStatus({ dataDir });
  if (!running || pid === undefined) {
    removePidFiles(dataDir);
    return false;
  }
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  signal(pid, 'SIGTERM');
  while (isOurs(pid, dataDir) && Date.now() < deadline) await sleep(100);
  if (isOurs(pid, dataDir)) {
    signal(pid, 'SIGKILL');
    const killDeadline = Date.now() + 10_000;
    while (isOurs(pid, dataDir)) {
      if (Date.now() > killDeadline) throw new Error(`Neo4j pid ${pid} survived SIGKILL`);
      await sleep(100);
    }
  }
  removePidFiles(dataDir);
  return true;
}

function signal(pid: number, sig: NodeJS.Signals): void {
  try {
    process.kill(pid, sig);
  } catch {
    // already gone
  }
}
