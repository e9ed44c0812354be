import { createGraph, type KnowledgeGraph } from '../../src/graph/model.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { mergeSnapshot } from './data.ts';
import { buildDataIndex, type DataIndex } from './data-index.ts';
import { buildDisplayGraph, syncDisplayGraph, type DisplayGraph } from './display.ts';
import { byId } from './dom.ts';
import { GraphView } from './graph-view.ts';
import { LayoutController } from './layout.ts';
import { SearchIndex } from './search-index.ts';
import type { GraphSource } from './source.ts';
import { affectsVisibility, initialState, Store } from './store.ts';
import { bindControls } from './ui/controls.ts';
import { bindExportMenu } from './ui/export-menu.ts';
import { renderLegend } from './ui/legend.ts';
import { Neo4jPanel, type FragmentSink, type MergeMode } from './ui/neo4j-panel.ts';
import { PanelController } from './ui/panel.ts';
import { SearchBox } from './ui/search-box.ts';
import { TimelineController } from './ui/timeline.ts';
import { computeVisibility, cutoffOf, type Visibility } from './visibility.ts';

/** Wires the controllers: each owns one concern and talks to the others through the store. */
export class App implements FragmentSink {
  readonly data: KnowledgeGraph = createGraph();
  readonly store: Store;
  /** Rebuilt when a fragment from Neo4j changes the data graph. */
  index: DataIndex;
  readonly display: DisplayGraph;
  readonly view: GraphView;
  readonly layout: LayoutController;
  /** Present in Neo4j mode. */
  readonly neo4j: Neo4jPanel | null = null;
  private visibility: Visibility;
  /** Only the latest layout run may say it is done (a merge stops one run and starts another). */
  private layoutRun = 0;
  private readonly controls: ReturnType<typeof bindControls>;
  private readonly timeline: TimelineController;
  private readonly search: SearchBox;
  private readonly panel: PanelController;

  constructor(
    snapshot: Snapshot,
    readonly source: GraphSource,
  ) {
    mergeSnapshot(this.data, snapshot);
    this.index = buildDataIndex(this.data);
    this.store = new Store(initialState(this.index.days.length));
    this.visibility = computeVisibility(this.data, this.index, this.store.get());
    this.display = buildDisplayGraph(this.data);
    this.view = new GraphView(byId('graph'), this.display, this.data, this.store, this.visibility);
    this.layout = new LayoutController(this.display);

    this.store.subscribe((state, previous) => {
      if (affectsVisibility(state, previous)) this.refreshVisibility();
      else if (state.hovered !== previous.hovered || state.selection !== previous.selection) this.view.onHighlightChange(state);
    });
    renderLegend(byId('legend-kinds'), byId('legend-types'), this.index, this.store);
    this.controls = bindControls(this.index, this.store);
    this.timeline = new TimelineController(this.index, this.store);
    if (source.neo4j) {
      const neo4j = new Neo4jPanel(source.neo4j, this);
      this.neo4j = neo4j;
      this.view.onNodeDoubleClick((key) => void neo4j.expand(key));
    }
    const neo4j = this.neo4j;
    this.panel = new PanelController(byId('panel'), this.data, this.store, (key) => this.view.focusNode(key), neo4j ? (key) => void neo4j.expand(key) : undefined);
    this.search = new SearchBox(this.data, new SearchIndex(this.data), (key) => this.select(key));
    bindExportMenu(this.data, this.view, () => this.visibility, (message) => this.report(message));
    this.bindLayoutButton();
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement) && !(event.target instanceof HTMLTextAreaElement)) this.store.update({ selection: null });
    });
    this.renderCounts();
  }

  /** Lays the graph out; body[data-layout] tells tests and benchmarks when positions have settled. */
  runLayout(): Promise<void> {
    const button = byId('layout-toggle');
    const run = ++this.layoutRun;
    document.body.dataset.layout = 'running';
    button.textContent = 'Stop layout';
    return this.layout.run().then(() => {
      if (run !== this.layoutRun) return;
      document.body.dataset.layout = 'done';
      button.textContent = 'Re-run layout';
    });
  }

  select(key: string): void {
    this.store.update({ selection: { type: 'node', key } });
    this.view.focusNode(key);
  }

  fitView(): void {
    void this.view.sigma.getCamera().animatedReset({ duration: 300 });
  }

  /**
   * Adds a fragment from Neo4j to the data graph (or swaps the graph for it), rebuilds everything
   * derived from the data (index, search, legend, slider) and lays the graph out again. Filters stay;
   * the time slider keeps its day (or stays at "all dates"). Returns how many nodes and edges were new.
   */
  applyFragment(fragment: Snapshot, mode: MergeMode): { nodes: number; edges: number } {
    this.layout.stop();
    const state = this.store.get();
    const allDates = state.timeStop >= this.index.days.length;
    const cutoff = cutoffOf(this.index, state.timeStop);
    if (mode === 'replace') this.data.clear();
    const added = mergeSnapshot(this.data, fragment);
    syncDisplayGraph(this.data, this.display);
    this.index = buildDataIndex(this.data);
    const days = this.index.days;
    const timeStop = allDates ? days.length : cutoff === null ? 0 : days.filter((day) => day <= cutoff).length;
    const selection = state.selection && (state.selection.type === 'node' ? this.data.hasNode(state.selection.key) : this.data.hasEdge(state.selection.key)) ? state.selection : null;
    const hovered = state.hovered !== null && this.data.hasNode(state.hovered) ? state.hovered : null;
    // The view gets the new visibility before the store moves on: its listeners must never see a key
    // that a replace removed.
    this.visibility = computeVisibility(this.data, this.index, { ...state, timeStop, selection, hovered });
    this.view.setVisibility(this.visibility);
    this.store.update({ timeStop, selection, hovered });
    renderLegend(byId('legend-kinds'), byId('legend-types'), this.index, this.store);
    this.controls.update(this.index);
    this.timeline.setIndex(this.index);
    this.search.setIndex(new SearchIndex(this.data));
    this.refreshVisibility();
    this.panel.render();
    void this.runLayout();
    return added;
  }

  private refreshVisibility(): void {
    this.visibility = computeVisibility(this.data, this.index, this.store.get());
    this.view.setVisibility(this.visibility);
    this.renderCounts();
  }

  private renderCounts(): void {
    const nodes = byId('count-nodes');
    const edges = byId('count-edges');
    nodes.textContent = String(this.visibility.nodes.size);
    nodes.dataset.value = String(this.visibility.nodes.size);
    edges.textContent = String(this.visibility.edges.size);
    edges.dataset.value = String(this.visibility.edges.size);
    byId('count-total').textContent = `of ${this.data.order} nodes · ${this.data.size} edges`;
    const empty = byId('graph-empty');
    empty.hidden = this.data.order > 0;
    empty.textContent = this.neo4j ? 'Nothing to show yet: run a query in the Neo4j panel below.' : 'This snapshot has no nodes.';
  }

  private bindLayoutButton(): void {
    const button = byId<HTMLButtonElement>('layout-toggle');
    button.addEventListener('click', () => (this.layout.isRunning() ? this.layout.stop() : void this.runLayout()));
  }

  report(message: string): void {
    const status = byId('status');
    status.textContent = message;
    status.hidden = false;
  }
}
