// The server dies (SIGKILL) in the middle of a load: the load reports how far it got, and a rerun
// after a restart completes it with exactly the counts of a clean load and no duplicates.
import { afterAll, expect, it } from 'vitest';
import { readSnapshotFromNeo4j } from '../../src/neo4j/export.ts';
import { loadSnapshot } from '../../src/neo4j/load.ts';
import { neo4jStatus, startNeo4j } from '../../src/neo4j/server/process.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { tempDir, type CliRun } from '../helpers.ts';
import { generateSnapshot, writeSnapshot } from '../support/neo4j-generate.ts';
import { clearDatabase, configFor, counts, cypher, describeNeo4j, runDiplograph, spawnDiplograph } from '../support/neo4j.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const comparable = (s: Snapshot) => ({ ...s, attributes: { ...s.attributes, createdAt: '', generator: '' } });

describeNeo4j('neo4j load under a crash', (server) => {
  const config = configFor(server);
  const restart = () => startNeo4j({ port: server.port, dataDir: server.dataDir, heap: server.heap, timeoutMs: 120_000 });
  // Later test files need the shared server even if this one fails half-way.
  afterAll(async () => {
    if (!neo4jStatus({ dataDir: server.dataDir }).running) await restart();
  }, 130_000);

  it('a load killed with the server completes on rerun, with the counts of a clean load', async () => {
    const snapshot = generateSnapshot({ nodes: 3000, edges: 12_000, seed: 7 });
    const dir = tempDir();
    writeSnapshot(dir, snapshot);

    await clearDatabase(config);
    await loadSnapshot(snapshot, config, { batchSize: 5000 });
    const clean = await counts(config);
    expect(clean['Evidence']).toBeGreaterThan(5000);
    await clearDatabase(config);

    const load = spawnDiplograph(server, ['load', dir, '--batch-size', '250', '--retry-seconds', '2']);
    // Kill the server once relationships are being written: nodes are in, the rest is not.
    let ended: CliRun | undefined;
    void load.done.then((run) => (ended = run));
    for (const deadline = Date.now() + 120_000; ; await sleep(100)) {
      const [row] = await cypher<{ n: number }>(config, 'MATCH ()-[r]->() RETURN count(r) AS n');
      if ((row?.n ?? 0) > 0) break;
      if (ended) throw new Error(`the load ended before any relationship was written: ${ended.stderr}`);
      if (Date.now() > deadline) throw new Error('the load wrote no relationship within 120 s');
    }
    const { pid } = neo4jStatus({ dataDir: server.dataDir });
    expect(pid).toBeDefined();
    process.kill(pid ?? 0, 'SIGKILL');

    const failed = await load.done;
    expect(failed.status).toBe(1);
    const report = /^diplograph: load: (?:Neo4j at \S+ refused the connection|lost the connection to Neo4j at \S+).* \((\d+) of (\d+) batches were written before the failure; rerun the same load to complete it — loading is idempotent\)\n$/.exec(failed.stderr);
    expect(report, failed.stderr).not.toBeNull();
    const [written, total] = [Number(report?.[1]), Number(report?.[2])];
    expect(written).toBeGreaterThan(0);
    expect(written).toBeLessThan(total);

    await restart();
    const partial = await counts(config);
    expect(partial['MENTIONED_IN'] ?? 0).toBeLessThan(clean['MENTIONED_IN'] ?? 0);

    const rerun = runDiplograph(server, ['load', dir, '--batch-size', '2000']);
    expect(rerun.stderr).toBe('');
    expect(rerun.status).toBe(0);
    expect(await counts(config)).toEqual(clean);
    const [unique] = await cypher(config, `MATCH (n) WITH count(n) AS nodes, count(DISTINCT n.id) AS ids
      MATCH ()-[r]->() WHERE r.key IS NOT NULL RETURN nodes, ids, count(r) AS rels, count(DISTINCT r.key) AS keys`);
    expect(unique?.['nodes']).toBe(unique?.['ids']);
    expect(unique?.['rels']).toBe(unique?.['keys']);
    expect(comparable(await readSnapshotFromNeo4j(config))).toEqual(comparable(snapshot));
  }, 400_000);
});
