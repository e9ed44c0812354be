// Load throughput into the local Neo4j by batch size: a generated graph of 100k nodes and 500k
// relationships (plus their :Evidence), each batch size into a fresh server. Not a test.
//   npx tsx test/bench/neo4j-load.ts [nodes] [relationships] [batch sizes, comma-separated]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applySchema, loadSnapshot } from '../../src/neo4j/load.ts';
import { openDriver } from '../../src/neo4j/driver.ts';
import { NEO4J_SETUP_HINT, neo4jPassword, neo4jRuntimeBuilt, startNeo4j, stopNeo4j } from '../../src/neo4j/server/process.ts';
import { freePort } from '../support/free-port.ts';
import { generateSnapshot } from '../support/neo4j-generate.ts';

const say = (text: string) => process.stderr.write(`${text}\n`);
const [nodes = 100_000, edges = 500_000] = process.argv.slice(2, 4).map(Number);
const batchSizes = (process.argv[4] ?? '1000,5000,20000').split(',').map(Number);
const heap = process.env['DIPLOGRAPH_NEO4J_HEAP'] ?? '2g';
const pageCache = process.env['DIPLOGRAPH_NEO4J_PAGECACHE'] ?? '1g';

if (!neo4jRuntimeBuilt()) {
  say(`neo4j-load bench: Neo4j runtime not built (${NEO4J_SETUP_HINT})`);
  process.exit(1);
}

let t = Date.now();
const snapshot = generateSnapshot({ nodes, edges });
const evidence = snapshot.edges.reduce((n, e) => n + ('evidence' in e.attributes ? (e.attributes.evidence?.length ?? 0) : 0), 0);
say(`generated ${snapshot.nodes.length} nodes, ${snapshot.edges.length} relationships, ${evidence} evidence in ${((Date.now() - t) / 1000).toFixed(1)} s`);

interface Row { batch: number; batches: number; seconds: number; graphRate: number; rowRate: number }
const rows: Row[] = [];
for (const batchSize of batchSizes) {
  const dataDir = mkdtempSync(join(tmpdir(), 'diplograph-bench-neo4j-'));
  try {
    const server = await startNeo4j({ port: await freePort(), dataDir, heap, pageCache });
    const config = { uri: server.uri, user: 'neo4j', password: neo4jPassword(), database: 'neo4j' };
    const driver = openDriver(config);
    await applySchema(driver, config); // outside the timing: the load re-applies it as no-ops
    await driver.close();
    say(`batch size ${batchSize}: loading into ${server.uri} (heap ${heap}, page cache ${pageCache}) …`);
    t = Date.now();
    const result = await loadSnapshot(snapshot, config, { batchSize });
    const seconds = (Date.now() - t) / 1000;
    const graph = result.nodes + result.relationships;
    rows.push({ batch: batchSize, batches: result.batches, seconds, graphRate: graph / seconds, rowRate: (graph + 2 * result.evidence) / seconds });
    say(`  ${seconds.toFixed(1)} s`);
  } finally {
    await stopNeo4j({ dataDir });
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const pad = (s: string, n: number) => s.padStart(n);
process.stdout.write(`\n${snapshot.nodes.length} nodes + ${snapshot.edges.length} relationships (+ ${evidence} :Evidence nodes and as many CITES)\n`);
process.stdout.write(`${pad('batch size', 10)} ${pad('batches', 8)} ${pad('seconds', 8)} ${pad('nodes+rels/s', 13)} ${pad('all writes/s', 13)}\n`);
for (const r of rows) {
  process.stdout.write(`${pad(String(r.batch), 10)} ${pad(String(r.batches), 8)} ${pad(r.seconds.toFixed(1), 8)} ${pad(Math.round(r.graphRate).toString(), 13)} ${pad(Math.round(r.rowRate).toString(), 13)}\n`);
}
