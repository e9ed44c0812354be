import type { DataIndex } from '../data-index.ts';
import { byId } from '../dom.ts';
import type { Store } from '../store.ts';

/** Minimum degree and ego mode; `update` follows the data after a merge from Neo4j. */
export function bindControls(index: DataIndex, store: Store): { update(index: DataIndex): void } {
  const degree = byId<HTMLInputElement>('min-degree');
  const degreeValue = byId<HTMLOutputElement>('min-degree-value');
  degree.max = String(Math.max(1, index.maxDegree));
  degree.value = '0';
  degree.addEventListener('input', () => {
    degreeValue.textContent = degree.value;
    store.update({ minDegree: Number(degree.value) });
  });

  const ego = byId<HTMLSelectElement>('ego-depth');
  const hint = byId<HTMLElement>('ego-hint');
  ego.addEventListener('change', () => store.update({ egoDepth: Number(ego.value) as 0 | 1 | 2 }));
  const updateHint = () => {
    const state = store.get();
    hint.hidden = !(state.egoDepth > 0 && state.selection?.type !== 'node');
  };
  store.subscribe(updateHint);
  updateHint();
  return {
    update: (next) => {
      degree.max = String(Math.max(1, next.maxDegree, store.get().minDegree));
    },
  };
}
