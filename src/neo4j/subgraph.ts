// Query results as a snapshot fragment, for the viewer's Neo4j mode: the nodes, relationships and
// paths a result holds (anywhere in lists and maps), completed into a snapshot that validates on its
// own — the ends of every relationship, its evidence, and the articles that evidence cites.
import neo4j, { type Node, type Relationship } from 'neo4j-driver';
import { createGraph } from '../graph/model.ts';
import { toSnapshot } from '../graph/snapshot.ts';
import { EDGE_TYPES, NODE_KINDS, type Snapshot } from '../schema/index.ts';
import { edgeFromNeo4j, groupEvidence, nodeFromNeo4j } from './export.ts';
import { HAS_EVIDENCE } from './encode.ts';
import { Neo4jError } from './errors.ts';

/** Runs one read query with parameters; the caller owns the session, its access mode and timeout. */
export type ReadQuery = (cypher: string, params: Record<string, unknown>) => Promise<Array<Record<string, unknown>>>;

/** What a walk over result values collects, by element id. */
export interface Found {
  nodes: Map<string, Node>;
  relationships: Map<string, Relationship>;
  /** Short strings of the result: a table without graph values is linked to the nodes they name. */
  strings: Set<string>;
}

export interface FragmentLimits {
  maxNodes: number;
  maxRelationships: number;
}

export interface Fragment {
  snapshot: Snapshot;
  /** True when the result held more than the limits let through. */
  truncated: boolean;
}

const MAX_STRINGS = 2000;
const MAX_LINK_LENGTH = 300;
const isKind = (label: string): boolean => (NODE_KINDS as readonly string[]).includes(label);
const isType = (type: string): boolean => (EDGE_TYPES as readonly string[]).includes(type);

export function emptyFound(): Found {
  return { nodes: new Map(), relationships: new Map(), strings: new Set() };
}

/** Collects nodes, relationships, path elements and short strings from one result value. */
export function collect(value: unknown, found: Found): void {
  if (value === null || value === undefined) return;
  if (neo4j.isNode(value)) found.nodes.set(value.elementId, value);
  else if (neo4j.isRelationship(value)) found.relationships.set(value.elementId, value);
  else if (neo4j.isPath(value)) {
    collect(value.start, found);
    for (const segment of value.segments) {
      collect(segment.relationship, found);
      collect(segment.end, found);
    }
  } else if (typeof value === 'string') {
    if (value.length <= MAX_LINK_LENGTH && found.strings.size < MAX_STRINGS) found.strings.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collect(item, found);
  } else if (typeof value === 'object' && !neo4j.isInt(value) && Object.getPrototypeOf(value) === Object.prototype) {
    for (const item of Object.values(value)) collect(item, found);
  }
}

// Labels and types come from the schema's constants, never from the request: one indexed lookup per label.
const LINK_NODES = `CALL () {
${NODE_KINDS.map((k) => `  MATCH (n:${k}) WHERE n.id IN $strings OR n.name IN $strings RETURN n`).join('\n  UNION\n')}
}
RETURN n LIMIT $max`;
const LINK_RELATIONSHIPS = `CALL () {
${EDGE_TYPES.map((t) => `  MATCH ()-[r:${t}]->() WHERE r.key IN $keys RETURN r`).join('\n  UNION\n')}
}
RETURN r LIMIT $max`;
const CONNECT = `MATCH (s)-[r]->(t) WHERE elementId(s) IN $ids AND elementId(t) IN $ids AND type(r) IN $types
RETURN r LIMIT $max`;
const NODES_BY_ELEMENT_ID = 'MATCH (n) WHERE elementId(n) IN $ids RETURN n';
const EVIDENCE = 'MATCH (ev:Evidence) WHERE ev.edge IN $keys RETURN properties(ev) AS props';
const ARTICLES = 'MATCH (a:Article) WHERE a.id IN $ids RETURN a AS n';

/**
 * A table without nodes or relationships (every named query of the pack answers with names and
 * dates) shows in the graph as the nodes its cells name — by id or canonical name — and the
 * relationships they name by key.
 */
async function link(read: ReadQuery, found: Found, limits: FragmentLimits): Promise<void> {
  const strings = [...found.strings];
  if (strings.length === 0) return;
  for (const row of await read(LINK_NODES, { strings, max: neo4j.int(limits.maxNodes + 1) })) collect(row['n'], found);
  const keys = strings.filter((s) => s.includes('->'));
  if (keys.length === 0) return;
  for (const row of await read(LINK_RELATIONSHIPS, { keys, max: neo4j.int(limits.maxRelationships + 1) })) collect(row['r'], found);
}

const graphNode = (node: Node): boolean => node.labels.some(isKind) && typeof node.properties['id'] === 'string';

