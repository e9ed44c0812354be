// Turns a snapshot into batches of rows, each for one parameterized UNWIND … MERGE statement.
// Labels and types come from the schema's enums (never from data), so they can be written into
// the statement; all values travel as parameters. Node statements return each node's elementId;
// relationship and evidence rows find their endpoints by it (one statement per type, no label
// lookups), bound just before they are sent.
import type { Snapshot } from '../schema/index.ts';
import { groupBy } from '../graph/group.ts';
import { encodeAttributes, HAS_EVIDENCE, JSON_KEYS, NULLS, type EncodedAttributes } from './encode.ts';
import { encodeEvidence, type EvidenceRow } from './evidence.ts';

export type Phase = 'nodes' | 'relationships' | 'evidence';

export interface Batch {
  phase: Phase;
  cypher: string;
  rows: Row[];
}

/** Node keys a row refers to; load.ts adds their elementIds as `s`, `t` or `a`. */
export interface Row {
  id?: string;
  source?: string;
  target?: string;
  article?: string;
}

/** `_nulls`/`_json`/union lists: merged with what is there, so a second load changes nothing. */
function union(v: string, property: string, incoming: string): string {
  return `${v}.${property} = CASE WHEN ${incoming} IS NULL OR size(${incoming}) = 0 THEN ${v}.${property} ELSE coalesce(${v}.${property}, []) + [x IN ${incoming} WHERE NOT x IN coalesce(${v}.${property}, [])] END`;
}

function common(v: string, lists: string[]): string {
  const listSets = lists.map((l) => `SET ${v}.${l} = CASE WHEN row.lists.${l} IS NULL THEN ${v}.${l} ELSE coalesce(${v}.${l}, []) + [x IN row.lists.${l} WHERE NOT x IN coalesce(${v}.${l}, [])] END`);
  return [`SET ${v} += row.props`, `SET ${union(v, NULLS, 'row.nulls')}, ${union(v, JSON_KEYS, 'row.json')}`, ...listSets].join('\n');
}

export function nodeStatement(kind: string): string {
  return [`UNWIND $rows AS row`, `MERGE (n:\`${kind}\` {id: row.id})`, common('n', ['aliases', 'duplicates']), 'RETURN row.id AS id, elementId(n) AS eid'].join('\n');
}

export function relationshipStatement(type: string): string {
  return [
    'UNWIND $rows AS row',
    'MATCH (s) WHERE elementId(s) = row.s',
    'MATCH (t) WHERE elementId(t) = row.t',
    `MERGE (s)-[r:\`${type}\` {key: row.key}]->(t)`,
    common('r', ['addressees']),
    `SET r.${HAS_EVIDENCE} = CASE WHEN row.evidence THEN true ELSE r.${HAS_EVIDENCE} END`,
    'RETURN count(*) AS written',
  ].join('\n');
}

export const EVIDENCE_STATEMENT = `UNWIND $rows AS row
MATCH (a:Article) WHERE elementId(a) = row.a
MERGE (ev:Evidence {id: row.id})
ON CREATE SET ev.loadedAt = row.loadedAt, ev.seq = row.seq
SET ev += row.props
MERGE (ev)-[:CITES]->(a)
RETURN count(*) AS written`;

function chunk(phase: Phase, cypher: string, rows: Row[], size: number): Batch[] {
  const batches: Batch[] = [];
  for (let i = 0; i < rows.length; i += size) batches.push({ phase, cypher, rows: rows.slice(i, i + size) });
  return batches;
}


const row = (encoded: EncodedAttributes) => ({ props: encoded.props, lists: encoded.lists, nulls: encoded.nulls, json: encoded.json });

/** Nodes first, then relationships (their endpoints exist by then), then evidence. */
export function planLoad(snapshot: Snapshot, batchSize: number, loadedAt: number): Batch[] {
  const batches: Batch[] = [];
  for (const [kind, nodes] of groupBy(snapshot.nodes, (n) => n.attributes.kind)) {
    const rows = nodes.map((n) => ({ id: n.key, ...row(encodeAttributes(n.attributes, ['kind'])) }));
    batches.push(...chunk('nodes', nodeStatement(kind), rows, batchSize));
  }
  for (const [type, edges] of groupBy(snapshot.edges, (e) => e.attributes.type)) {
    const rows = edges.map((e) => ({
      key: e.key,
      source: e.source,
      target: e.target,
      evidence: 'evidence' in e.attributes && e.attributes.evidence !== undefined,
      ...row(encodeAttributes(e.attributes, ['type', 'evidence'])),
    }));
    batches.push(...chunk('relationships', relationshipStatement(type), rows, batchSize));
  }
  const evidence: EvidenceRow[] = snapshot.edges.flatMap((e) =>
    'evidence' in e.attributes ? (e.attributes.evidence ?? []).map((ev, seq) => encodeEvidence(e.key, ev, seq, loadedAt)) : [],
  );
  batches.push(...chunk('evidence', EVIDENCE_STATEMENT, evidence, batchSize));
  return batches;
}
