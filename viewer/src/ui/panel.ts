import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import { el } from '../dom.ts';
import type { Store } from '../store.ts';
import { edgeDetails } from './edge-details.ts';
import { nodeDetails, type DetailActions } from './node-details.ts';

/** The side panel: details of the selected node or edge; hidden when nothing is selected. */
export class PanelController {
  private readonly actions: DetailActions;

  constructor(
    private readonly root: HTMLElement,
    private readonly data: KnowledgeGraph,
    private readonly store: Store,
    focusNode: (key: string) => void,
    expand?: (key: string) => void,
  ) {
    this.actions = {
      selectNode: (key) => {
        store.update({ selection: { type: 'node', key } });
        focusNode(key);
      },
      selectEdge: (key) => store.update({ selection: { type: 'edge', key } }),
      ...(expand ? { expand } : {}),
    };
    store.subscribe((state, previous) => {
      if (state.selection !== previous.selection) this.render();
    });
    this.render();
  }

  render(): void {
    const selection = this.store.get().selection;
    const close = el('button', { class: 'panel-close', text: '×', title: 'Close (Esc)', onClick: () => this.store.update({ selection: null }) });
    if (!selection || !(selection.type === 'node' ? this.data.hasNode(selection.key) : this.data.hasEdge(selection.key))) {
      this.root.hidden = true;
      this.root.replaceChildren();
      return;
    }
    const body = selection.type === 'node' ? nodeDetails(this.data, selection.key, this.actions) : edgeDetails(this.data, selection.key, this.actions);
    this.root.dataset.selection = selection.type;
    this.root.replaceChildren(close, ...body);
    this.root.hidden = false;
    this.root.scrollTop = 0;
  }
}
