// Loading snapshots into the real Neo4j server: schema, types, evidence, idempotence, incremental
// merges, and the round trip back to an equal snapshot (small graph and, with ../shared, the seeds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { beforeAll, expect, it } from 'vitest';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { decodeProperties, encodeAttributes } from '../../src/neo4j/encode.ts';
import { readSnapshotFromNeo4j } from '../../src/neo4j/export.ts';
import { nodeStatement } from '../../src/neo4j/load-plan.ts';
import { loadSnapshot } from '../../src/neo4j/load.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { MET_KEY, NEW_MET, OLD_MET, secondGraph } from '../fixtures/neo4j-second-graph.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { HAS_SHARED, runCli, SEEDS, tempDir } from '../helpers.ts';
import { writeSnapshot } from '../support/neo4j-generate.ts';
import { clearDatabase, configFor, counts, cypher, describeNeo4j, dump, runDiplograph } from '../support/neo4j.ts';

const META = { generator: 'diplograph 0.1.0', createdAt: '2024-01-01T00:00:00.000Z' };
const small = (): Snapshot => toSnapshot(smallGraph(), META);
const second = (): Snapshot => toSnapshot(secondGraph(), META);
/** Equal except createdAt. */
const comparable = (s: Snapshot) => ({ ...s, attributes: { ...s.attributes, createdAt: '' } });

