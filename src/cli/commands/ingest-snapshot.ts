import { collectGarbage } from '../../../ingest/parallel/collect.ts';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { z } from 'zod';
import type { Chunks } from '../../export/index.ts';
import { checkIntegrity, INTEGRITY_RULES } from '../../graph/integrity.ts';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { snapshotAttributes, SnapshotError, type SnapshotMeta } from '../../graph/snapshot.ts';
import { Snapshot, SnapshotAttributes } from '../../schema/index.ts';
import { mergeSorted, type EdgeEntry as EdgeEntryOf, type MentionLog } from '../../../ingest/parallel/mention-log.ts';

const NodeEntry = Snapshot.shape.nodes.element;
const EdgeEntry = Snapshot.shape.edges.element;
// Small enough that a chunk's entries die young instead of being promoted and piling up in the old generation.
const RULE_CHUNK = 10_000;
// Node keys and edge keys are unique in a graphology graph anyway; the edge rules look at all nodes and one chunk of edges.
const NODE_RULES = INTEGRITY_RULES.filter((r) => r.name === 'unique-node-keys' || r.name === 'unique-wikidata');
const EDGE_RULES = INTEGRITY_RULES.filter((r) => !NODE_RULES.includes(r) && r.name !== 'unique-edge-keys');

/**
 * The snapshot of a graph as `toSnapshot` + `snapshotJson` write it — the same bytes, checked by the same
 * schemas and integrity rules — without building the snapshot object: edges are validated and serialized one
 * at a time, so that the graph of 100k articles is not held twice, nor written as one string, and what is
 * allocated per edge dies young instead of piling up in the old generation. With `mentions`, the MENTIONED_IN
 * edges a merge kept out of the graph are written in their place, as if the graph held them.
 */
export function* snapshotChunks(graph: KnowledgeGraph, meta: SnapshotMeta, mentions?: MentionLog): Chunks {
  const manifest = snapshotAttributes(graph, meta);
  if (mentions) manifest.counts.edges = mentions.countByType(graph);
  const attributes = check(SnapshotAttributes, manifest, 'attributes');
  const options = { type: 'directed', multi: true, allowSelfLoops: false } as const;
  // The integrity rules read nodes and edges as the graph holds them (no copies), edges a chunk at a time;
  // the schemas check each one as it is written.
  const nodeKeys = graph.nodes().sort(byString);
  const nodes = nodeKeys.map((key) => ({ key, attributes: graph.getNodeAttributes(key) }));
  const keys = graph.edges().sort(byString);
  const edgeCount = keys.length + (mentions?.size ?? 0);
  const allEdges = (): Iterable<EdgeEntryOf> => {
    const own = (function* () {
      for (const key of keys) yield { key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) };
    })();
    return mentions ? mergeSorted(own, mentions.sorted()) : own;
  };
  const problems = checkIntegrity({ attributes, options, nodes, edges: [] }, NODE_RULES);
  let chunk: EdgeEntryOf[] = [];
  const checkChunk = () => problems.push(...checkIntegrity({ attributes, options, nodes: nodesCitedBy(graph, chunk), edges: chunk }, EDGE_RULES));
  for (const edge of allEdges()) {
    chunk.push(edge);
    if (chunk.length < RULE_CHUNK) continue;
    checkChunk();
    chunk = [];
  }
  if (chunk.length > 0) checkChunk();
  chunk = [];
  if (problems.length > 0) throw new SnapshotError(problems, 'snapshot being written');
  if (edgeCount > LARGE_GRAPH) collectGarbage();

  yield `{\n "attributes": ${indented(attributes, 1)},\n "options": ${indented(options, 1)},\n`;
  yield nodeKeys.length === 0 ? ' "nodes": [],\n' : ' "nodes": [\n';
  let batch: unknown[] = [];
  for (let i = 0; i < nodeKeys.length; i++) {
    batch.push(check(NodeEntry, nodes[i], `nodes.${i}`));
    if (batch.length < BATCH && i < nodeKeys.length - 1) continue;
    yield `${elements(batch)}${i < nodeKeys.length - 1 ? ',' : ''}\n`;
    batch = [];
  }
  if (nodeKeys.length > 0) yield ' ],\n';
  yield edgeCount === 0 ? ' "edges": []\n' : ' "edges": [\n';
  let i = 0;
  for (const entry of allEdges()) {
    batch.push(check(EdgeEntry, entry, `edges.${i}`));
    if (++i < edgeCount && batch.length < BATCH) continue;
    yield `${elements(batch)}${i < edgeCount ? ',' : ''}\n`;
    batch = [];
  }
  if (edgeCount > 0) yield ' ]\n';
  yield '}\n';
}

/**
 * The nodes a chunk of edges refers to — endpoints and the articles its evidence cites —, all
 * the edge rules look up. Giving them every node made each chunk rebuild indexes of the whole graph.
 */
function nodesCitedBy(graph: KnowledgeGraph, edges: EdgeEntryOf[]): Snapshot['nodes'] {
  const cited = new Set<string>();
  for (const { source, target, attributes } of edges) {
    cited.add(source).add(target);
    if ('evidence' in attributes) for (const ev of attributes.evidence ?? []) cited.add(ev.article);
  }
  return [...cited].filter((key) => graph.hasNode(key)).map((key) => ({ key, attributes: graph.getNodeAttributes(key) }));
}

function check<T>(schema: z.ZodType<T>, value: unknown, where: string): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new SnapshotError(parsed.error.issues.map((i) => `${[where, ...i.path].join('.')}: ${i.message}`), 'snapshot being written');
}

/** JSON.stringify(value, null, 1) as it reads nested `depth` levels deep (as src/export/json.ts writes it). */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 1).replaceAll('\n', `\n${' '.repeat(depth)}`);
}

/**
 * Array elements as `  ${indented(item, 2)}` joined by ",\n": how JSON.stringify(…, null, 1) writes the
 * items of an array that is a property of the top-level object — in one native call for the whole batch.
 */
function elements(items: unknown[]): string {
  const text = JSON.stringify({ a: items }, null, 1);
  return text.slice(ARRAY_OPEN.length, -ARRAY_CLOSE.length);
}

const ARRAY_OPEN = '{\n "a": [\n';
const ARRAY_CLOSE = '\n ]\n}';
/** Edges beyond which the integrity pass's garbage is collected before writing starts. */
const LARGE_GRAPH = 200_000;
const BATCH = 64; // small enough that a batch of text stays a young-generation object

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Below V8's large-object size even as two-byte (Cyrillic) text, so the strings written die young: joined
// into 1 MiB strings (as export-write does), they would fill the old generation faster than it is collected.
const FLUSH_CHARS = 16 * 1024;

/** Writes the snapshot to `path` through a temporary file renamed when complete. */
export async function writeSnapshotFile(path: string, graph: KnowledgeGraph, meta: SnapshotMeta, mentions?: MentionLog): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(partial, { highWaterMark: 1 << 20 });
  try {
    let buffer = '';
    for (const chunk of snapshotChunks(graph, meta, mentions)) {
      buffer += chunk;
      if (buffer.length < FLUSH_CHARS) continue;
      if (!stream.write(buffer)) await once(stream, 'drain');
      buffer = '';
    }
    stream.end(buffer);
    await once(stream, 'finish');
    await rename(partial, path);
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
