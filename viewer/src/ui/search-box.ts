import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import { KIND_COLORS } from '../../../src/graph/palette.ts';
import { byId, el } from '../dom.ts';
import type { SearchHit, SearchIndex } from '../search-index.ts';

/** The search field: prefix matches on every name form; Enter or a click picks one. */
export class SearchBox {
  private readonly input = byId<HTMLInputElement>('search-input');
  private readonly list = byId<HTMLUListElement>('search-results');
  private hits: SearchHit[] = [];
  private active = 0;

  constructor(
    private readonly data: KnowledgeGraph,
    private index: SearchIndex,
    private readonly pick: (key: string) => void,
  ) {
    this.input.addEventListener('input', () => this.update());
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => (this.list.hidden = true), 150));
    this.input.addEventListener('focus', () => this.update());
  }

  /** A new index after a merge from Neo4j. */
  setIndex(index: SearchIndex): void {
    this.index = index;
  }

  private update(): void {
    this.hits = this.index.query(this.input.value, 12);
    this.active = 0;
    this.render();
  }

  private render(): void {
    this.list.replaceChildren(
      ...this.hits.map((hit, i) => {
        const attrs = this.data.getNodeAttributes(hit.key);
        const dot = el('span', { class: 'swatch dot' });
        dot.style.setProperty('--swatch', KIND_COLORS[attrs.kind]);
        const item = el(
          'li',
          { class: i === this.active ? 'hit active' : 'hit', attrs: { 'data-key': hit.key, role: 'option' } },
          dot,
          el('span', { class: 'hit-name', text: attrs.name }),
          hit.matched !== attrs.name ? el('span', { class: 'hit-form muted', text: ` ${hit.matched}` }) : null,
          el('span', { class: 'hit-kind muted', text: ` ${attrs.kind}` }),
        );
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          this.choose(hit.key);
        });
        return item;
      }),
    );
    this.list.hidden = this.hits.length === 0;
  }

  private onKey(event: KeyboardEvent): void {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const n = this.hits.length;
      if (n > 0) this.active = (this.active + (event.key === 'ArrowDown' ? 1 : n - 1)) % n;
      this.render();
    } else if (event.key === 'Enter') {
      const hit = this.hits[this.active];
      if (hit) this.choose(hit.key);
    } else if (event.key === 'Escape') {
      this.list.hidden = true;
    }
  }

  private choose(key: string): void {
    this.list.hidden = true;
    this.pick(key);
  }
}
