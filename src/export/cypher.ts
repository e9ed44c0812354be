import { edgeProperties, nodeProperties } from '../graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS, type Snapshot } from '../schema/index.ts';
import { cypherValue } from './cypher-literal.ts';
import type { Chunks } from './types.ts';

/**
 * A Cypher script that recreates the graph in any Neo4j 5 (cypher-shell -f graph.cypher): uniqueness
 * constraints first, then nodes MERGEd on `id`, then relationships MERGEd on `key`, both with
 * `SET x = props` so a re-run leaves exactly the snapshot's properties. Rows go in UNWIND batches;
 * every statement ends with ";" at the end of a line, and no literal holds a raw ";" or line break.
 * Properties follow src/graph/properties.ts, as the Neo4j loader does.
 */

export const CYPHER_BATCH = 500;

const constraintName = (label: string, property: string) => `diplograph_${label.toLowerCase()}_${property}`;

/** Uniqueness of node ids per label and of relationship keys per type (Neo4j 5.7+). */
export function constraintStatements(): string[] {
  return [
    ...NODE_KINDS.map((k) => `CREATE CONSTRAINT ${constraintName(k, 'id')} IF NOT EXISTS FOR (n:${k}) REQUIRE n.id IS UNIQUE;`),
    ...EDGE_TYPES.map((t) => `CREATE CONSTRAINT ${constraintName(t, 'key')} IF NOT EXISTS FOR ()-[r:${t}]-() REQUIRE r.key IS UNIQUE;`),
  ];
}

/** UNWIND statements of up to CYPHER_BATCH rows; rows are rendered batch by batch to bound memory. */
function* batches<T>(items: readonly T[], row: (item: T) => string, tail: string): Chunks {
  for (let i = 0; i < items.length; i += CYPHER_BATCH) {
    const batch = items.slice(i, i + CYPHER_BATCH);
    yield `UNWIND [\n${batch.map((item) => `  ${row(item)}`).join(',\n')}\n${tail}\n`;
  }
}

/** Groups keep their first-seen order; the snapshot is sorted, so the script is deterministic. */
function groupBy<T>(items: readonly T[], by: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = by(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const comment = (text: string) => `// ${text.replace(/[;\r\n]/g, ' ')}\n`;

export function* snapshotCypher(snapshot: Snapshot): Chunks {
  const { attributes: manifest } = snapshot;
  yield comment(`diplograph snapshot as Cypher: ${manifest.generator}, created ${manifest.createdAt}`);
  yield comment(`${snapshot.nodes.length} nodes, ${snapshot.edges.length} relationships, from ${manifest.articles.length} articles`);
  yield comment('run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f graph.cypher');
  yield '\n';
  for (const statement of constraintStatements()) yield `${statement}\n`;
  yield 'CALL db.awaitIndexes(300);\n\n';

  const byKind = groupBy(snapshot.nodes, (n) => n.attributes.kind);
  for (const kind of NODE_KINDS) {
    const tail = `] AS props\nMERGE (n:${kind} {id: props.id})\nSET n = props;`;
    yield* batches(byKind.get(kind) ?? [], (n) => cypherValue(nodeProperties(n.key, n.attributes)), tail);
  }

  const kindOf = new Map(snapshot.nodes.map((n) => [n.key, n.attributes.kind]));
  const groups = groupBy(snapshot.edges, (e) => `${e.attributes.type} ${kindOf.get(e.source)} ${kindOf.get(e.target)}`);
  for (const [group, edges] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [type, sourceKind, targetKind] = group.split(' ');
    const row = (e: (typeof edges)[number]) => cypherValue({ start: e.source, end: e.target, props: edgeProperties(e.key, e.attributes) });
    const tail = [
      '] AS row',
      `MATCH (a:${sourceKind} {id: row.start})`,
      `MATCH (b:${targetKind} {id: row.end})`,
      `MERGE (a)-[r:${type} {key: row.props.key}]->(b)`,
      'SET r = row.props;',
    ].join('\n');
    yield* batches(edges, row, tail);
  }
}
