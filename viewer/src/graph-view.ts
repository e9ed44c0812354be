import Sigma from 'sigma';
import { EdgeLineProgram, NodePointProgram } from 'sigma/rendering';
import type { Settings } from 'sigma/settings';
import type { EdgeDisplayData, NodeDisplayData } from 'sigma/types';
import type { KnowledgeGraph } from '../../src/graph/model.ts';
import type { DisplayEdge, DisplayGraph, DisplayNode } from './display.ts';
import type { Store, ViewState } from './store.ts';
import { parallelLabels, type ParallelLabels, type Visibility } from './visibility.ts';

const DIM_NODE = '#e3e6ea';
const DIM_EDGE = '#f0f1f3';
/** Edge hit-testing costs a picking pass per frame: only worth it while edges are few enough to click. */
const EDGE_EVENTS_MAX = 20000;
/**
 * Large graphs trade looks for frames: panning draws only nodes (edges and labels return when the camera
 * stops), nodes become point sprites and edges one-pixel lines without arrowheads. Instanced drawing
 * (sigma's circles, arrows) is what software WebGL (no GPU) is slowest at; see test/bench/viewer.ts.
 */
const HIDE_EDGES_ON_MOVE_ABOVE = 3000;
const HIDE_LABELS_ON_MOVE_ABOVE = 5000;
const POINT_NODES_ABOVE = 2000;
const ARROWS_UP_TO = 20000;

function largeGraphSettings(order: number, size: number): Partial<Settings<DisplayNode, DisplayEdge>> {
  return {
    defaultEdgeType: size <= ARROWS_UP_TO ? 'arrow' : 'thin',
    hideEdgesOnMove: size > HIDE_EDGES_ON_MOVE_ABOVE,
    hideLabelsOnMove: order > HIDE_LABELS_ON_MOVE_ABOVE,
    ...(order > POINT_NODES_ABOVE ? { nodeProgramClasses: { circle: NodePointProgram } } : {}),
    edgeProgramClasses: { thin: EdgeLineProgram },
  };
}
/** Below this camera ratio (zoomed in) every node gets its label. */
const ALL_LABELS_RATIO = 0.35;

/** The sigma renderer. Display state comes from reducers; neither graph is changed by presentation. */
export class GraphView {
  readonly sigma: Sigma<DisplayNode, DisplayEdge>;
  private visibility: Visibility;
  private parallel: ParallelLabels;
  private focus: string | null = null;
  private neighbours = new Set<string>();

  constructor(
    container: HTMLElement,
    display: DisplayGraph,
    private readonly data: KnowledgeGraph,
    private readonly store: Store,
    visibility: Visibility,
  ) {
    this.visibility = visibility;
    this.parallel = parallelLabels(data, visibility.edges);
    this.sigma = new Sigma<DisplayNode, DisplayEdge>(display, container, {
      ...largeGraphSettings(data.order, data.size),
      renderEdgeLabels: true,
      enableEdgeEvents: data.size <= EDGE_EVENTS_MAX,
      labelFont: '"DejaVu Sans", "Noto Sans", Arial, sans-serif',
      labelSize: 12,
      labelWeight: '500',
      labelRenderedSizeThreshold: 9,
      edgeLabelFont: '"DejaVu Sans", Arial, sans-serif',
      edgeLabelSize: 10,
      edgeLabelColor: { color: '#555' },
      zIndex: true,
      minCameraRatio: 0.01,
      maxCameraRatio: 20,
      nodeReducer: (key, attrs) => this.reduceNode(key, attrs),
      edgeReducer: (key, attrs) => this.reduceEdge(key, attrs),
    });
    this.bindEvents();
    // Sigma follows window resizes only; the Neo4j drawer and the timeline change the container's height.
    new ResizeObserver(() => this.sigma.resize()).observe(container);
    this.sigma.getCamera().on('updated', ({ ratio }) => {
      const threshold = ratio < ALL_LABELS_RATIO ? 0 : 9;
      if (this.sigma.getSetting('labelRenderedSizeThreshold') !== threshold) this.sigma.setSetting('labelRenderedSizeThreshold', threshold);
    });
  }

