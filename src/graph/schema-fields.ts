import { EdgeAttributes, NodeAttributes, type EdgeType, type NodeKind } from '../schema/index.ts';

// The fields each node kind and edge type declares, read from the zod schema, so that the Neo4j layout
// (properties.ts) and the flat export mapping (src/export/flat.ts) follow the schema as it changes.

export interface Fields {
  /** Attribute names in schema order, without kind/type. */
  names: string[];
  nullable: Set<string>;
  /** Objects and lists of objects (evidence). */
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
    if (def.type === 'object' || (element && !['string', 'number', 'boolean'].includes(element.type))) fields.nested.add(name);
  }
  return fields;
}

const FIELDS = new Map<string, Fields>();
for (const option of [...NodeAttributes.options, ...EdgeAttributes.options]) {
  const shape = option.shape as Record<string, unknown>;
  FIELDS.set(String(defOf(shape.kind ?? shape.type).values?.[0]), fieldsOf(shape));
}

export function schemaFields(kindOrType: NodeKind | EdgeType): Fields {
  return FIELDS.get(kindOrType) ?? { names: [], nullable: new Set(), nested: new Set() };
}
