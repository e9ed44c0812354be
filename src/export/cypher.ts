import {
  encodeNode,
  encodeRelationship,
  evidenceRows,
  FLOAT_PROPERTIES,
  HAS_EVIDENCE,
  JSON_KEYS,
  NULLS,
  schemaFields,
  UNION_LISTS,
  type EncodedAttributes,
  type EvidenceRow,
  type LayoutProps,
} from '../graph/properties.ts';
import { NODE_KINDS, type EdgeType, type NodeKind, type Snapshot } from '../schema/index.ts';
import { groupBy } from '../graph/group.ts';
import { CypherFloat, cypherValue, type CypherValue } from './cypher-literal.ts';
import { schemaStatements } from './schema-script.ts';
import type { Chunks } from './types.ts';

/**
 * A Cypher script that writes the graph into any Neo4j 5 exactly as `diplograph load` does (the layout
 * of src/graph/properties.ts: `_nulls`, `_json`, date companions, :Evidence nodes -[:CITES]-> their
 * Article): the schema of cypher/schema.cypher first, then nodes MERGEd on `id`, relationships on
 * `key`, evidence on its id, with the loader's SET clauses, so that rerunning the script changes
 * nothing and a script merges into a loaded graph as a second load would. Rows go in UNWIND batches;
 * every statement ends with ";" at the end of a line, and no literal holds a raw ";" or line break.
 */

export const CYPHER_BATCH = 500;

/** The ordered `loadedAt` of the export's evidence: the snapshot's creation time, so the script is deterministic. */
export function evidenceLoadedAt(snapshot: Snapshot): number {
  const time = Date.parse(snapshot.attributes.createdAt);
  return Number.isNaN(time) ? 0 : time;
}

/** `_nulls`, `_json` and union lists: merged with what is there (as in src/neo4j/load-plan.ts). */
function union(v: string, property: string, incoming: string): string {
  return `${v}.${property} = CASE WHEN ${incoming} IS NULL OR size(${incoming}) = 0 THEN ${v}.${property} ELSE coalesce(${v}.${property}, []) + [x IN ${incoming} WHERE NOT x IN coalesce(${v}.${property}, [])] END`;
}

function setClauses(v: string, lists: readonly string[]): string[] {
  const listSets = lists.map(
    (l) => `SET ${v}.${l} = CASE WHEN row.lists.${l} IS NULL THEN ${v}.${l} ELSE coalesce(${v}.${l}, []) + [x IN row.lists.${l} WHERE NOT x IN coalesce(${v}.${l}, [])] END`,
  );
  return [`SET ${v} += row.props`, `SET ${union(v, NULLS, 'row.nulls')}, ${union(v, JSON_KEYS, 'row.json')}`, ...listSets];
}

const unionLists = (kindOrType: NodeKind | EdgeType) => UNION_LISTS.filter((l) => schemaFields(kindOrType).names.includes(l));

/** Whole numbers of float properties as FLOAT literals, as the driver sends them. */
function propsValue(props: LayoutProps): CypherValue {
  const value: Record<string, CypherValue> = {};
  for (const [key, v] of Object.entries(props)) value[key] = FLOAT_PROPERTIES.has(key) && typeof v === 'number' ? new CypherFloat(v) : v;
  return value;
}

/** A row's map: empty lists, nulls and json are left out (Cypher reads a missing key as null). */
function rowValue(fields: Record<string, CypherValue>, encoded: EncodedAttributes): string {
  const row: Record<string, CypherValue> = { ...fields, props: propsValue(encoded.props) };
  if (Object.keys(encoded.lists).length > 0) row['lists'] = encoded.lists;
  if (encoded.nulls.length > 0) row['nulls'] = encoded.nulls;
  if (encoded.json.length > 0) row['json'] = encoded.json;
  return cypherValue(row);
}

