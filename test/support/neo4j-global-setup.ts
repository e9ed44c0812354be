// Starts ONE Neo4j server for the whole test run (free port, temp data dir) when the runtime is
// built and the run includes a test that needs it; stops it at the end.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { freePort } from './free-port.ts';
import { neo4jRuntimeBuilt, startNeo4j, stopNeo4j } from '../../src/neo4j/server/process.ts';

const HEAP = '1g';
// Tests that use the shared server (neo4j-server.test.ts starts its own).
const USES_SHARED = /[/\\](?:neo4j-(?!server\.test)[^/\\]*|export-neo4j|viewer-neo4j)\.test\.ts$/;

/** Only worth ~7 s and a JVM when a Neo4j test file is among those selected for the run. */
async function runNeedsNeo4j(project: TestProject): Promise<boolean> {
  // Vitest keeps the command line's file filters here (internal; absent means: run everything).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (!filters?.length) return true;
  const specs = await project.vitest.globTestSpecifications(filters);
  return specs.some((s) => USES_SHARED.test(s.moduleId));
}

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  project.provide('neo4j', null);
  if (!neo4jRuntimeBuilt() || !(await runNeedsNeo4j(project))) return undefined;
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-test-neo4j-'));
  const port = await freePort();
  const server = await startNeo4j({ port, dataDir, heap: HEAP, timeoutMs: 120_000 });
  project.provide('neo4j', { uri: server.uri, port, dataDir, heap: HEAP });
  return async () => {
    await stopNeo4j({ dataDir, timeoutMs: 30_000 });
    rmSync(dataDir, { recursive: true, force: true });
  };
}
