// Evidence as :Evidence nodes: one per (edge, article, start, end), so that loads accumulate
// evidence without duplicates; `loadedAt` and `seq` (set on creation) keep each edge's order.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import type { Evidence } from '../schema/index.ts';
import { dateCompanions, type Props } from './encode.ts';

export interface EvidenceRow {
  id: string;
  article: string;
  seq: unknown;
  loadedAt: unknown;
  props: Props;
}

export function evidenceId(edge: string, e: Pick<Evidence, 'article' | 'start' | 'end'>): string {
  return `${edge}|${e.article}|${e.start}|${e.end}`;
}

export function encodeEvidence(edge: string, e: Evidence, seq: number, loadedAt: number): EvidenceRow {
  const props: Props = { edge, article: e.article, quote: e.quote, start: neo4j.int(e.start), end: neo4j.int(e.end) };
  if (e.date !== undefined) Object.assign(props, { date: e.date }, dateCompanions('date', e.date));
  if (e.cue !== undefined) Object.assign(props, { cueText: e.cue.text, cueStart: neo4j.int(e.cue.start), cueEnd: neo4j.int(e.cue.end) });
  if (e.rule !== undefined) props['rule'] = e.rule;
  if (e.confidence !== undefined) props['confidence'] = e.confidence;
  return { id: evidenceId(edge, e), article: e.article, seq: neo4j.int(seq), loadedAt: neo4j.int(loadedAt), props };
}

/** An :Evidence node's properties as read back; zod checks every record. */
export const EvidenceRecord = z.object({
  edge: z.string(),
  article: z.string(),
  quote: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  seq: z.number().int(),
  loadedAt: z.number().int(),
  date: z.string().optional(),
  cueText: z.string().optional(),
  cueStart: z.number().int().optional(),
  cueEnd: z.number().int().optional(),
  rule: z.string().optional(),
  confidence: z.number().optional(),
});
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;

/** The evidence attribute, before the Evidence schema checks it. */
export function evidenceAttributes(r: EvidenceRecord): Record<string, unknown> {
  const e: Record<string, unknown> = { article: r.article, quote: r.quote, start: r.start, end: r.end };
  if (r.date !== undefined) e['date'] = r.date;
  if (r.cueText !== undefined && r.cueStart !== undefined && r.cueEnd !== undefined) e['cue'] = { text: r.cueText, start: r.cueStart, end: r.cueEnd };
  if (r.rule !== undefined) e['rule'] = r.rule;
  if (r.confidence !== undefined) e['confidence'] = r.confidence;
  return e;
}

/** Evidence order: first loaded first, then its place in the edge's list. */
export function byLoadOrder(a: EvidenceRecord, b: EvidenceRecord): number {
  return a.loadedAt - b.loadedAt || a.seq - b.seq;
}
