import { MultiDirectedGraph } from 'graphology';
import type { EdgeAttributes, EdgeType, NodeAttributes, NodeKind, NodeOfKind } from '../schema/index.ts';

export type GraphAttributes = Record<string, never>;
export type KnowledgeGraph = MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;

export function createGraph(): KnowledgeGraph {
  return new MultiDirectedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ allowSelfLoops: false });
}

/** Edge keys are derived from their content so that merging the same claim twice is a no-op. */
export function edgeKey(type: EdgeType, source: string, target: string, discriminator?: string): string {
  return discriminator ? `${type}:${source}->${target}:${discriminator}` : `${type}:${source}->${target}`;
}

export function nodesOfKind<K extends NodeKind>(graph: KnowledgeGraph, kind: K): Array<[string, NodeOfKind<K>]> {
  const found: Array<[string, NodeOfKind<K>]> = [];
  graph.forEachNode((key, attrs) => {
    if (attrs.kind === kind) found.push([key, attrs as NodeOfKind<K>]);
  });
  return found;
}

export function countByKind(graph: KnowledgeGraph): Partial<Record<NodeKind, number>> {
  const counts: Partial<Record<NodeKind, number>> = {};
  graph.forEachNode((_key, attrs) => {
    counts[attrs.kind] = (counts[attrs.kind] ?? 0) + 1;
  });
  return counts;
}

export function countByType(graph: KnowledgeGraph): Partial<Record<EdgeType, number>> {
  const counts: Partial<Record<EdgeType, number>> = {};
  graph.forEachEdge((_key, attrs) => {
    counts[attrs.type] = (counts[attrs.type] ?? 0) + 1;
  });
  return counts;
}
