import type { EdgeType, NodeKind } from '../../src/schema/index.ts';

export type Selection = { type: 'node'; key: string } | { type: 'edge'; key: string } | null;

/** Everything the user chose. Presentation is computed from it; the data graph never changes. */
export interface ViewState {
  selection: Selection;
  hovered: string | null;
  hiddenKinds: ReadonlySet<NodeKind>;
  hiddenEdgeTypes: ReadonlySet<EdgeType>;
  minDegree: number;
  /** 0 shows no dated item; days.length shows all (see DataIndex.days). */
  timeStop: number;
  /** 0: off; 1 or 2: only the selected node's neighbourhood of that depth. */
  egoDepth: 0 | 1 | 2;
}

export type Listener = (state: ViewState, previous: ViewState) => void;

export class Store {
  private state: ViewState;
  private readonly listeners = new Set<Listener>();

  constructor(initial: ViewState) {
    this.state = initial;
  }

  get(): ViewState {
    return this.state;
  }

  update(patch: Partial<ViewState>): void {
    const previous = this.state;
    this.state = { ...previous, ...patch };
    for (const listener of this.listeners) listener(this.state, previous);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}

export function initialState(dayCount: number): ViewState {
  return {
    selection: null,
    hovered: null,
    hiddenKinds: new Set(),
    hiddenEdgeTypes: new Set(),
    minDegree: 0,
    timeStop: dayCount,
    egoDepth: 0,
  };
}

/** True when the change can alter which nodes and edges are shown (hover and selection alone cannot, outside ego mode). */
export function affectsVisibility(state: ViewState, previous: ViewState): boolean {
  return (
    state.hiddenKinds !== previous.hiddenKinds ||
    state.hiddenEdgeTypes !== previous.hiddenEdgeTypes ||
    state.minDegree !== previous.minDegree ||
    state.timeStop !== previous.timeStop ||
    state.egoDepth !== previous.egoDepth ||
    (state.egoDepth > 0 && state.selection !== previous.selection)
  );
}
