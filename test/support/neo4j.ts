// Test helpers for the shared Neo4j server: skip-or-fail policy, config, cleanup, CLI runs, counts.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, inject, it } from 'vitest';
import type { Neo4jConfig } from '../../src/neo4j/config.ts';
import { NEO4J_SETUP_HINT, neo4jRuntimeDir } from '../../src/neo4j/server/process.ts';
import { ROOT, type CliRun } from '../helpers.ts';
import type { TestNeo4jServer } from './neo4j-context.ts';

// CI must not pass by skipping: there a missing runtime is a failure.
const IN_CI = !['', '0', 'false'].includes(process.env['CI'] ?? '');

/** describe() with the shared server, or a skip (locally) / a failure (CI) when there is none. */
export function describeNeo4j(name: string, body: (server: TestNeo4jServer) => void): void {
  const server = inject('neo4j');
  if (server) {
    describe(name, () => body(server));
  } else if (IN_CI) {
    describe(name, () => it('has a Neo4j server', () => {
      throw new Error(`no Neo4j server for the tests: runtime not built in ${neo4jRuntimeDir()} (${NEO4J_SETUP_HINT})`);
    }));
  } else {
    process.stderr.write(`${name}: skipped, Neo4j runtime not built (${NEO4J_SETUP_HINT})\n`);
    describe.skip(name, () => it('needs Neo4j', () => undefined));
  }
}

export function configFor(server: TestNeo4jServer, overrides: Partial<Neo4jConfig> = {}): Neo4jConfig {
  return { uri: server.uri, user: 'neo4j', password: process.env['NEO4J_PASSWORD'] ?? 'diplograph-dev', database: 'neo4j', ...overrides };
}

/** Runs Cypher directly (integers as JS numbers unless lossless is asked for). */
export async function cypher<T = Record<string, unknown>>(config: Neo4jConfig, query: string, params: object = {}, lossless = false): Promise<T[]> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), { disableLosslessIntegers: !lossless });
  try {
    const session = driver.session({ database: config.database });
    try {
      const result = await session.run(query, params);
      return result.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  } finally {
    await driver.close();
  }
}

/** Empties the database (schema stays), in chunks so that big graphs do not need a big heap. */
export async function clearDatabase(config: Neo4jConfig): Promise<void> {
  await cypher(config, 'MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
}

/** Nodes by label and relationships by type, e.g. { 'Person': 2, 'MET': 1 }. */
export async function counts(config: Neo4jConfig): Promise<Record<string, number>> {
  const rows = await cypher<{ kind: string; count: number }>(
    config,
    `CALL () { MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS count
               UNION ALL MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS count }
     RETURN kind, count ORDER BY kind`,
  );
  return Object.fromEntries(rows.map((r) => [r.kind, r.count]));
}

/** Every node and relationship with all its properties, in a stable order: for "nothing changed". */
export async function dump(config: Neo4jConfig): Promise<unknown[]> {
  const nodes = await cypher(config, 'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id');
  const rels = await cypher(config, 'MATCH (s)-[r]->(t) RETURN type(r) AS type, s.id AS s, t.id AS t, properties(r) AS props ORDER BY type, s, t, r.key');
  return [...nodes, ...rels];
}

function cliEnv(server: TestNeo4jServer, env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  const merged: NodeJS.ProcessEnv = { ...process.env, CI: '1', NEO4J_URI: server.uri, NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j', ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  return merged;
}

/** The real command line against the test server; env entries override (undefined removes). */
export function runDiplograph(server: TestNeo4jServer, args: string[], env: Record<string, string | undefined> = {}, input?: string): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: cliEnv(server, env),
    timeout: 300_000,
  });
  // A failed spawn (or a timeout) shows up in stderr, so that a failing test says why.
  const spawnError = result.error ? `[spawn: ${result.error.message}]` : result.signal ? `[killed by ${result.signal}]` : '';
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr + spawnError };
}

export interface RunningCli {
  child: ChildProcess;
  done: Promise<CliRun>;
}

/** The command line in the background (for killing the server under it). */
export function spawnDiplograph(server: TestNeo4jServer, args: string[], env: Record<string, string | undefined> = {}): RunningCli {
  const child = spawn(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), ...args], { cwd: ROOT, env: cliEnv(server, env), stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  const done = new Promise<CliRun>((resolve) => {
    child.once('error', (error) => resolve({ status: -1, stdout, stderr: `${stderr}[spawn: ${error.message}]` }));
    child.once('close', (code, signal) => resolve({ status: code ?? -1, stdout, stderr: stderr + (signal ? `[killed by ${signal}]` : '') }));
  });
  return { child, done };
}
