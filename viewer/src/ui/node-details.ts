import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import { KIND_COLORS } from '../../../src/graph/palette.ts';
import { EDGE_TYPE_COLORS } from '../palette.ts';
import type { EdgeAttributes, EdgeType, NodeAttributes } from '../../../src/schema/index.ts';
import { el, externalLink } from '../dom.ts';
import { truncate } from '../text.ts';

export interface DetailActions {
  selectNode(key: string): void;
  selectEdge(key: string): void;
  /** Neo4j mode: bring the node's neighbours from the database (as a double-click does). */
  expand?: (key: string) => void;
}

type Row = [string, Node | string | null | undefined];

export function metaList(rows: Row[]): HTMLElement {
  const dl = el('dl', { class: 'meta' });
  for (const [name, value] of rows) {
    if (value === null || value === undefined || value === '') continue;
    dl.append(el('dt', { text: name }), el('dd', {}, value));
  }
  return dl;
}

export function nodeRows(attrs: NodeAttributes): Row[] {
  const rows: Row[] = [];
  if (attrs.kind !== 'Article') {
    rows.push(['English', attrs.nameEn], ['Wikidata', attrs.wikidata ? externalLink(`https://www.wikidata.org/wiki/${attrs.wikidata}`, attrs.wikidata) : null]);
  }
  switch (attrs.kind) {
    case 'Person':
      rows.push(['Gender', attrs.gender === 'f' ? 'female' : attrs.gender === 'm' ? 'male' : null]);
      break;
    case 'Organization':
      rows.push(['Role', attrs.isSource ? 'news source' : null]);
      break;
    case 'Treaty':
      rows.push(['Subtype', attrs.subtype], ['Year', attrs.year?.toString()]);
      break;
    case 'Meeting':
      rows.push(
        ['Date', attrs.date ?? (attrs.monthDay ? `${attrs.monthDay.slice(2)} (year unknown)` : 'unknown')],
        ['Place', attrs.place],
        ['Status', attrs.status],
        ['Type', attrs.meetingType],
        ['Known event', attrs.event ?? null],
      );
      break;
    case 'Article':
      rows.push(['Title', attrs.title], ['Outlet', attrs.outlet], ['Published', attrs.published], ['URL', attrs.url ? externalLink(attrs.url, attrs.url) : null], ['Path', attrs.path]);
      break;
    default:
      break;
  }
  return rows;
}

export function badge(text: string, color: string): HTMLElement {
  const b = el('span', { class: 'badge', text });
  b.style.setProperty('--badge', color);
  return b;
}

function edgeDate(attrs: EdgeAttributes): string | null {
  if ('date' in attrs && attrs.date) return attrs.date;
  if (attrs.type === 'HOLDS_ROLE') return [attrs.from, attrs.to].some(Boolean) ? `${attrs.from ?? '…'} – ${attrs.to ?? ''}` : null;
  return null;
}

function firstQuote(attrs: EdgeAttributes): string | null {
  return 'evidence' in attrs && attrs.evidence?.[0] ? attrs.evidence[0].quote : null;
}

/** One relation: the other end, the date, and the first evidence sentence; a click opens its evidence. */
function relationItem(data: KnowledgeGraph, node: string, edge: string, actions: DetailActions): HTMLElement {
  const attrs = data.getEdgeAttributes(edge);
  const outgoing = data.source(edge) === node;
  const other = outgoing ? data.target(edge) : data.source(edge);
  const date = edgeDate(attrs);
  const quote = firstQuote(attrs);
  const role = attrs.type === 'HOLDS_ROLE' ? `${attrs.title ?? attrs.role} — ` : '';
  return el(
    'li',
    { class: 'relation', attrs: { 'data-edge': edge } },
    el('button', { class: 'link relation-open', text: `${outgoing ? '→' : '←'} ${role}${data.getNodeAttribute(other, 'name')}`, onClick: () => actions.selectEdge(edge) }),
    date ? el('span', { class: 'date', text: ` ${date}` }) : null,
    quote ? el('div', { class: 'preview muted', text: `«${truncate(quote, 160)}»` }) : null,
  );
}

function mentionItem(data: KnowledgeGraph, edge: string, other: string, actions: DetailActions): HTMLElement {
  const attrs = data.getNodeAttributes(other);
  const count = data.getEdgeAttributes(edge);
  const details = attrs.kind === 'Article' ? [attrs.outlet, attrs.published?.slice(0, 10)].filter(Boolean).join(', ') : attrs.kind;
  return el(
    'li',
    { class: 'mention' },
    el('button', { class: 'link', text: attrs.name, onClick: () => actions.selectNode(other) }),
    el('span', { class: 'muted', text: ` ${details}${count.type === 'MENTIONED_IN' && count.count > 1 ? ` · ×${count.count}` : ''}` }),
  );
}

export function nodeDetails(data: KnowledgeGraph, key: string, actions: DetailActions): HTMLElement[] {
  const attrs = data.getNodeAttributes(key);
  const parts: HTMLElement[] = [
    el('div', { class: 'panel-kind' }, badge(attrs.kind, KIND_COLORS[attrs.kind])),
    el('h2', { class: 'panel-title', text: attrs.name }),
    metaList(nodeRows(attrs)),
  ];
  const expand = actions.expand;
  if (expand) parts.push(el('button', { class: 'expand', text: 'Neighbours from Neo4j', title: 'Or double-click the node', onClick: () => expand(key) }));
  const aliases = attrs.kind === 'Article' ? [] : (attrs.aliases ?? []).filter((a) => a !== attrs.name);
  if (aliases.length > 0) parts.push(el('section', { class: 'aliases' }, el('h3', { text: 'Also written' }), el('p', { text: aliases.join(', ') })));

  const groups = new Map<EdgeType, string[]>();
  const mentions: HTMLElement[] = [];
  data.forEachEdge(key, (edge, e, source, target) => {
    if (e.type === 'MENTIONED_IN') mentions.push(mentionItem(data, edge, source === key ? target : source, actions));
    else groups.set(e.type, [...(groups.get(e.type) ?? []), edge]);
  });
  const roles = (groups.get('HOLDS_ROLE') ?? []).filter((edge) => data.source(edge) === key);
  if (roles.length > 0) parts.push(section('Roles', roles.map((edge) => relationItem(data, key, edge, actions)), 'roles'));
  for (const [type, edges] of [...groups].sort(([a], [b]) => a.localeCompare(b))) {
    const rest = type === 'HOLDS_ROLE' ? edges.filter((edge) => !roles.includes(edge)) : edges;
    if (rest.length === 0) continue;
    const heading = el('h3', {}, badge(type, EDGE_TYPE_COLORS[type]), ` ${rest.length}`);
    parts.push(el('section', { class: 'relations', attrs: { 'data-type': type } }, heading, el('ul', {}, ...rest.map((edge) => relationItem(data, key, edge, actions)))));
  }
  if (mentions.length > 0) parts.push(section(attrs.kind === 'Article' ? 'Mentions' : 'Mentioned in', mentions, 'mentions'));
  return parts;
}

function section(title: string, items: HTMLElement[], cls: string): HTMLElement {
  return el('section', { class: cls }, el('h3', { text: `${title} (${items.length})` }), el('ul', {}, ...items));
}
