import type { Snapshot } from '../schema/index.ts';
import { flatEdgeProperties, flatNodeProperties } from './flat.ts';
import type { Chunks } from './types.ts';

/**
 * JSON lines in the format of APOC's apoc.export.json.* (jsonFormat JSON_LINES), which
 * apoc.import.json reads back: all nodes first, then all relationships, one object a line.
 *   {"type":"node","id":…,"labels":[Kind],"properties":{…}}
 *   {"type":"relationship","id":…,"label":TYPE,"properties":{…},"start":{"id":…,"labels":[…]},"end":{…}}
 * Ids are our node and edge keys (stable across exports, unlike Neo4j's internal ids), so
 * apoc.import.json(file, {importIdName: 'id'}) sets each node's `id` to its key. Properties follow the
 * flat mapping of flat.ts (evidence in `evidenceJson`); `diplograph load`, the Cypher script and the CSV
 * files reify evidence instead (src/graph/properties.ts).
 */
export function* snapshotJsonl(snapshot: Snapshot): Chunks {
  for (const n of snapshot.nodes) {
    yield `${JSON.stringify({ type: 'node', id: n.key, labels: [n.attributes.kind], properties: flatNodeProperties(n.key, n.attributes) })}\n`;
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
      properties: flatEdgeProperties(e.key, e.attributes),
      start: end(e.source),
      end: end(e.target),
    };
    yield `${JSON.stringify(line)}\n`;
  }
}
