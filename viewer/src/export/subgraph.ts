import { createGraph, type KnowledgeGraph } from '../../../src/graph/model.ts';
import { toSnapshot } from '../../../src/graph/snapshot.ts';
import type { Snapshot } from '../../../src/schema/index.ts';
import type { Visibility } from '../visibility.ts';

/**
 * The graph as filtered on screen, as a valid snapshot: the visible nodes and edges, plus the Article
 * nodes their evidence cites (a snapshot whose evidence points nowhere would not validate).
 */
export function filteredGraph(data: KnowledgeGraph, visibility: Visibility): KnowledgeGraph {
  const keep = new Set(visibility.nodes);
  for (const edge of visibility.edges) {
    const attrs = data.getEdgeAttributes(edge);
    if ('evidence' in attrs) for (const ev of attrs.evidence ?? []) keep.add(ev.article);
  }
  const graph = createGraph();
  for (const node of keep) if (data.hasNode(node)) graph.addNode(node, data.getNodeAttributes(node));
  for (const edge of visibility.edges) graph.addDirectedEdgeWithKey(edge, data.source(edge), data.target(edge), data.getEdgeAttributes(edge));
  return graph;
}

export function filteredSnapshot(data: KnowledgeGraph, visibility: Visibility): Snapshot {
  return toSnapshot(filteredGraph(data, visibility), { generator: 'diplograph viewer (filtered view)', createdAt: new Date().toISOString() });
}