  private bindEvents(): void {
    const s = this.sigma;
    s.on('enterNode', ({ node }) => this.store.update({ hovered: node }));
    s.on('leaveNode', () => this.store.update({ hovered: null }));
    s.on('clickNode', ({ node }) => this.store.update({ selection: { type: 'node', key: node } }));
    s.on('clickEdge', ({ edge }) => this.store.update({ selection: { type: 'edge', key: edge } }));
    s.on('clickStage', () => this.store.update({ selection: null }));
  }

  /** Double-click on a node calls `expand` instead of zooming (the Neo4j mode's "show its neighbours"). */
  onNodeDoubleClick(expand: (key: string) => void): void {
    this.sigma.on('doubleClickNode', (payload) => {
      payload.preventSigmaDefault();
      expand(payload.node);
    });
  }

  setVisibility(visibility: Visibility): void {
    this.visibility = visibility;
    this.parallel = parallelLabels(this.data, visibility.edges);
    this.updateFocus(this.store.get());
    this.sigma.refresh();
  }

  /** Hover and selection only recolour: no re-indexing. */
  onHighlightChange(state: ViewState): void {
    this.updateFocus(state);
    this.sigma.refresh({ skipIndexation: true });
  }

  /** The focused node (hovered, else selected) and its visible neighbours stay bright; the rest dims. */
  private updateFocus(state: ViewState): void {
    const selected = state.selection?.type === 'node' ? state.selection.key : null;
    const focus = state.hovered ?? selected;
    this.focus = focus && this.visibility.nodes.has(focus) ? focus : null;
    this.neighbours = new Set();
    if (this.focus) {
      this.data.forEachEdge(this.focus, (edge, _a, source, target) => {
        if (this.visibility.edges.has(edge)) this.neighbours.add(source === this.focus ? target : source);
      });
    }
  }

  private reduceNode(key: string, attrs: DisplayNode): Partial<NodeDisplayData> {
    if (!this.visibility.nodes.has(key)) return { ...attrs, hidden: true };
    const selection = this.store.get().selection;
    const selected = selection?.type === 'node' && selection.key === key;
    if (!this.focus) return { ...attrs, highlighted: selected };
    if (key === this.focus || this.neighbours.has(key)) return { ...attrs, highlighted: selected || key === this.focus, forceLabel: true, zIndex: 1 };
    return { ...attrs, color: DIM_NODE, label: null, forceLabel: false, zIndex: 0 };
  }

  private reduceEdge(key: string, attrs: DisplayEdge): Partial<EdgeDisplayData> {
    if (!this.visibility.edges.has(key)) return { ...attrs, hidden: true };
    // One label per group of parallel edges, on its carrier; a lone edge names its type when in focus.
    const carrier = this.parallel.carrier.get(key);
    const label = carrier === undefined ? attrs.relation : carrier === key ? (this.parallel.labels.get(key) ?? null) : null;
    const selection = this.store.get().selection;
    const selected = selection?.type === 'edge' && selection.key === key;
    if (selected) return { ...attrs, label, size: attrs.size + 2, zIndex: 2 };
    if (!this.focus) return { ...attrs, label: carrier === key ? label : null };
    // Ends from the display graph: sigma calls this while a replace is still bringing it in line with the data.
    const shown = this.sigma.getGraph();
    const touches = shown.source(key) === this.focus || shown.target(key) === this.focus;
    return touches ? { ...attrs, label, size: attrs.size + 0.8, zIndex: 1 } : { ...attrs, color: DIM_EDGE, label: null, zIndex: 0 };
  }

  /** Moves the camera onto a node and zooms in: close enough for every label, less on small graphs. */
  focusNode(key: string): void {
    const position = this.sigma.getNodeDisplayData(key);
    if (!position) return;
    const ratio = this.data.order <= 100 ? 0.45 : ALL_LABELS_RATIO * 0.8;
    void this.sigma.getCamera().animate({ x: position.x, y: position.y, ratio }, { duration: 500 });
  }

  kill(): void {
    this.sigma.kill();
  }
}
