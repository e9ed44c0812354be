import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import type { z } from 'zod';
import type { Chunks } from '../../export/index.ts';
import { checkIntegrity, INTEGRITY_RULES } from '../../graph/integrity.ts';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { snapshotAttributes, SnapshotError, type SnapshotMeta } from '../../graph/snapshot.ts';
import { Snapshot, SnapshotAttributes } from '../../schema/index.ts';

const NodeEntry = Snapshot.shape.nodes.element;
const EdgeEntry = Snapshot.shape.edges.element;
const RULE_CHUNK = 100_000;
// Node keys and edge keys are unique in a graphology graph anyway; the edge rules look at all nodes and one chunk of edges.
const NODE_RULES = INTEGRITY_RULES.filter((r) => r.name === 'unique-node-keys' || r.name === 'unique-wikidata');
const EDGE_RULES = INTEGRITY_RULES.filter((r) => !NODE_RULES.includes(r) && r.name !== 'unique-edge-keys');

/**
 * The snapshot of a graph as `toSnapshot` + `snapshotJson` write it — the same bytes, checked by the same
 * schemas and integrity rules — without building the snapshot object: edges are validated and serialized one
 * at a time, so that the graph of 100k articles is not held twice, nor written as one string, and what is
 * allocated per edge dies young instead of piling up in the old generation.
 */
export function* snapshotChunks(graph: KnowledgeGraph, meta: SnapshotMeta): Chunks {
  const attributes = check(SnapshotAttributes, snapshotAttributes(graph, meta), 'attributes');
  const options = { type: 'directed', multi: true, allowSelfLoops: false } as const;
  // The integrity rules read nodes and edges as the graph holds them (no copies), edges a chunk at a time;
  // the schemas check each one as it is written.
  const nodeKeys = graph.nodes().sort(byString);
  const nodes = nodeKeys.map((key) => ({ key, attributes: graph.getNodeAttributes(key) }));
  const keys = graph.edges().sort(byString);
  const problems = checkIntegrity({ attributes, options, nodes, edges: [] }, NODE_RULES);
  for (let from = 0; from < keys.length; from += RULE_CHUNK) {
    const edges = keys.slice(from, from + RULE_CHUNK).map((key) => ({ key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) }));
    problems.push(...checkIntegrity({ attributes, options, nodes, edges }, EDGE_RULES));
  }
  if (problems.length > 0) throw new SnapshotError(problems, 'snapshot being written');

  yield `{\n "attributes": ${indented(attributes, 1)},\n "options": ${indented(options, 1)},\n`;
  yield nodeKeys.length === 0 ? ' "nodes": [],\n' : ' "nodes": [\n';
  for (let i = 0; i < nodeKeys.length; i++) {
    const node = check(NodeEntry, nodes[i], `nodes.${i}`);
    yield `  ${indented(node, 2)}${i < nodeKeys.length - 1 ? ',' : ''}\n`;
  }
  if (nodeKeys.length > 0) yield ' ],\n';
  yield keys.length === 0 ? ' "edges": []\n' : ' "edges": [\n';
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const edge = check(EdgeEntry, { key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) }, `edges.${i}`);
    yield `  ${indented(edge, 2)}${i < keys.length - 1 ? ',' : ''}\n`;
  }
  if (keys.length > 0) yield ' ]\n';
  yield '}\n';
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

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Below V8's large-object size even as two-byte (Cyrillic) text, so the strings written die young: joined
// into 1 MiB strings (as export-write does), they would fill the old generation faster than it is collected.
const FLUSH_CHARS = 16 * 1024;

/** Writes the snapshot to `path` through a temporary file renamed when complete. */
export async function writeSnapshotFile(path: string, graph: KnowledgeGraph, meta: SnapshotMeta): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(partial, { highWaterMark: 1 << 20 });
  try {
    let buffer = '';
    for (const chunk of snapshotChunks(graph, meta)) {
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
