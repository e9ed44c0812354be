import { isNodeKind, schemaFields, type Primitive, type Properties, type PropertyValue } from '../graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS, type EdgeAttributes, type EdgeType, type NodeAttributes, type NodeKind } from '../schema/index.ts';

/**
 * The flat attribute mapping of the formats for other tools (GEXF, GraphML, JSONL), one element per
 * node and edge: Gephi or NetworkX have no :Evidence nodes to follow, so unlike the Neo4j layout
 * (src/graph/properties.ts) nothing is reified:
 *
 * - `kind` and `type` stay outside the properties (label, edge kind); the key is `id` or `key`;
 * - strings, numbers, booleans and lists of one primitive type are kept as they are;
 * - nested values are JSON strings under `<name>Json`: `evidence` → `evidenceJson`;
 * - null and absent values are both omitted; reading back restores null where the schema allows it.
 */

export const JSON_SUFFIX = 'Json';

const propertyNames: Partial<Record<NodeKind | EdgeType, readonly string[]>> = {};
for (const name of [...NODE_KINDS, ...EDGE_TYPES]) {
  const f = schemaFields(name);
  propertyNames[name] = f.names.map((n) => (f.nested.has(n) ? n + JSON_SUFFIX : n));
}
/** The property names each kind and type may have, in schema order (without `id`/`key`). */
export const FLAT_PROPERTY_NAMES = propertyNames as Readonly<Record<NodeKind | EdgeType, readonly string[]>>;

const isPrimitive = (v: unknown): v is Primitive => typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v));

/** A primitive or a list of primitives of one type. */
function isFlat(value: unknown): value is PropertyValue {
  if (isPrimitive(value)) return true;
  if (!Array.isArray(value)) return false;
  const first: unknown = value[0];
  return value.every((v) => isPrimitive(v) && typeof v === typeof first);
}

/** Node or edge attributes as a flat map (without the key). */
export function flatProperties(attrs: NodeAttributes | EdgeAttributes): Properties {
  const nested = schemaFields('kind' in attrs ? attrs.kind : attrs.type).nested;
  const props: Properties = {};
  for (const [name, value] of Object.entries(attrs) as Array<[string, unknown]>) {
    if (name === 'kind' || name === 'type' || value === null || value === undefined) continue;
    if (!nested.has(name) && isFlat(value)) props[name] = value;
    else props[name + JSON_SUFFIX] = JSON.stringify(value);
  }
  return props;
}

export const flatNodeProperties = (key: string, attrs: NodeAttributes): Properties => ({ id: key, ...flatProperties(attrs) });
export const flatEdgeProperties = (key: string, attrs: EdgeAttributes): Properties => ({ key, ...flatProperties(attrs) });

/**
 * Flat properties back into the attributes of a node of `kind` or an edge of `type`. Not validated:
 * build the snapshot and validate it. `id` and `key` are dropped; other properties pass through.
 */
export function fromFlatProperties(kindOrType: NodeKind | EdgeType, props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const attrs: Record<string, unknown> = isNodeKind(kindOrType) ? { kind: kindOrType } : { type: kindOrType };
  for (const [name, value] of Object.entries(props)) {
    if (name === 'id' || name === 'key' || value === null || value === undefined) continue;
    if (name.endsWith(JSON_SUFFIX) && name.length > JSON_SUFFIX.length && typeof value === 'string') {
      try {
        attrs[name.slice(0, -JSON_SUFFIX.length)] = JSON.parse(value);
      } catch (error) {
        throw new Error(`${kindOrType} property ${name}: not JSON (${(error as Error).message})`, { cause: error });
      }
    } else attrs[name] = value;
  }
  for (const name of schemaFields(kindOrType).nullable) if (!(name in attrs)) attrs[name] = null;
  return attrs;
}
