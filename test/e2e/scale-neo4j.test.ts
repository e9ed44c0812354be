// Several `diplograph load` processes into one Neo4j at once — the last step of extraction on several
// machines — give one node per key and one relationship per edge key. Starts its own server.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NEO4J_SETUP_HINT, neo4jPassword, neo4jRuntimeBuilt, startNeo4j, stopNeo4j } from '../../src/neo4j/server/process.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { initMorph } from '../../ingest/morph/morph.ts';
import { writeCorpus } from '../bench/corpus.ts';
import { runCli, tempDir, type CliRun } from '../helpers.ts';
import { freePort } from '../support/free-port.ts';
import { spawnDiplograph } from '../support/neo4j.ts';

const built = neo4jRuntimeBuilt();
const inCi = !['', '0', 'false'].includes(process.env['CI'] ?? '');
const SHARDS = 3;

async function query<T>(uri: string, cypher: string): Promise<T[]> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', neo4jPassword()), { disableLosslessIntegers: true });
  try {
    const { records } = await driver.executeQuery(cypher);
    return records.map((r) => r.toObject() as T);
  } finally {
    await driver.close();
  }
}

if (!built) {
  if (inCi) describe('concurrent loads', () => it('has a built Neo4j runtime', () => expect.fail(NEO4J_SETUP_HINT)));
  else describe.skip(`concurrent loads (Neo4j runtime not built: ${NEO4J_SETUP_HINT})`, () => it('needs Neo4j', () => undefined));
} else {
  describe('concurrent loads into one Neo4j', () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-scale-neo4j-'));
    const snapshots: Snapshot[] = [];
    let uri = '';
    const runs: CliRun[] = [];
    const dirs: string[] = [];

    beforeAll(async () => {
      await initMorph();
      // Shards of one corpus, as machines would ingest them: the same people, states and places in each.
      for (let i = 0; i < SHARDS; i++) {
        const corpus = join(tempDir(), 'shard.jsonl');
        await writeCorpus(corpus, 40, 4, i * 40);
        const out = tempDir();
        expect(runCli(['ingest', corpus, '--out', out, '--workers', '1']).status).toBe(0);
        snapshots.push(JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as Snapshot);
        dirs.push(out);
      }
      const server = await startNeo4j({ port: await freePort(), dataDir, heap: '512m', timeoutMs: 120_000 });
      uri = server.uri;
      const target = { uri, port: 0, dataDir, heap: '512m' };
      // The first load creates the schema (constraints, indexes); then every shard at once, the first again
      // too. Small batches: many interleaved transactions MERGE the same entities at the same time.
      runs.push(await spawnDiplograph(target, ['load', dirs[0]!]).done);
      runs.push(...(await Promise.all(dirs.map((dir) => spawnDiplograph(target, ['load', dir, '--batch-size', '50']).done))));
    }, 400_000);

    afterAll(async () => {
      await stopNeo4j({ dataDir, timeoutMs: 30_000 });
      rmSync(dataDir, { recursive: true, force: true });
    });

    it('every load succeeds', () => {
      expect(runs).toHaveLength(SHARDS + 1);
      for (const run of runs) expect(run.status, run.stderr).toBe(0);
    });


    it('holds one node per key and one relationship per edge key, the union of the shards', async () => {
      const nodeKeys = new Set(snapshots.flatMap((s) => s.nodes.map((n) => n.key)));
      const edgeKeys = new Set(snapshots.flatMap((s) => s.edges.map((e) => e.key)));
      const [nodes] = await query<{ all: number; ids: number }>(uri, 'MATCH (n) WHERE NOT n:Evidence RETURN count(n) AS all, count(DISTINCT n.id) AS ids');
      const [rels] = await query<{ all: number; keys: number }>(uri, 'MATCH ()-[r]->() WHERE type(r) <> "CITES" RETURN count(r) AS all, count(DISTINCT r.key) AS keys');
      expect(nodes).toEqual({ all: nodeKeys.size, ids: nodeKeys.size });
      expect(rels).toEqual({ all: edgeKeys.size, keys: edgeKeys.size });
      const [evidence] = await query<{ all: number; ids: number }>(uri, 'MATCH (e:Evidence) RETURN count(e) AS all, count(DISTINCT e.id) AS ids');
      expect(evidence?.all).toBe(evidence?.ids);
    });

    // Found here: loads that start together on an empty database all create the schema, and Neo4j refused
    // one with DeadlockDetected; schema statements now run again after a transient failure.
    it('loads that start together on an empty database, schema included, give the same union', async () => {
      await query(uri, 'MATCH (n) DETACH DELETE n');
      for (const { name } of await query<{ name: string }>(uri, 'SHOW CONSTRAINTS YIELD name')) await query(uri, `DROP CONSTRAINT \`${name}\``);
      for (const { name } of await query<{ name: string }>(uri, "SHOW INDEXES YIELD name, type WHERE type <> 'LOOKUP'")) await query(uri, `DROP INDEX \`${name}\``);
      expect(await query(uri, 'SHOW CONSTRAINTS')).toEqual([]);
      const target = { uri, port: 0, dataDir, heap: '512m' };
      const together = await Promise.all(dirs.map((dir) => spawnDiplograph(target, ['load', dir, '--batch-size', '50']).done));
      for (const run of together) expect(run.status, run.stderr).toBe(0);
      const nodeKeys = new Set(snapshots.flatMap((snap) => snap.nodes.map((n) => n.key)));
      const [nodes] = await query<{ all: number; ids: number }>(uri, 'MATCH (n) WHERE NOT n:Evidence RETURN count(n) AS all, count(DISTINCT n.id) AS ids');
      expect(nodes).toEqual({ all: nodeKeys.size, ids: nodeKeys.size });
    }, 300_000);
  });
}
