import type { KnowledgeGraph } from '../../src/graph/model.ts';
import type { EdgeType, NodeKind } from '../../src/schema/index.ts';
import { dayKey } from './dates.ts';

/** Facts derived once from the data graph, which the filters and the time slider read. */
export interface DataIndex {
  /** Day keys of dated meetings. */
  nodeDay: Map<string, string>;
  /** Day keys of dated claims. */
  edgeDay: Map<string, string>;
  /** Every distinct day, sorted: the time slider's stops. */
  days: string[];
  maxDegree: number;
  kindCounts: Map<NodeKind, number>;
  typeCounts: Map<EdgeType, number>;
}

export function buildDataIndex(graph: KnowledgeGraph): DataIndex {
  const nodeDay = new Map<string, string>();
  const edgeDay = new Map<string, string>();
  const kindCounts = new Map<NodeKind, number>();
  const typeCounts = new Map<EdgeType, number>();
  let maxDegree = 0;
  graph.forEachNode((key, attrs) => {
    kindCounts.set(attrs.kind, (kindCounts.get(attrs.kind) ?? 0) + 1);
    if (attrs.kind === 'Meeting' && attrs.date) nodeDay.set(key, dayKey(attrs.date));
    maxDegree = Math.max(maxDegree, graph.degree(key));
  });
  graph.forEachEdge((key, attrs) => {
    typeCounts.set(attrs.type, (typeCounts.get(attrs.type) ?? 0) + 1);
    if ('date' in attrs && attrs.date) edgeDay.set(key, dayKey(attrs.date));
  });
  const days = [...new Set([...nodeDay.values(), ...edgeDay.values()])].sort();
  return { nodeDay, edgeDay, days, maxDegree, kindCounts, typeCounts };
}
