import { Day, type LayoutValue, type Primitive } from '../graph/properties.ts';

export type ScalarType = 'string' | 'int' | 'long' | 'double' | 'boolean' | 'date';

/** A row of values by column name; null and undefined are no value (the Neo4j layout's null companions). */
export type Row = Readonly<Record<string, LayoutValue | undefined>>;

/** A typed column (CSV), attribute (GEXF) or key (GraphML), inferred from the values it holds. */
export interface Column {
  name: string;
  type: ScalarType;
  list: boolean;
  /** Values of different types met in one column: written as strings, non-strings as JSON. */
  mixed: boolean;
}

const INT32 = 2 ** 31;

function scalarType(v: Primitive | Day): ScalarType {
  if (v instanceof Day) return 'date';
  if (typeof v === 'string') return 'string';
  if (typeof v === 'boolean') return 'boolean';
  if (!Number.isInteger(v)) return 'double';
  return v >= -INT32 && v < INT32 ? 'int' : 'long';
}

const NUMERIC: readonly ScalarType[] = ['int', 'long', 'double'];

/** The narrowest type that holds both, or null when they do not mix. */
function widen(a: ScalarType | undefined, b: ScalarType): ScalarType | null {
  if (a === undefined || a === b) return b;
  if (NUMERIC.includes(a) && NUMERIC.includes(b)) return NUMERIC[Math.max(NUMERIC.indexOf(a), NUMERIC.indexOf(b))] ?? 'double';
  return null;
}

/**
 * Columns for a set of rows: names in `order` first (in that order), then the rest by name. Numeric
 * columns named in `floats` are doubles even when every value is whole (Neo4j keeps them floats).
 */
export function inferColumns(rows: Iterable<Row>, order: readonly string[] = [], floats: ReadonlySet<string> = new Set()): Column[] {
  const found = new Map<string, { type: ScalarType | undefined; list: boolean; mixed: boolean }>();
  for (const row of rows) {
    for (const name in row) {
      const value = row[name];
      if (value === null || value === undefined) continue;
      const list = Array.isArray(value);
      let col = found.get(name);
      if (!col) found.set(name, (col = { type: undefined, list, mixed: false }));
      else if (col.list !== list) col.mixed = true;
      for (const v of list ? value : [value]) {
        const type = widen(col.type, scalarType(v));
        if (type === null) col.mixed = true;
        else col.type = type;
      }
    }
  }
  const rank = (name: string) => {
    const i = order.indexOf(name);
    return i < 0 ? order.length : i;
  };
  return [...found]
    .map(([name, c]): Column => {
      if (c.mixed) return { name, type: 'string', list: false, mixed: true };
      const type = c.type !== undefined && floats.has(name) && NUMERIC.includes(c.type) ? 'double' : (c.type ?? 'string');
      return { name, type, list: c.list, mixed: false };
    })
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A value of a mixed column as the string it is written as. */
export function mixedValue(value: Exclude<LayoutValue, null>): string {
  return typeof value === 'string' || value instanceof Day ? String(value) : JSON.stringify(value);
}

/** Rows computed on demand, so column inference does not keep every row of a large graph in memory. */
export function* lazyMap<T, U>(items: readonly T[], fn: (item: T) => U): Iterable<U> {
  for (const item of items) yield fn(item);
}
