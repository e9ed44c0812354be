import { edgeProperties, nodeProperties } from '../graph/properties.ts';
import type { Snapshot } from '../schema/index.ts';
import type { Chunks } from './types.ts';

/**
 * JSON lines in the format of APOC's apoc.export.json.* (jsonFormat JSON_LINES), which
 * apoc.import.json reads back: all nodes first, then all relationships, one object a line.
 *   {"type":"node","id":…,"labels":[Kind],"properties":{…}}
 *   {"type":"relationship","id":…,"label":TYPE,"properties":{…},"start":{"id":…,"labels":[…]},"end":{…}}
 * Ids are our node and edge keys (stable across exports, unlike Neo4j's internal ids), so
 * apoc.import.json(file, {importIdName: 'id'}) sets each node's `id` to its key. Properties follow
 * src/graph/properties.ts (evidence in `evidenceJson`), as in Neo4j.
 */
export function* snapshotJsonl(snapshot: Snapshot): Chunks {
  for (const n of snapshot.nodes) {
    yield `${JSON.stringify({ type: 'node', id: n.key, labels: [n.attributes.kind], properties: nodeProperties(n.key, n.attributes) })}\n`;
  }
  const kindOf = new Map(snapshot.nodes.map((n) => [n.key, n.attributes.kind]));
  const end = (key: string) => {
    const kind = kindOf.get(key);
    return { id: key, labels: kind ? [kind] : [] };
  };
  for (const e of snapshot.edges) {
    const line = {
      type: 'relationship',
      id: e.key,
      label: e.attributes.type,
      properties: edgeProperties(e.key, e.attributes),
      start: end(e.source),
      end: end(e.target),
    };
    yield `${JSON.stringify(line)}\n`;
  }
}
