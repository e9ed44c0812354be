import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import { EDGE_TYPE_COLORS } from '../palette.ts';
import type { EdgeAttributes } from '../../../src/schema/index.ts';
import { el } from '../dom.ts';
import { evidenceList } from './evidence.ts';
import { badge, metaList, type DetailActions } from './node-details.ts';

function nameOf(data: KnowledgeGraph, key: string): string {
  return data.hasNode(key) ? data.getNodeAttribute(key, 'name') : key;
}

function edgeRows(data: KnowledgeGraph, attrs: EdgeAttributes, actions: DetailActions): Array<[string, Node | string | null | undefined]> {
  const nodeLink = (key: string) => el('button', { class: 'link', text: nameOf(data, key), onClick: () => actions.selectNode(key) });
  switch (attrs.type) {
    case 'MET':
      return [['Date', attrs.date ?? 'unknown'], ['Meeting', attrs.meeting && data.hasNode(attrs.meeting) ? nodeLink(attrs.meeting) : attrs.meeting]];
    case 'PROPOSED':
      return [['Date', attrs.date ?? 'unknown'], ['Addressed to', attrs.addressees?.length ? el('span', {}, ...attrs.addressees.flatMap((k, i) => [i > 0 ? ', ' : '', nodeLink(k)])) : null]];
    case 'REJECTED':
    case 'PARTICIPATED_IN':
      return [['Date', attrs.date ?? 'unknown']];
    case 'HOLDS_ROLE':
      return [['Role', attrs.title ?? attrs.role], ['Role key', attrs.role], ['From', attrs.from], ['To', attrs.to]];
    case 'MENTIONED_IN':
      return [['Mentions', String(attrs.count)]];
    default:
      return [];
  }
}

/** An edge: its ends, its attributes, and every evidence sentence with the cue marked. */
export function edgeDetails(data: KnowledgeGraph, key: string, actions: DetailActions): HTMLElement[] {
  const attrs = data.getEdgeAttributes(key);
  const [source, target] = [data.source(key), data.target(key)];
  const evidence = 'evidence' in attrs ? (attrs.evidence ?? []) : [];
  return [
    el('div', { class: 'panel-kind' }, badge(attrs.type, EDGE_TYPE_COLORS[attrs.type])),
    el(
      'h2',
      { class: 'panel-title' },
      el('button', { class: 'link', text: nameOf(data, source), onClick: () => actions.selectNode(source) }),
      ' → ',
      el('button', { class: 'link', text: nameOf(data, target), onClick: () => actions.selectNode(target) }),
    ),
    metaList(edgeRows(data, attrs, actions)),
    evidence.length > 0
      ? el('section', { class: 'evidence-section' }, el('h3', { text: `Evidence (${evidence.length})` }), evidenceList(data, evidence, (k) => actions.selectNode(k)))
      : el('p', { class: 'muted', text: 'No evidence sentences recorded for this edge.' }),
  ];
}
