// :Evidence rows in driver types. The rows themselves (one per edge, article, start and end; their
// properties and order) are the layout of src/graph/properties.ts, shared with the Cypher and CSV exports.
import neo4j from 'neo4j-driver';
import { z } from 'zod';
import { encodeEvidence as layoutEvidence, type StoredEvidence } from '../graph/properties.ts';
import type { Evidence } from '../schema/index.ts';
import { driverProps, type Props } from './encode.ts';

export { byLoadOrder, evidenceAttributes, evidenceId } from '../graph/properties.ts';

export interface EvidenceRow {
  id: string;
  article: string;
  seq: unknown;
  loadedAt: unknown;
  props: Props;
}

export function encodeEvidence(edge: string, e: Evidence, seq: number, loadedAt: number): EvidenceRow {
  const row = layoutEvidence(edge, e, seq, loadedAt);
  return { id: row.id, article: row.article, seq: neo4j.int(row.seq), loadedAt: neo4j.int(row.loadedAt), props: driverProps(row.props) };
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
}) satisfies z.ZodType<StoredEvidence>;
export type EvidenceRecord = z.infer<typeof EvidenceRecord>;
