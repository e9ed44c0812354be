import { EDGE_TYPES, EdgeAttributes, NODE_KINDS, NodeAttributes, type EdgeType, type NodeKind } from '../schema/index.ts';

/**
 * How node and edge attributes become Neo4j properties (and CSV columns, GEXF/GraphML attributes, JSONL
 * properties) and back, losslessly. Neo4j stores only primitives and homogeneous lists of primitives, so:
 *
 * - `kind` (nodes) and `type` (edges) are not properties: they are the label and the relationship type;
 * - the node key is the property `id`, the edge key the property `key`;
 * - strings, numbers, booleans and lists of one primitive type are kept as they are;
 * - nested values (`evidence`, and anything else that is not flat) are JSON strings under `<name>Json`:
 *   `evidence` → `evidenceJson`;
 * - null and absent values are both omitted; reading back restores null for the fields the schema
 *   declares nullable (Meeting `date`, `place`; Article `title`, `published`, `outlet`; claim `date`).
 */

export type Primitive = string | number | boolean;
export type PropertyValue = Primitive | Primitive[];
export type Properties = Record<string, PropertyValue>;

export const NODE_ID = 'id';
export const EDGE_KEY = 'key';
export const JSON_SUFFIX = 'Json';

interface Fields {
  /** Attribute names in schema order, without kind/type. */
  names: string[];
  nullable: Set<string>;
  nested: Set<string>;
}

interface Def {
  type: string;
  innerType?: { def: Def };
  element?: { def: Def };
  values?: unknown[];
}

const defOf = (schema: unknown): Def => (schema as { def: Def }).def;

function fieldsOf(shape: Record<string, unknown>): Fields {
  const fields: Fields = { names: [], nullable: new Set(), nested: new Set() };
  for (const [name, schema] of Object.entries(shape)) {
    if (name === 'kind' || name === 'type') continue;
    fields.names.push(name);
    let def = defOf(schema);
    if (def.type === 'nullable') fields.nullable.add(name);
    while ((def.type === 'nullable' || def.type === 'optional') && def.innerType) def = def.innerType.def;
    const element = def.type === 'array' ? def.element?.def : undefined;
    if (def.type === 'object' || (element && element.type !== 'string' && element.type !== 'number' && element.type !== 'boolean')) {
      fields.nested.add(name);
    }
  }
  return fields;
}

/** Fields by node kind and edge type, read from the zod schema so the mapping follows it. */
const FIELDS = new Map<string, Fields>();
for (const option of [...NodeAttributes.options, ...EdgeAttributes.options]) {
  const shape = option.shape as Record<string, unknown>;
  const discriminator = defOf(shape.kind ?? shape.type).values?.[0];
  FIELDS.set(String(discriminator), fieldsOf(shape));
}

const propertyNames: Partial<Record<NodeKind | EdgeType, readonly string[]>> = {};
for (const name of [...NODE_KINDS, ...EDGE_TYPES]) {
  const f = FIELDS.get(name);
  propertyNames[name] = f ? f.names.map((n) => (f.nested.has(n) ? n + JSON_SUFFIX : n)) : [];
}
/** The property names each kind and type may have, in schema order (without `id`/`key`). */
export const PROPERTY_NAMES = propertyNames as Readonly<Record<NodeKind | EdgeType, readonly string[]>>;

function isPrimitive(value: unknown): value is Primitive {
  return typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));
}

/** A value Neo4j can store as it is: a primitive or a list of primitives of one type. */
function isFlat(value: unknown): value is PropertyValue {
  if (isPrimitive(value)) return true;
  if (!Array.isArray(value)) return false;
  const first: unknown = value[0];
  return value.every((v) => isPrimitive(v) && typeof v === typeof first);
}

/** Node or edge attributes as a flat map of Neo4j properties (without the key). */
export function toNeo4jProperties(attrs: NodeAttributes | EdgeAttributes): Properties {
  const fields = FIELDS.get('kind' in attrs ? attrs.kind : attrs.type);
  const props: Properties = {};
  for (const [name, value] of Object.entries(attrs)) {
    if (name === 'kind' || name === 'type' || value === null || value === undefined) continue;
    if (!fields?.nested.has(name) && isFlat(value)) props[name] = value;
    else props[name + JSON_SUFFIX] = JSON.stringify(value);
  }
  return props;
}

export function nodeProperties(key: string, attrs: NodeAttributes): Properties {
  return { [NODE_ID]: key, ...toNeo4jProperties(attrs) };
}

export function edgeProperties(key: string, attrs: EdgeAttributes): Properties {
  return { [EDGE_KEY]: key, ...toNeo4jProperties(attrs) };
}

/** neo4j-driver's Integer, without importing the driver (src/graph depends only on the schema). */
interface DriverInteger {
  toNumber(): number;
}

const isDriverInteger = (value: unknown): value is DriverInteger =>
  typeof value === 'object' && value !== null && typeof (value as { toNumber?: unknown }).toNumber === 'function';

/** Driver integers (neo4j-driver's Integer, bigint) as plain numbers. */
function plain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (Array.isArray(value)) return value.map(plain);
  return isDriverInteger(value) ? value.toNumber() : value;
}

/**
 * Neo4j properties back into the attributes of a node of `kind` or an edge of `type`. Not validated:
 * build the snapshot and run it through validateSnapshot, which reports every problem. `id` and `key`
 * are dropped (they are the node or edge key); properties outside the mapping pass through unchanged.
 */
export function fromNeo4jProperties(kindOrType: NodeKind | EdgeType, props: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const isNode = (NODE_KINDS as readonly string[]).includes(kindOrType);
  const attrs: Record<string, unknown> = isNode ? { kind: kindOrType } : { type: kindOrType };
  for (const [name, raw] of Object.entries(props)) {
    if (name === NODE_ID || name === EDGE_KEY || raw === null || raw === undefined) continue;
    const value = plain(raw);
    if (name.endsWith(JSON_SUFFIX) && name.length > JSON_SUFFIX.length && typeof value === 'string') {
      try {
        attrs[name.slice(0, -JSON_SUFFIX.length)] = JSON.parse(value);
      } catch (error) {
        throw new Error(`${kindOrType} property ${name}: not JSON (${(error as Error).message})`, { cause: error });
      }
    } else attrs[name] = value;
  }
  for (const name of FIELDS.get(kindOrType)?.nullable ?? []) if (!(name in attrs)) attrs[name] = null;
  return attrs;
}
