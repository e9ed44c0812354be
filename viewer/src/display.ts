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
  syncDisplayGraph(data, display);
  return display;
}

/**
 * Where a node joining a laid-out graph starts: amid its neighbours already placed, so that a merge
 * from Neo4j grows the picture where it belongs instead of scattering it; else a seeded spot.
 */
function startPosition(data: KnowledgeGraph, display: DisplayGraph, key: string, spread: number): { x: number; y: number } {
  const seeded = seededPosition(key);
  let [x, y, n] = [0, 0, 0];
  data.forEachNeighbor(key, (other) => {
    if (!display.hasNode(other)) return;
    x += display.getNodeAttribute(other, 'x');
    y += display.getNodeAttribute(other, 'y');
    n++;
  });
  const jitter = spread / 100 / 10;
  return n === 0 ? { x: seeded.x * (spread / 200), y: seeded.y * (spread / 200) } : { x: x / n + seeded.x * jitter, y: y / n + seeded.y * jitter };
}

/** The extent of the positions so far (200 for an empty graph, the seeded disc's diameter). */
function extent(display: DisplayGraph): number {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  display.forEachNode((_key, a) => {
    [minX, maxX, minY, maxY] = [Math.min(minX, a.x), Math.max(maxX, a.x), Math.min(minY, a.y), Math.max(maxY, a.y)];
  });
  return display.order < 2 ? 200 : Math.max(maxX - minX, maxY - minY, 1);
}

/**
 * Brings the display graph in line with the data graph: drops what left it (a replace), adds what
 * joined it, and resizes every node by its new degree. Positions of nodes already there are kept.
 */
export function syncDisplayGraph(data: KnowledgeGraph, display: DisplayGraph): void {
  const spread = extent(display);
  // A first build keeps the seeded disc (the same snapshot lays out the same way); merges grow in place.
  const merging = display.order > 0;
  // Sigma re-reads every edge on each single drop: a replace clears once and re-adds what stays.
  const kept = new Map<string, { x: number; y: number }>();
  if (display.someNode((key) => !data.hasNode(key)) || display.someEdge((key) => !data.hasEdge(key))) {
    display.forEachNode((key, a) => void (data.hasNode(key) && kept.set(key, { x: a.x, y: a.y })));
    display.clear();
  }
  const ranked = data.nodes().sort((a, b) => data.degree(b) - data.degree(a));
  const forced = new Set(data.order <= ALL_LABELS_UP_TO ? ranked : ranked.slice(0, FORCED_LABELS).filter((key) => data.degree(key) > 0));
  data.forEachNode((key, attrs) => {
    const sized = { size: nodeSize(data.degree(key), data.order), forceLabel: forced.has(key) };
    if (display.hasNode(key)) return display.mergeNodeAttributes(key, sized);
    const position = kept.get(key) ?? (merging ? startPosition(data, display, key, spread) : seededPosition(key));
    display.addNode(key, { ...position, ...sized, color: KIND_COLORS[attrs.kind], label: truncate(attrs.name, 48), kind: attrs.kind });
  });
  data.forEachEdge((key, attrs, source, target) => {
    if (display.hasEdge(key)) return;
    display.addDirectedEdgeWithKey(key, source, target, {
      color: EDGE_TYPE_COLORS[attrs.type],
      size: attrs.type === 'MENTIONED_IN' ? 0.6 : 1.4,
      relation: attrs.type,
    });
  });
}
