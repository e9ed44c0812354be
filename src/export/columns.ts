import type { Primitive, Properties, PropertyValue } from '../graph/properties.ts';

export type ScalarType = 'string' | 'int' | 'long' | 'double' | 'boolean';

/** A typed column (CSV), attribute (GEXF) or key (GraphML), inferred from the values it holds. */
export interface Column {
  name: string;
  type: ScalarType;
  list: boolean;
  /** Values of different types met in one column: written as strings, non-strings as JSON. */
  mixed: boolean;
}

const INT32 = 2 ** 31;

function scalarType(v: Primitive): ScalarType {
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

/** Columns for a set of rows: names in `order` first (in that order), then the rest by name. */
export function inferColumns(rows: Iterable<Properties>, order: readonly string[] = []): Column[] {
  const found = new Map<string, { type: ScalarType | undefined; list: boolean; mixed: boolean }>();
  for (const row of rows) {
    for (const name in row) {
      const value = row[name] as PropertyValue;
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
    .map(([name, c]) => (c.mixed ? { name, type: 'string' as const, list: false, mixed: true } : { name, type: c.type ?? 'string', list: c.list, mixed: false }))
    .sort((a, b) => rank(a.name) - rank(b.name) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A value of a mixed column as the string it is written as. */
export function mixedValue(value: PropertyValue): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Rows computed on demand, so column inference does not keep every row of a large graph in memory. */
export function* lazyMap<T, U>(items: readonly T[], fn: (item: T) => U): Iterable<U> {
  for (const item of items) yield fn(item);
}
