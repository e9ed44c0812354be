import { MultiDirectedGraph } from 'graphology';
import type { KnowledgeGraph } from '../../src/graph/model.ts';
import { KIND_COLORS } from '../../src/graph/palette.ts';
import { EDGE_TYPE_COLORS } from './palette.ts';
import type { EdgeType, NodeKind } from '../../src/schema/index.ts';
import { truncate } from './text.ts';

export interface DisplayNode {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: NodeKind;
  forceLabel: boolean;
}

export interface DisplayEdge {
  color: string;
  size: number;
  relation: EdgeType;
}

/** What sigma draws: positions, sizes and colours, kept apart from the data graph (same keys). */
export type DisplayGraph = MultiDirectedGraph<DisplayNode, DisplayEdge>;

/** How many of the best-connected nodes always show their label; small graphs show every label. */
const FORCED_LABELS = 12;
const ALL_LABELS_UP_TO = 60;

/** Pixels of radius by degree; dense graphs get smaller dots (less overlap, less to fill per frame). */
export function nodeSize(degree: number, order: number): number {
  const scale = order > 5000 ? 0.5 : order > 1000 ? 0.75 : 1;
  return scale * Math.min(24, 4 + 2.4 * Math.sqrt(degree));
}

/** A stable pseudo-random start in the unit disc, so the same snapshot lays out the same way. */
function seededPosition(key: string): { x: number; y: number } {
  let h = 2166136261;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619);
  const angle = ((h >>> 0) % 3600) * (Math.PI / 1800);
  const radius = Math.sqrt(((h >>> 12) % 1000) / 1000);
  return { x: 100 * radius * Math.cos(angle), y: 100 * radius * Math.sin(angle) };
}

export function buildDisplayGraph(data: KnowledgeGraph): DisplayGraph {
  const display: DisplayGraph = new MultiDirectedGraph({ allowSelfLoops: false });
  const ranked = data.nodes().sort((a, b) => data.degree(b) - data.degree(a));
  const forced = new Set(data.order <= ALL_LABELS_UP_TO ? ranked : ranked.slice(0, FORCED_LABELS).filter((key) => data.degree(key) > 0));
  data.forEachNode((key, attrs) => {
    display.addNode(key, {
      ...seededPosition(key),
      size: nodeSize(data.degree(key), data.order),
      color: KIND_COLORS[attrs.kind],
      label: truncate(attrs.name, 48),
      kind: attrs.kind,
      forceLabel: forced.has(key),
    });
  });
  data.forEachEdge((key, attrs, source, target) => {
    display.addDirectedEdgeWithKey(key, source, target, {
      color: EDGE_TYPE_COLORS[attrs.type],
      size: attrs.type === 'MENTIONED_IN' ? 0.6 : 1.4,
      relation: attrs.type,
    });
  });
  return display;
}
