import type { KnowledgeGraph } from '../../graph/model.ts';
import { out } from '../io.ts';

const LIMIT = 40;

/** The meetings and claims of the graph, one line each; with `explain`, the sentence behind each. */
export function printEvents(graph: KnowledgeGraph, explain: boolean): void {
  const name = (key: string) => graph.getNodeAttribute(key, 'name');
  const meetings = graph.filterNodes((_k, a) => a.kind === 'Meeting').sort();
  out(`  meetings (${meetings.length}):`);
  for (const key of meetings.slice(0, explain ? undefined : LIMIT)) {
    const m = graph.getNodeAttributes(key);
    if (m.kind !== 'Meeting') continue;
    const participants = graph.filterInNeighbors(key, (n) => graph.getNodeAttribute(n, 'kind') !== 'Article').map(name);
    // Known events keep their own name: say when, where and who beside it.
    const known = m.event ? ` (${[m.date, m.place].filter(Boolean).join(', ')}; ${participants.join(', ')}; known event ${m.event}${m.wikidata ? `, ${m.wikidata}` : ''})` : '';
    out(`    [${m.status}] ${m.name}${known}`);
    if (explain) {
      graph.forEachInEdge(key, (_e, attrs, source) => {
        if (attrs.type === 'PARTICIPATED_IN') for (const ev of attrs.evidence) out(`      ${name(source)}: «${ev.quote}» (${ev.article} ${ev.start}-${ev.end}, ${ev.rule ?? ''})`);
      });
    }
  }
  if (!explain && meetings.length > LIMIT) out(`    … and ${meetings.length - LIMIT} more (--explain lists all)`);
  const claims = graph.filterEdges((_e, a) => a.type === 'PROPOSED' || a.type === 'REJECTED' || a.type === 'MET').sort();
  out(`  claims (${claims.length}):`);
  for (const edge of claims.slice(0, explain ? undefined : LIMIT)) {
    const attrs = graph.getEdgeAttributes(edge);
    if (attrs.type !== 'PROPOSED' && attrs.type !== 'REJECTED' && attrs.type !== 'MET') continue;
    const to = attrs.type === 'PROPOSED' && attrs.addressees?.length ? ` (to ${attrs.addressees.map(name).join(', ')})` : '';
    out(`    ${attrs.type} ${name(graph.source(edge))} → ${name(graph.target(edge))}${to}${attrs.date ? `, ${attrs.date}` : ''}`);
    if (explain) for (const ev of attrs.evidence) out(`      «${ev.quote}» (${ev.article} ${ev.start}-${ev.end}, cue «${ev.cue?.text ?? ''}», ${ev.rule ?? ''})`);
  }
  if (!explain && claims.length > LIMIT) out(`    … and ${claims.length - LIMIT} more (--explain lists all)`);
}
