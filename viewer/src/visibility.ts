import type { KnowledgeGraph } from '../../src/graph/model.ts';
import type { DataIndex } from './data-index.ts';
import { passes } from './dates.ts';
import type { ViewState } from './store.ts';

/** Which nodes and edges the filters, the time slider and ego mode leave on screen. */
export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /** The slider's cutoff day; null before the first stop. */
  cutoff: string | null;
}

export function cutoffOf(index: DataIndex, timeStop: number): string | null {
  if (timeStop <= 0) return null;
  return index.days[Math.min(timeStop, index.days.length) - 1] ?? null;
}

export function computeVisibility(graph: KnowledgeGraph, index: DataIndex, state: ViewState): Visibility {
  // Undated graphs have no stops: the slider then hides nothing.
  const cutoff = index.days.length === 0 ? '' : cutoffOf(index, state.timeStop);
  const nodes = new Set<string>();
  const edges = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (state.hiddenKinds.has(attrs.kind)) return;
    if (graph.degree(key) < state.minDegree) return;
    if (!passes(index.nodeDay.get(key), cutoff)) return;
    nodes.add(key);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    if (state.hiddenEdgeTypes.has(attrs.type)) return;
    if (!nodes.has(source) || !nodes.has(target)) return;
    if (!passes(index.edgeDay.get(key), cutoff)) return;
    edges.add(key);
  });
  const center = state.selection?.type === 'node' ? state.selection.key : null;
  if (state.egoDepth > 0 && center && nodes.has(center)) return { ...ego(graph, nodes, edges, center, state.egoDepth), cutoff };
  return { nodes, edges, cutoff };
}

/** The neighbourhood of center, up to depth hops over the visible edges, either direction. */
function ego(graph: KnowledgeGraph, nodes: Set<string>, edges: Set<string>, center: string, depth: number) {
  const reached = new Set([center]);
  let frontier = [center];
  for (let hop = 0; hop < depth; hop++) {
    const next: string[] = [];
    for (const node of frontier) {
      graph.forEachEdge(node, (edge, _attrs, source, target) => {
        if (!edges.has(edge)) return;
        const other = source === node ? target : source;
        if (nodes.has(other) && !reached.has(other)) {
          reached.add(other);
          next.push(other);
        }
      });
    }
    frontier = next;
  }
  const kept = new Set<string>();
  for (const edge of edges) if (reached.has(graph.source(edge)) && reached.has(graph.target(edge))) kept.add(edge);
  return { nodes: reached, edges: kept };
}

/**
 * Straight edges between the same two nodes overlap; one of them carries a label naming them all
 * ("MET ×2 · PROPOSED") until curved parallel edges are available. `carrier` maps every edge of such a
 * group to the one that carries the label, so that no other edge of the group draws a label on top.
 */
export interface ParallelLabels {
  labels: Map<string, string>;
  carrier: Map<string, string>;
}

export function parallelLabels(graph: KnowledgeGraph, visibleEdges: Set<string>): ParallelLabels {
  const pairs = new Map<string, string[]>();
  for (const edge of visibleEdges) {
    const [a, b] = [graph.source(edge), graph.target(edge)].sort();
    const pair = `${a}\u0000${b}`;
    const list = pairs.get(pair);
    if (list) list.push(edge);
    else pairs.set(pair, [edge]);
  }
  const labels = new Map<string, string>();
  const carrier = new Map<string, string>();
  for (const list of pairs.values()) {
    if (list.length < 2) continue;
    for (const edge of list) carrier.set(edge, list[0]!);
    const counts = new Map<string, number>();
    for (const edge of list) {
      const type = graph.getEdgeAttribute(edge, 'type');
      counts.set(type, (counts.get(type) ?? 0) + 1);
    }
    const text = [...counts].map(([type, n]) => (n > 1 ? `${type} ×${n}` : type)).join(' · ');
    labels.set(list[0]!, text);
  }
  return { labels, carrier };
}
