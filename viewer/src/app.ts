import { createGraph, type KnowledgeGraph } from '../../src/graph/model.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { mergeSnapshot } from './data.ts';
import { buildDataIndex, type DataIndex } from './data-index.ts';
import { buildDisplayGraph, type DisplayGraph } from './display.ts';
import { byId } from './dom.ts';
import { GraphView } from './graph-view.ts';
import { LayoutController } from './layout.ts';
import { SearchIndex } from './search-index.ts';
import type { GraphSource } from './source.ts';
import { affectsVisibility, initialState, Store } from './store.ts';
import { bindControls } from './ui/controls.ts';
import { bindExportMenu } from './ui/export-menu.ts';
import { renderLegend } from './ui/legend.ts';
import { PanelController } from './ui/panel.ts';
import { SearchBox } from './ui/search-box.ts';
import { TimelineController } from './ui/timeline.ts';
import { computeVisibility, type Visibility } from './visibility.ts';

/** Wires the controllers: each owns one concern and talks to the others through the store. */
export class App {
  readonly data: KnowledgeGraph = createGraph();
  readonly store: Store;
  readonly index: DataIndex;
  readonly display: DisplayGraph;
  readonly view: GraphView;
  readonly layout: LayoutController;
  private visibility: Visibility;

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
    bindControls(this.index, this.store);
    new TimelineController(this.index, this.store);
    new PanelController(byId('panel'), this.data, this.store, (key) => this.view.focusNode(key));
    new SearchBox(this.data, new SearchIndex(this.data), (key) => this.select(key));
    bindExportMenu(this.data, this.view, () => this.visibility, (message) => this.report(message));
    this.bindLayoutButton();
    document.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && !(event.target instanceof HTMLInputElement)) this.store.update({ selection: null });
    });
    this.renderCounts();
  }

  /** Lays the graph out; body[data-layout] tells tests and benchmarks when positions have settled. */
  runLayout(): Promise<void> {
    const button = byId('layout-toggle');
    document.body.dataset.layout = 'running';
    button.textContent = 'Stop layout';
    return this.layout.run().then(() => {
      document.body.dataset.layout = 'done';
      button.textContent = 'Re-run layout';
    });
  }

  select(key: string): void {
    this.store.update({ selection: { type: 'node', key } });
    this.view.focusNode(key);
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