describeNeo4j('neo4j load', (server) => {
  const config = configFor(server);
  beforeAll(() => clearDatabase(config));

  it('loads the small graph: one node per key, one relationship per edge, evidence as :Evidence -[:CITES]-> :Article', async () => {
    const result = await loadSnapshot(small(), config, { batchSize: 3 });
    expect(result).toMatchObject({ nodes: 9, relationships: 15, evidence: 6 });
    expect(await counts(config)).toEqual({
      Article: 1, Person: 2, State: 2, Organization: 1, Place: 1, Treaty: 1, Meeting: 1, Evidence: 6,
      MET: 1, PARTICIPATED_IN: 2, HELD_IN: 1, PROPOSED: 1, REJECTED: 1, HOLDS_ROLE: 1, PART_OF: 1, LOCATED_IN: 1, MENTIONED_IN: 6, CITES: 6,
    });
    const [lavrov] = await cypher(config, "MATCH (p:Person {id: 'person:sergey-lavrov'}) RETURN p.name AS name, p.aliases AS aliases, p.wikidata AS wikidata");
    expect(lavrov).toEqual({ name: 'Сергей Лавров', aliases: ['Лавров', 'Сергей Лавров'], wikidata: 'Q40188' });
    const evidence = await cypher(config, 'MATCH (ev:Evidence {edge: $key})-[:CITES]->(a:Article) RETURN ev.quote AS quote, a.id AS article', { key: MET_KEY });
    expect(evidence).toEqual([{ quote: OLD_MET.quote, article: 'article:0123456789abcdef' }]);
  });

  it('writes integers as Neo4j integers and day dates as Neo4j dates, keeping the ISO string', async () => {
    const [types] = await cypher(
      config,
      `MATCH (t:Treaty), (ev:Evidence {edge: $key}), ()-[m:MENTIONED_IN]->(:Article), (a:Article)
       RETURN valueType(t.year) AS year, valueType(ev.start) AS start, valueType(m.count) AS count, valueType(a.length) AS length LIMIT 1`,
      { key: MET_KEY },
    );
    expect(types).toEqual({ year: 'INTEGER NOT NULL', start: 'INTEGER NOT NULL', count: 'INTEGER NOT NULL', length: 'INTEGER NOT NULL' });
    const [meeting] = await cypher(config, "MATCH (m:Meeting) RETURN m.date AS date, m.dateValue = date('2022-01-21') AS isDate, valueType(m.dateValue) AS type");
    expect(meeting).toEqual({ date: '2022-01-21', isDate: true, type: 'DATE NOT NULL' });
    // A month is not a day: no dateValue, but the period it covers.
    const [proposed] = await cypher(config, 'MATCH ()-[r:PROPOSED]->() RETURN r.date AS date, r.dateValue AS value, toString(r.dateStart) AS start, toString(r.dateEnd) AS end');
    expect(proposed).toEqual({ date: '2021-12', value: null, start: '2021-12-01', end: '2021-12-31' });
    const [article] = await cypher(config, 'MATCH (a:Article) RETURN a._nulls AS nulls, a.title AS title', {}, true);
    expect(article).toEqual({ nulls: null, title: 'Лавров и Блинкен встретились в Женеве' });
    const [lossless] = await cypher<{ start: unknown }>(config, 'MATCH (ev:Evidence {edge: $key}) RETURN ev.start AS start', { key: MET_KEY }, true);
    expect(neo4j.isInt(lossless?.start)).toBe(true);
  });

  it('exports back an equal snapshot (except createdAt)', async () => {
    expect(comparable(await readSnapshotFromNeo4j(config, { generator: META.generator }))).toEqual(comparable(small()));
  });

  it('is idempotent: loading the same snapshot again changes no count and no property', async () => {
    const before = await dump(config);
    await loadSnapshot(small(), config, { batchSize: 1000 });
    expect(await dump(config)).toEqual(before);
  });

  it('merges a second snapshot: same key, same node; aliases and evidence accumulate without duplicates', async () => {
    await loadSnapshot(second(), config);
    const afterSecond = await dump(config);
    const c = await counts(config);
    expect(c).toMatchObject({ Article: 2, Person: 3, MET: 2, Evidence: 8, CITES: 8, MENTIONED_IN: 7 });
    const [lavrov] = await cypher(config, "MATCH (p:Person {id: 'person:sergey-lavrov'}) RETURN p.aliases AS aliases, p.wikidata AS wikidata, p.nameEn AS nameEn");
    expect(lavrov).toEqual({ aliases: ['Лавров', 'Сергей Лавров', 'С. Лавров'], wikidata: 'Q40188', nameEn: 'Sergey Lavrov' });

    const exported = await readSnapshotFromNeo4j(config);
    const met = exported.edges.find((e) => e.key === MET_KEY)?.attributes;
    // The date the first snapshot knew stays; the second's evidence comes after the first's.
    expect(met).toEqual({ type: 'MET', date: '2022-01-21', evidence: [OLD_MET, NEW_MET], meeting: 'meeting:2022-01-21-geneva' });
    const article = exported.nodes.find((n) => n.key === 'article:fedcba9876543210')?.attributes;
    expect(article).toMatchObject({ title: null, published: null, outlet: null, duplicates: ['fixtures/again-copy.txt'] });

    await loadSnapshot(second(), config);
    await loadSnapshot(small(), config);
    expect(await dump(config)).toEqual(afterSecond);
  });

  it('keeps null, nested and array-of-object attributes (as JSON strings listed in _json)', async () => {
    const attributes = { name: 'Тест', aliases: [], extra: { roles: [{ title: 'посол', from: '2020' }] }, mixed: [1, 'a'], none: null, ints: [1, 2], ratio: 0.5 };
    const rows = [{ id: 'person:nested', ...encodeAttributes({ kind: 'Person', ...attributes }, ['kind']) }];
    await cypher(config, nodeStatement('Person'), { rows });
    const [row] = await cypher<{ props: Record<string, unknown>; json: unknown }>(config, "MATCH (n:Person {id: 'person:nested'}) RETURN properties(n) AS props, n._json AS json");
    expect(row?.json).toEqual(['extra', 'mixed']);
    expect(decodeProperties(row?.props ?? {}, ['id'])).toEqual(attributes);
    await cypher(config, "MATCH (n:Person {id: 'person:nested'}) DETACH DELETE n");
  });

  it('round-trips through the command line: load <dir>, then neo4j export --out <dir>', async () => {
    await clearDatabase(config);
    const dir = tempDir();
    writeSnapshot(join(dir, 'in'), small());
    const load = runDiplograph(server, ['load', join(dir, 'in'), '--batch-size', '4']);
    expect(load.stderr).toBe('');
    expect(load.stdout).toMatch(new RegExp(`^loaded 9 nodes, 15 relationships and 6 evidence into ${server.uri} \\(database neo4j\\) in \\d+ batches, [\\d.]+ s\n$`));
    expect(load.status).toBe(0);
    const exported = runDiplograph(server, ['neo4j', 'export', '--out', join(dir, 'out')]);
    expect(exported.stdout).toMatch(/^wrote .*graph\.json: 9 nodes, 15 edges/);
    const back = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as Snapshot;
    expect(comparable(back)).toEqual(comparable(small()));
  });

  it.runIf(HAS_SHARED)('round-trips the seeds: ingest, load, export gives an equal snapshot', async () => {
    await clearDatabase(config);
    const dir = tempDir();
    expect(runCli(['ingest', SEEDS, '--out', join(dir, 'seeds')]).status).toBe(0);
    const original = JSON.parse(readFileSync(join(dir, 'seeds', 'graph.json'), 'utf8')) as Snapshot;
    expect(runDiplograph(server, ['load', join(dir, 'seeds')]).status).toBe(0);
    const exported = runDiplograph(server, ['neo4j', 'export', '--out', join(dir, 'back')]);
    expect(exported.status).toBe(0);
    const back = JSON.parse(readFileSync(join(dir, 'back', 'graph.json'), 'utf8')) as Snapshot;
    expect(back.nodes.length).toBe(original.nodes.length);
    expect(comparable(back)).toEqual(comparable(original));
  });
});
