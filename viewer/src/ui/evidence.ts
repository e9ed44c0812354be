import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import type { Evidence } from '../../../src/schema/index.ts';
import { el } from '../dom.ts';

/** The cue's place inside the quote: its offsets are absolute in the article, the quote starts at ev.start. */
export function cueRange(ev: Evidence): [number, number] | null {
  if (!ev.cue) return null;
  const start = ev.cue.start - ev.start;
  const end = ev.cue.end - ev.start;
  if (start >= 0 && end <= ev.quote.length && end > start && ev.quote.slice(start, end) === ev.cue.text) return [start, end];
  // Offsets that disagree with the text: fall back to the cue's first occurrence.
  const found = ev.cue.text ? ev.quote.indexOf(ev.cue.text) : -1;
  return found >= 0 ? [found, found + ev.cue.text.length] : null;
}

/** The quote as text nodes, the cue wrapped in <mark>. */
export function quoteElement(ev: Evidence): HTMLQuoteElement {
  const range = cueRange(ev);
  if (!range) return el('blockquote', { class: 'quote', text: ev.quote });
  const [start, end] = range;
  return el('blockquote', { class: 'quote' }, ev.quote.slice(0, start), el('mark', { class: 'cue', text: ev.quote.slice(start, end) }), ev.quote.slice(end));
}

export function articleLine(data: KnowledgeGraph, articleKey: string, onSelect: (key: string) => void): HTMLElement {
  if (!data.hasNode(articleKey)) return el('div', { class: 'source', text: articleKey });
  const article = data.getNodeAttributes(articleKey);
  if (article.kind !== 'Article') return el('div', { class: 'source', text: article.name });
  const parts = [article.outlet, article.published?.slice(0, 10)].filter((p): p is string => Boolean(p));
  return el(
    'div',
    { class: 'source' },
    el('button', { class: 'link article-title', text: article.title ?? article.name, onClick: () => onSelect(articleKey) }),
    parts.length > 0 ? el('span', { class: 'muted', text: ` — ${parts.join(', ')}` }) : null,
  );
}

export function evidenceList(data: KnowledgeGraph, evidence: readonly Evidence[], onSelect: (key: string) => void): HTMLElement {
  return el(
    'ol',
    { class: 'evidence' },
    ...evidence.map((ev) => {
      const audit = [ev.date ? `date ${ev.date}` : null, ev.rule ? `rule ${ev.rule}` : null, ev.confidence !== undefined ? `confidence ${ev.confidence}` : null].filter(Boolean).join(' · ');
      return el('li', { class: 'evidence-item' }, quoteElement(ev), articleLine(data, ev.article, onSelect), audit ? el('div', { class: 'audit muted', text: audit }) : null);
    }),
  );
}
