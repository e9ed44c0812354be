import { KIND_COLORS } from '../../../src/graph/palette.ts';
import { EDGE_TYPE_COLORS } from '../palette.ts';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind } from '../../../src/schema/index.ts';
import type { DataIndex } from '../data-index.ts';
import { el } from '../dom.ts';
import type { Store } from '../store.ts';

function toggled<T>(set: ReadonlySet<T>, value: T, hidden: boolean): Set<T> {
  const next = new Set(set);
  if (hidden) next.add(value);
  else next.delete(value);
  return next;
}

function row(name: string, color: string, count: number, shape: 'dot' | 'line', shown: boolean, onChange: (shown: boolean) => void, testId: string): HTMLElement {
  const box = el('input', { attrs: { type: 'checkbox', 'data-filter': testId } });
  box.checked = shown;
  box.addEventListener('change', () => onChange(box.checked));
  const swatch = el('span', { class: `swatch ${shape}` });
  swatch.style.setProperty('--swatch', color);
  return el('label', { class: 'legend-row' }, box, swatch, el('span', { class: 'legend-name', text: name }), el('span', { class: 'legend-count', text: String(count) }));
}

/** The legend doubles as the kind and edge-type filter: one checkbox per colour, with its count. Rendered again after a merge from Neo4j. */
export function renderLegend(kindsRoot: HTMLElement, typesRoot: HTMLElement, index: DataIndex, store: Store): void {
  const kinds = NODE_KINDS.filter((k) => index.kindCounts.has(k));
  kindsRoot.replaceChildren(
    ...kinds.map((kind: NodeKind) =>
      row(kind, KIND_COLORS[kind], index.kindCounts.get(kind) ?? 0, 'dot', !store.get().hiddenKinds.has(kind), (shown) => store.update({ hiddenKinds: toggled(store.get().hiddenKinds, kind, !shown) }), `kind:${kind}`),
    ),
  );
  const types = EDGE_TYPES.filter((t) => index.typeCounts.has(t));
  typesRoot.replaceChildren(
    ...types.map((type: EdgeType) =>
      row(type, EDGE_TYPE_COLORS[type], index.typeCounts.get(type) ?? 0, 'line', !store.get().hiddenEdgeTypes.has(type), (shown) => store.update({ hiddenEdgeTypes: toggled(store.get().hiddenEdgeTypes, type, !shown) }), `type:${type}`),
    ),
  );
}
