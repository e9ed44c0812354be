// A real Neo4j 5 server from the project's runtime: start, query over Bolt, stop, restart, persistence.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import {
  NEO4J_SETUP_HINT,
  neo4jPassword,
  neo4jRuntimeBuilt,
  neo4jRuntimeDir,
  neo4jStatus,
  startNeo4j,
  stopNeo4j,
} from '../../src/neo4j/server/process.ts';
import { freePort } from '../support/free-port.ts';

const built = neo4jRuntimeBuilt();
// CI must not pass by skipping: there a missing runtime is a failure.
const inCi = !['', '0', 'false'].includes(process.env['CI'] ?? '');
const START_MS = 120_000;


async function query<T>(uri: string, cypher: string, params: Record<string, unknown> = {}): Promise<T[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', neo4jPassword()), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher, params);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

if (!built && inCi) {
  describe('neo4j server', () => {
    it('has a built runtime', () => {
      throw new Error(`Neo4j runtime not built in ${neo4jRuntimeDir()}: ${NEO4J_SETUP_HINT}`);
    });
  });
} else if (!built) {
  process.stderr.write(`neo4j-server.test: skipped, runtime not built (${NEO4J_SETUP_HINT})\n`);
  describe.skip('neo4j server', () => {
    it('needs the runtime', () => undefined);
  });
} else {
  describe('neo4j server', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-neo4j-'));

    afterAll(async () => {
      await stopNeo4j({ dataDir });
      rmSync(dataDir, { recursive: true, force: true });
    }, 70_000);

    it(
      'starts, answers over Bolt, stops, and keeps data across a restart',
      async () => {
        const port = await freePort();
        const first = await startNeo4j({ port, dataDir, timeoutMs: START_MS });
        expect(first.uri).toBe(`bolt://127.0.0.1:${port}`);
        expect(neo4jStatus({ dataDir })).toEqual({ running: true, pid: first.pid, uri: first.uri });

        // A second start on the same dataDir returns the running server.
        expect(await startNeo4j({ port, dataDir })).toEqual(first);

        expect(await query(first.uri, 'RETURN 1 AS one')).toEqual([{ one: 1 }]);
        await query(first.uri, 'CREATE (:Probe {name: $name})', { name: 'Лавров' });
        const names = await query<{ name: string }>(first.uri, 'MATCH (p:Probe) RETURN p.name AS name');
        expect(names).toEqual([{ name: 'Лавров' }]);

        expect(await stopNeo4j({ dataDir })).toBe(true);
        expect(neo4jStatus({ dataDir })).toEqual({ running: false });
        expect(await stopNeo4j({ dataDir })).toBe(false);

        const second = await startNeo4j({ port, dataDir, timeoutMs: START_MS });
        expect(second.pid).not.toBe(first.pid);
        const again = await query<{ name: string }>(second.uri, 'MATCH (p:Probe) RETURN p.name AS name');
        expect(again).toEqual([{ name: 'Лавров' }]);
      },
      4 * START_MS,
    );

    it('refuses a port held by something else', async () => {
      const holder = createServer();
      await new Promise<void>((done) => holder.listen(0, '127.0.0.1', done));
      const address = holder.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      const otherDir = mkdtempSync(join(tmpdir(), 'diplograph-neo4j-busy-'));
      try {
        await expect(startNeo4j({ port, dataDir: otherDir })).rejects.toThrow(/already in use/);
      } finally {
        holder.close();
        rmSync(otherDir, { recursive: true, force: true });
      }
    });
  });
}