/** UNWIND statements of up to CYPHER_BATCH rows; rows are rendered batch by batch to bound memory. */
function* batches<T>(items: Iterable<T>, row: (item: T) => string, tail: string): Chunks {
  let batch: string[] = [];
  const statement = () => `UNWIND [\n${batch.join(',\n')}\n${tail}\n`;
  for (const item of items) {
    batch.push(`  ${row(item)}`);
    if (batch.length === CYPHER_BATCH) {
      yield statement();
      batch = [];
    }
  }
  if (batch.length > 0) yield statement();
}

/** Evidence rows edge by edge, never all of them at once. */
function* allEvidence(snapshot: Snapshot): Iterable<EvidenceRow> {
  const loadedAt = evidenceLoadedAt(snapshot);
  for (const e of snapshot.edges) yield* evidenceRows(e.key, e.attributes, loadedAt);
}


const comment = (text: string) => `// ${text.replace(/[;\r\n]/g, ' ')}\n`;

const EVIDENCE_TAIL = [
  '] AS row',
  'MATCH (a:Article {id: row.article})',
  'MERGE (ev:Evidence {id: row.id})',
  'ON CREATE SET ev.loadedAt = row.loadedAt, ev.seq = row.seq',
  'SET ev += row.props',
  'MERGE (ev)-[:CITES]->(a);',
].join('\n');

const evidenceRow = (ev: EvidenceRow) => cypherValue({ id: ev.id, article: ev.article, seq: ev.seq, loadedAt: ev.loadedAt, props: propsValue(ev.props) });

export function* snapshotCypher(snapshot: Snapshot): Chunks {
  const { attributes: manifest } = snapshot;
  yield comment(`diplograph snapshot as Cypher: ${manifest.generator}, created ${manifest.createdAt}`);
  yield comment(`${snapshot.nodes.length} nodes, ${snapshot.edges.length} relationships, from ${manifest.articles.length} articles`);
  yield comment('run: cypher-shell -a neo4j://localhost:7687 -u neo4j -p <password> -f graph.cypher');
  yield comment('  or: diplograph query --file graph.cypher --write');
  yield '\n';
  for (const statement of schemaStatements()) yield `${statement}\n`;
  yield 'CALL db.awaitIndexes(300);\n\n';

  const byKind = groupBy(snapshot.nodes, (n) => n.attributes.kind);
  for (const kind of NODE_KINDS) {
    const tail = ['] AS row', `MERGE (n:${kind} {id: row.id})`, ...setClauses('n', unionLists(kind))].join('\n') + ';';
    yield* batches(byKind.get(kind) ?? [], (n) => rowValue({ id: n.key }, encodeNode(n.attributes)), tail);
  }

  const kindOf = new Map(snapshot.nodes.map((n) => [n.key, n.attributes.kind]));
  const groups = groupBy(snapshot.edges, (e) => `${e.attributes.type} ${kindOf.get(e.source)} ${kindOf.get(e.target)}`);
  for (const [group, edges] of [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    const [type = '', sourceKind, targetKind] = group.split(' ');
    const row = (e: (typeof edges)[number]) => {
      const { evidence, ...encoded } = encodeRelationship(e.attributes);
      return rowValue({ start: e.source, end: e.target, key: e.key, ...(evidence ? { evidence } : {}) }, encoded);
    };
    const tail = [
      '] AS row',
      `MATCH (a:${sourceKind} {id: row.start})`,
      `MATCH (b:${targetKind} {id: row.end})`,
      `MERGE (a)-[r:${type} {key: row.key}]->(b)`,
      ...setClauses('r', unionLists(type as EdgeType)),
      `SET r.${HAS_EVIDENCE} = CASE WHEN row.evidence THEN true ELSE r.${HAS_EVIDENCE} END;`,
    ].join('\n');
    yield* batches(edges, row, tail);
  }

  yield* batches(allEvidence(snapshot), evidenceRow, EVIDENCE_TAIL);
}
