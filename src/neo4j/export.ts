// Reads the graph back from Neo4j into a snapshot; every record passes through zod, and the
// result through the snapshot's schema and integrity rules.
import { readFileSync } from 'node:fs';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import { createGraph } from '../graph/model.ts';
import { toSnapshot } from '../graph/snapshot.ts';
import { EDGE_TYPES, EdgeAttributes, Evidence, NODE_KINDS, NodeAttributes, type Snapshot } from '../schema/index.ts';
import type { Neo4jConfig } from './config.ts';
import { openSession, withDriver } from './driver.ts';
import { decodeProperties, HAS_EVIDENCE } from './encode.ts';
import { Neo4jError, describeNeo4jError } from './errors.ts';
import { byLoadOrder, evidenceAttributes, EvidenceRecord } from './evidence.ts';

export interface ExportMeta {
  generator?: string;
  createdAt?: string;
}

const NodeRecord = z.object({ id: z.string().min(1), labels: z.array(z.string()), props: z.record(z.string(), z.unknown()) });
const RelationshipRecord = z.object({
  key: z.string().min(1),
  type: z.enum(EDGE_TYPES),
  source: z.string().min(1),
  target: z.string().min(1),
  props: z.record(z.string(), z.unknown()),
});

const NODES = `MATCH (n) WHERE ${NODE_KINDS.map((k) => `n:${k}`).join(' OR ')}
RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`;
const RELATIONSHIPS = `MATCH (s)-[r]->(t) WHERE type(r) IN $types
RETURN r.key AS key, type(r) AS type, s.id AS source, t.id AS target, properties(r) AS props`;
const EVIDENCE = 'MATCH (ev:Evidence) RETURN properties(ev) AS props';

function defaultGenerator(): string {
  const pkg = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));
  return `diplograph ${pkg.version}`;
}

function parse<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).slice(0, 3).join('; ');
  throw new Neo4jError(`${what} does not fit the snapshot schema: ${problems}`);
}

async function readAll(driver: Driver, config: Neo4jConfig, cypher: string, params: object = {}): Promise<Array<Record<string, unknown>>> {
  const session = openSession(driver, config, 'READ');
  try {
    const result = await session.executeRead((tx) => tx.run(cypher, params));
    return result.records.map((r) => r.toObject() as Record<string, unknown>);
  } catch (error) {
    throw describeNeo4jError(error, config);
  } finally {
    await session.close();
  }
}

/** Names a node that failed its check: its labels and name, since it may have no id. */
function describeRaw(raw: Record<string, unknown>): string {
  const labels = Array.isArray(raw['labels']) ? raw['labels'].join(':') : '?';
  const props = raw['props'] as Record<string, unknown> | undefined;
  const name = props?.['id'] ?? props?.['name'];
  return `node (:${labels}${typeof name === 'string' ? ` "${name}"` : ''}) in Neo4j`;
}

/** A node read back ({ id, labels, props }), checked: its key and snapshot attributes. Shared with browse.ts. */
export function nodeFromNeo4j(raw: Record<string, unknown>): { key: string; attributes: NodeAttributes } {
  const record = parse(NodeRecord, raw, describeRaw(raw));
  const kind = record.labels.find((l) => (NODE_KINDS as readonly string[]).includes(l));
  return { key: record.id, attributes: parse(NodeAttributes, { kind, ...decodeProperties(record.props, ['id']) }, `node "${record.id}"`) };
}

/** :Evidence properties read back, checked and grouped by the key of the edge they back. */
export function groupEvidence(props: unknown[]): Map<string, EvidenceRecord[]> {
  const evidence = new Map<string, EvidenceRecord[]>();
  for (const raw of props) {
    const record = parse(EvidenceRecord, raw, 'an :Evidence node in Neo4j');
    const list = evidence.get(record.edge);
    if (list) list.push(record);
    else evidence.set(record.edge, [record]);
  }
  return evidence;
}

export interface EdgeFromNeo4j {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/** A relationship read back ({ key, type, source, target, props }), with its evidence in load order. */
export function edgeFromNeo4j(raw: Record<string, unknown>, evidence: ReadonlyMap<string, EvidenceRecord[]>): EdgeFromNeo4j {
  const record = parse(RelationshipRecord, raw, 'a relationship in Neo4j');
  const attributes: Record<string, unknown> = { type: record.type, ...decodeProperties(record.props, ['key']) };
  if (record.props[HAS_EVIDENCE] === true) {
    const cited = [...(evidence.get(record.key) ?? [])].sort(byLoadOrder);
    attributes['evidence'] = cited.map((e) => parse(Evidence, evidenceAttributes(e), `evidence of "${record.key}"`));
  }
  return { key: record.key, source: record.source, target: record.target, attributes: parse(EdgeAttributes, attributes, `relationship "${record.key}"`) };
}

export async function readSnapshotFromNeo4j(config: Neo4jConfig, meta: ExportMeta = {}): Promise<Snapshot> {
  return withDriver(config, async (driver) => {
    const graph = createGraph();
    for (const raw of await readAll(driver, config, NODES)) {
      const node = nodeFromNeo4j(raw);
      if (graph.hasNode(node.key)) throw new Neo4jError(`two nodes in Neo4j have the id "${node.key}"`);
      graph.addNode(node.key, node.attributes);
    }
    const evidence = groupEvidence((await readAll(driver, config, EVIDENCE)).map((raw) => raw['props']));
    for (const raw of await readAll(driver, config, RELATIONSHIPS, { types: EDGE_TYPES })) {
      const edge = edgeFromNeo4j(raw, evidence);
      if (graph.hasEdge(edge.key)) throw new Neo4jError(`two relationships in Neo4j have the key "${edge.key}"`);
      graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
    }
    try {
      return toSnapshot(graph, { generator: meta.generator ?? defaultGenerator(), createdAt: meta.createdAt ?? new Date().toISOString() });
    } catch (error) {
      throw new Neo4jError(`the graph in Neo4j is not a valid snapshot: ${(error as Error).message}`, '', { cause: error });
    }
  });
}