/**
 * Turns what a result held into a valid snapshot fragment. `connect` adds the relationships between
 * the nodes found (as Neo4j Browser does), so a query returning nodes shows how they relate.
 */
export async function buildFragment(read: ReadQuery, found: Found, limits: FragmentLimits, connect: boolean): Promise<Fragment> {
  if (found.nodes.size === 0 && found.relationships.size === 0) await link(read, found, limits);
  let truncated = false;
  const nodes = new Map<string, Node>();
  for (const [eid, node] of found.nodes) {
    if (!graphNode(node)) continue;
    if (nodes.size >= limits.maxNodes) {
      truncated = true;
      break;
    }
    nodes.set(eid, node);
  }
  const relationships = [...found.relationships.values()].filter((r) => isType(r.type));
  if (connect) await connectNodes(read, nodes, relationships, EDGE_TYPES, limits);
  if (relationships.length > limits.maxRelationships) {
    truncated = true;
    relationships.length = limits.maxRelationships;
  }
  // The ends of the relationships kept, when the result did not hold them.
  const missing = [...new Set(relationships.flatMap((r) => [r.startNodeElementId, r.endNodeElementId]))].filter((eid) => !nodes.has(eid));
  if (missing.length > 0) {
    for (const row of await read(NODES_BY_ELEMENT_ID, { ids: missing })) {
      const n = row['n'];
      if (neo4j.isNode(n) && graphNode(n)) nodes.set(n.elementId, n);
    }
  }
  const withEvidence = relationships.filter((r) => r.properties[HAS_EVIDENCE] === true).map((r) => String(r.properties['key']));
  const evidence = groupEvidence(withEvidence.length > 0 ? (await read(EVIDENCE, { keys: withEvidence })).map((row) => row['props']) : []);
  // Articles joining for their evidence attach to what they mention (MENTIONED_IN carries no evidence,
  // so this second pass needs no third).
  if ((await addCitedArticles(read, nodes, evidence)) && connect) await connectNodes(read, nodes, relationships, ['MENTIONED_IN'], limits);
  const edges = relationships.filter((r) => nodes.has(r.startNodeElementId) && nodes.has(r.endNodeElementId));
  return { snapshot: toFragment(nodes, edges, evidence), truncated };
}

/** Adds the relationships of the given types between the nodes (as Neo4j Browser connects result nodes). */
async function connectNodes(read: ReadQuery, nodes: Map<string, Node>, relationships: Relationship[], types: readonly string[], limits: FragmentLimits): Promise<void> {
  if (nodes.size === 0) return;
  const known = new Set(relationships.map((r) => r.elementId));
  for (const row of await read(CONNECT, { ids: [...nodes.keys()], types, max: neo4j.int(limits.maxRelationships + 1) })) {
    const r = row['r'];
    if (neo4j.isRelationship(r) && !known.has(r.elementId)) relationships.push(r);
  }
}

/** Evidence must cite articles the fragment holds, or it would not validate. True when some joined. */
async function addCitedArticles(read: ReadQuery, nodes: Map<string, Node>, evidence: Map<string, Array<{ article: string }>>): Promise<boolean> {
  const have = new Set([...nodes.values()].map((n) => String(n.properties['id'])));
  const cited = [...new Set([...evidence.values()].flat().map((e) => e.article))].filter((id) => !have.has(id));
  if (cited.length === 0) return false;
  for (const row of await read(ARTICLES, { ids: cited })) {
    const n = row['n'];
    if (neo4j.isNode(n)) nodes.set(n.elementId, n);
  }
  return true;
}

function toFragment(nodes: Map<string, Node>, edges: Relationship[], evidence: ReturnType<typeof groupEvidence>): Snapshot {
  const graph = createGraph();
  const keyOf = new Map<string, string>();
  for (const [eid, node] of nodes) {
    const { key, attributes } = nodeFromNeo4j({ id: node.properties['id'], labels: node.labels, props: node.properties });
    keyOf.set(eid, key);
    if (!graph.hasNode(key)) graph.addNode(key, attributes);
  }
  for (const r of edges) {
    const raw: Record<string, unknown> = { key: r.properties['key'], type: r.type, source: keyOf.get(r.startNodeElementId), target: keyOf.get(r.endNodeElementId), props: r.properties };
    const edge = edgeFromNeo4j(raw, evidence);
    if (!graph.hasEdge(edge.key)) graph.addDirectedEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  }
  try {
    return toSnapshot(graph, { generator: 'diplograph serve (Neo4j)', createdAt: new Date().toISOString() });
  } catch (error) {
    throw new Neo4jError(`the graph in Neo4j is not a valid snapshot: ${(error as Error).message}`, '', { cause: error });
  }
}
