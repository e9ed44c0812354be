// Issue #7 against the real server: the Cypher script and the CSV files of `diplograph export` fill
// Neo4j exactly as `diplograph load` does, so the query pack and `export --from neo4j` work on what
// they create; round trips with the small graph and, with ../shared, the seeds.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import neo4j from 'neo4j-driver';
import { beforeAll, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../../src/export/index.ts';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { loadSnapshot } from '../../src/neo4j/load.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { HAS_SHARED, runCli, SEEDS, tempDir } from '../helpers.ts';
import { clearDatabase, configFor, counts, cypher, describeNeo4j, runDiplograph } from '../support/neo4j.ts';

const META = { generator: 'diplograph 0.1.0', createdAt: '2024-01-01T00:00:00.000Z' };
/** Equal except createdAt. */
const comparable = (s: Snapshot) => ({ ...s, attributes: { ...s.attributes, createdAt: '' } });
const SLOW = 180_000;

interface Element {
  labels: string[];
  props: Record<string, unknown>;
  types: Array<[string, string]>;
}

/** A value as compared: dates as ISO days (integers already arrive as numbers). */
const value = (v: unknown): unknown => (neo4j.isDate(v) ? v.toString() : Array.isArray(v) ? v.map(value) : v);

describeNeo4j('export to and from neo4j', (server) => {
  const config = configFor(server);
  const importDir = join(server.dataDir, 'import');
  const dir = tempDir('diplograph-export-neo4j-');
  const small = toSnapshot(smallGraph(), META);
  let seeds: Snapshot | undefined;

  beforeAll(() => {
    if (!HAS_SHARED) return;
    const run = runCli(['ingest', SEEDS, '--out', join(dir, 'seeds')]);
    expect(run.status, run.stderr).toBe(0);
    seeds = JSON.parse(readFileSync(join(dir, 'seeds', 'graph.json'), 'utf8')) as Snapshot;
  }, SLOW);

  /**
   * Every node and relationship: labels or type, properties and their Cypher types, sorted. `loadedAt`
   * is the time of a load (the snapshot's createdAt for an export), so only its type is compared.
   */
  async function layout(): Promise<string[]> {
    const rows = await cypher<Element>(
      config,
      `MATCH (n) RETURN labels(n) AS labels, properties(n) AS props, [k IN keys(n) | [k, valueType(n[k])]] AS types
       UNION ALL
       MATCH (s)-[r]->(t) RETURN [type(r), s.id, t.id] AS labels, properties(r) AS props, [k IN keys(r) | [k, valueType(r[k])]] AS types`,
    );
    return rows
      .map((row) => {
        const props = Object.fromEntries(Object.entries(row.props).map(([k, v]) => [k, k === 'loadedAt' ? typeof v : value(v)]));
        return JSON.stringify([row.labels, Object.entries(props).sort(), [...row.types].sort()]);
      })
      .sort();
  }

  /** What `diplograph load` leaves in an empty database. */
  async function loaded(snapshot: Snapshot): Promise<{ layout: string[]; counts: Record<string, number> }> {
    await clearDatabase(config);
    await loadSnapshot(snapshot, config);
    return { layout: await layout(), counts: await counts(config) };
  }

  function exportFile(name: string, snapshot: Snapshot, format: 'cypher' | 'csv'): string {
    const from = join(dir, name);
    mkdirSync(from, { recursive: true });
    writeFileSync(join(from, 'graph.json'), `${JSON.stringify(snapshot, null, 1)}\n`);
    const out = join(dir, `${name}.${format}`);
    const run = runCli(['export', '--format', format, '--from', from, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    return out;
  }

  function runScript(file: string): void {
    const run = runDiplograph(server, ['query', '--file', file, '--write']);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^ran \d+ statements from .* \(write\)/);
    expect(run.status).toBe(0);
  }

  /** `export --from neo4j` in a format; the file's text. */
  function exportBack(format: string, name: string): string {
    const out = join(dir, `${name}-back.${format}`);
    const run = runDiplograph(server, ['export', '--from', 'neo4j', '--format', format, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return format === 'csv' ? readdirSync(out).sort().join('\n') : readFileSync(out, 'utf8');
  }

  async function cypherRoundTrip(name: string, snapshot: Snapshot): Promise<void> {
    const expected = await loaded(snapshot);
    const script = exportFile(name, snapshot, 'cypher');
    await clearDatabase(config);
    runScript(script);
    expect(await counts(config)).toEqual(expected.counts);
    expect(await layout()).toEqual(expected.layout);
    expect(comparable(JSON.parse(exportBack('json', name)) as Snapshot)).toEqual(comparable(snapshot));
    // Rerunning the script changes nothing, as a second load would not.
    runScript(script);
    expect(await layout()).toEqual(expected.layout);
  }

  async function csvRoundTrip(name: string, snapshot: Snapshot): Promise<void> {
    const expected = await loaded(snapshot);
    const files = exportFile(name, snapshot, 'csv');
    // As the CSV README says: the files go into the server's import directory.
    rmSync(importDir, { recursive: true, force: true });
    mkdirSync(importDir, { recursive: true });
    for (const f of readdirSync(files).filter((f) => f.endsWith('.csv'))) copyFileSync(join(files, f), join(importDir, f));
    await clearDatabase(config);
    runScript(join(files, 'load-csv.cypher'));
    expect(await counts(config)).toEqual(expected.counts);
    expect(await layout()).toEqual(expected.layout);
    expect(comparable(JSON.parse(exportBack('json', name)) as Snapshot)).toEqual(comparable(snapshot));
  }

  it('json → cypher script → query --file --write → export --from neo4j: the loader\'s layout and an equal snapshot', () => cypherRoundTrip('small', small), SLOW);

  it('json → csv → LOAD CSV (load-csv.cypher) → export --from neo4j: the loader\'s layout and an equal snapshot', () => csvRoundTrip('small', small), SLOW);

  it('answers the evidence queries of the pack on a graph created by the Cypher script', async () => {
    await clearDatabase(config);
    runScript(exportFile('small', small, 'cypher'));
    const run = runDiplograph(server, ['query', 'edge-evidence', '--param', 'a=Лавров', '--param', 'b=Блинкен', '--json']);
    expect(run.status, run.stderr).toBe(0);
    const rows = run.stdout.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(rows.map((r) => [r['relation'], r['start']])).toEqual([['MET', 39]]);
    const range = runDiplograph(server, ['query', 'meetings-in-range', '--param', 'from=2022-01', '--param', 'to=2022-01', '--json']);
    expect(range.stdout).toContain('Переговоры Лаврова и Блинкена в Женеве');
  }, SLOW);

  it('exports every format from neo4j; GEXF reads back and equals the export from the file', async () => {
    await clearDatabase(config);
    await loadSnapshot(small, config);
    for (const format of EXPORT_FORMATS) {
      const out = join(dir, `every.${format}`);
      const run = runDiplograph(server, ['export', '--from', 'neo4j', '-f', format, '-o', out]);
      expect([run.status, run.stderr], format).toEqual([0, '']);
      expect(run.stdout).toMatch(new RegExp(`^wrote ${out} \\(${format}\\): 9 nodes, 15 edges, `));
    }
    const back = exportBack('gexf', 'small');
    const graph = gexf.parse(MultiDirectedGraph, back);
    expect([graph.order, graph.size]).toEqual([small.nodes.length, small.edges.length]);
    writeFileSync(join(dir, 'small.json'), JSON.stringify(small));
    const gexfFile = join(dir, 'small-file.gexf');
    expect(runCli(['export', '-f', 'gexf', '--from', join(dir, 'small.json'), '-o', gexfFile]).status).toBe(0);
    const withoutTimes = (xml: string) => xml.replace(/lastmodifieddate="[^"]*"/, '').replace(/created [^)]*\)/, '');
    expect(withoutTimes(back)).toBe(withoutTimes(readFileSync(gexfFile, 'utf8')));
  }, SLOW);

  it.runIf(HAS_SHARED)('round-trips the seeds through the Cypher script', () => cypherRoundTrip('seeds', seeds!), SLOW);

  it.runIf(HAS_SHARED)('round-trips the seeds through the CSV files', () => csvRoundTrip('seeds', seeds!), SLOW);
});
