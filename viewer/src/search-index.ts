import type { KnowledgeGraph } from '../../src/graph/model.ts';
import type { NodeAttributes } from '../../src/schema/index.ts';
import { normalizeForSearch, words } from './text.ts';

export interface SearchHit {
  key: string;
  /** The form that matched, as written in the snapshot. */
  matched: string;
  score: number;
}

interface Entry {
  key: string;
  forms: Array<{ raw: string; norm: string; words: string[] }>;
  weight: number;
}

/** Every form a node can be found by: canonical name, aliases (inflected forms), English name, Wikidata id. */
export function searchForms(attrs: NodeAttributes): string[] {
  const forms = [attrs.name];
  if (attrs.kind !== 'Article') {
    forms.push(...(attrs.aliases ?? []));
    if (attrs.nameEn) forms.push(attrs.nameEn);
    if (attrs.wikidata) forms.push(attrs.wikidata);
  } else if (attrs.title) forms.push(attrs.title);
  return [...new Set(forms)];
}

export class SearchIndex {
  private readonly entries: Entry[] = [];

  constructor(graph: KnowledgeGraph) {
    graph.forEachNode((key, attrs) => {
      const forms = searchForms(attrs).map((raw) => {
        const norm = normalizeForSearch(raw);
        return { raw, norm, words: words(norm) };
      });
      this.entries.push({ key, forms, weight: graph.degree(key) });
    });
  }

  /**
   * Prefix search: a whole form equal to the query first, then forms, then words starting with it; when
   * nothing matches, the query without its case ending ("Лаврова" finds "Лавров" even if only that form was seen).
   */
  query(text: string, limit = 10): SearchHit[] {
    const q = normalizeForSearch(text);
    if (!q) return [];
    const hits = this.match(q, 0);
    const stem = stemOf(q);
    const found = hits.length > 0 || stem === q ? hits : this.match(stem, 3);
    found.sort((a, b) => a.score - b.score || b.weight - a.weight || a.key.localeCompare(b.key));
    return found.slice(0, limit).map(({ key, matched, score }) => ({ key, matched, score }));
  }

  private match(q: string, base: number): Array<SearchHit & { weight: number }> {
    const hits: Array<SearchHit & { weight: number }> = [];
    for (const entry of this.entries) {
      let best: SearchHit | null = null;
      for (const form of entry.forms) {
        const score = form.norm === q ? 0 : form.norm.startsWith(q) ? 1 : form.words.some((w) => w.startsWith(q)) ? 2 : -1;
        if (score >= 0 && (!best || base + score < best.score)) best = { key: entry.key, matched: form.raw, score: base + score };
      }
      if (best) hits.push({ ...best, weight: entry.weight });
    }
    return hits;
  }
}

const CASE_ENDING = /(ами|ями|ого|его|ому|ему|ой|ей|ом|ем|ым|им|ах|ях|ов|ев|ою|а|я|у|ю|е|ы|и)$/;

/** A Russian word without its case ending, kept at four letters or more. */
function stemOf(q: string): string {
  const stem = q.replace(CASE_ENDING, '');
  return stem.length >= 4 && stem !== q ? stem : q;
}
