import { SCHEMA_VERSION, Snapshot, type SnapshotAttributes } from '../schema/index.ts';
import { checkIntegrity } from './integrity.ts';
import { countByKind, countByType, createGraph, nodesOfKind, type KnowledgeGraph } from './model.ts';

export class SnapshotError extends Error {
  override name = 'SnapshotError';
  constructor(
    readonly problems: string[],
    readonly source: string,
  ) {
    super(`${source}: invalid snapshot (${problems.length} problem${problems.length === 1 ? '' : 's'}): ${problems.slice(0, 3).join('; ')}`);
  }
}

export interface SnapshotMeta {
  generator: string;
  createdAt: string;
}

/** The snapshot's manifest: schema version, generator, source articles, counts by kind and type. */
export function snapshotAttributes(graph: KnowledgeGraph, meta: SnapshotMeta): SnapshotAttributes {
  return {
    schemaVersion: SCHEMA_VERSION,
    generator: meta.generator,
    createdAt: meta.createdAt,
    articles: nodesOfKind(graph, 'Article')
      .map(([key, a]) => ({ key, hash: a.hash, path: a.path }))
      .sort((x, y) => x.key.localeCompare(y.key)),
    counts: { nodes: countByKind(graph), edges: countByType(graph) },
  };
}

/** Serializes the graph, nodes and edges sorted by key so equal graphs give equal files. */
export function toSnapshot(graph: KnowledgeGraph, meta: SnapshotMeta): Snapshot {
  const exported = graph.export();
  const attributes = snapshotAttributes(graph, meta);
  const snapshot = {
    attributes,
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: exported.nodes.map((n) => ({ key: n.key, attributes: n.attributes })).sort(byKey),
    edges: exported.edges
      .map((e) => ({ key: e.key ?? '', source: e.source, target: e.target, attributes: e.attributes }))
      .sort(byKey),
  };
  return validateSnapshot(snapshot, 'snapshot being written');
}

/** Validates against the schema and the integrity rules, reporting every problem found. */
export function validateSnapshot(data: unknown, source: string): Snapshot {
  const parsed = Snapshot.safeParse(data);
  if (!parsed.success) {
    throw new SnapshotError(
      parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`),
      source,
    );
  }
  const problems = checkIntegrity(parsed.data);
  if (problems.length > 0) throw new SnapshotError(problems, source);
  return parsed.data;
}

export function parseSnapshot(json: string, source: string): Snapshot {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new SnapshotError([`not JSON: ${(error as Error).message}`], source);
  }
  return validateSnapshot(data, source);
}

export function fromSnapshot(snapshot: Snapshot): KnowledgeGraph {
  const graph = createGraph();
  for (const n of snapshot.nodes) graph.addNode(n.key, n.attributes);
  for (const e of snapshot.edges) graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
  return graph;
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
