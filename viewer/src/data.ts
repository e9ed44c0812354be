import type { KnowledgeGraph } from '../../src/graph/model.ts';
import type { Snapshot } from '../../src/schema/index.ts';

/**
 * Adds a snapshot (the whole graph, or a fragment a later Neo4j query returns) to the data graph.
 * Nodes and edges already there are kept as they are; returns how many were new.
 */
export function mergeSnapshot(graph: KnowledgeGraph, snapshot: Snapshot): { nodes: number; edges: number } {
  let nodes = 0;
  let edges = 0;
  for (const n of snapshot.nodes) {
    if (graph.hasNode(n.key)) continue;
    graph.addNode(n.key, n.attributes);
    nodes++;
  }
  for (const e of snapshot.edges) {
    if (graph.hasEdge(e.key)) continue;
    graph.addDirectedEdgeWithKey(e.key, e.source, e.target, e.attributes);
    edges++;
  }
  return { nodes, edges };
}
