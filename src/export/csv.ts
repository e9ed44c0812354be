import { JSON_SUFFIX, PROPERTY_NAMES, toNeo4jProperties, type PropertyValue } from '../graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS, type Snapshot } from '../schema/index.ts';
import { inferColumns, lazyMap, mixedValue, type Column } from './columns.ts';
import { constraintStatements } from './cypher.ts';
import { csvReadme } from './csv-readme.ts';
import { ExportError, type Chunks, type CsvTable, type OutputFile } from './types.ts';

/**
 * CSV files in the header format of `neo4j-admin database import`: one node file per kind, one
 * relationship file per type. Node keys are globally unique, so all files share one ID space: `id:ID`
 * (stored as the `id` property), `:START_ID`/`:END_ID` name node keys. Columns are typed (`year:int`,
 * `aliases:string[]`, `isSource:boolean`); evidence and other nested values are JSON in `evidenceJson`
 * columns, as in Neo4j (src/graph/properties.ts). Strings are always quoted, quotes doubled.
 */

/** Array delimiters in order of preference: the first that no list element contains. */
export const ARRAY_DELIMITERS = [';', '|', '\u001F'] as const;

export function chooseArrayDelimiter(snapshot: Snapshot): string {
  const used = new Set<string>();
  // Lists of strings pass through the property mapping unchanged, so the attributes tell.
  const scan = (attrs: object) => {
    for (const value of Object.values(attrs)) {
      if (!Array.isArray(value)) continue;
      for (const v of value) for (const d of ARRAY_DELIMITERS) if (typeof v === 'string' && v.includes(d)) used.add(d);
    }
  };
  for (const n of snapshot.nodes) scan(n.attributes);
  for (const e of snapshot.edges) scan(e.attributes);
  const free = ARRAY_DELIMITERS.find((d) => !used.has(d));
  if (free === undefined) throw new ExportError('csv: list values contain every array delimiter (; | U+001F)');
  return free;
}

export function columnHeader(c: Column): string {
  if (c.mixed || (c.type === 'string' && !c.list)) return c.name;
  return `${c.name}:${c.type}${c.list ? '[]' : ''}`;
}

const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;

/** JSON with `"` as \u0022 inside its strings: still JSON, and safe for LOAD CSV's backslash quoting. */
const jsonForCsv = (json: string) => json.replace(/\\(["\\])/g, (m, c) => (c === '"' ? '\\u0022' : m));

function cell(column: Column, value: PropertyValue | undefined, delimiter: string): string {
  if (value === undefined) return '';
  if (column.mixed) return quote(mixedValue(value));
  if (Array.isArray(value)) return value.length === 0 ? '' : quote(value.map(String).join(delimiter));
  if (typeof value !== 'string') return String(value);
  return quote(column.name.endsWith(JSON_SUFFIX) ? jsonForCsv(value) : value);
}

function* lines(header: string[], rows: Iterable<string[]>): Chunks {
  yield `${header.join(',')}\n`;
  for (const row of rows) yield `${row.join(',')}\n`;
}

function groupBy<T, K>(items: readonly T[], by: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = by(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

export function snapshotCsv(snapshot: Snapshot): OutputFile[] {
  const delimiter = chooseArrayDelimiter(snapshot);
  const tables: CsvTable[] = [];
  const files: OutputFile[] = [];

  const nodesByKind = groupBy(snapshot.nodes, (n) => n.attributes.kind);
  for (const kind of NODE_KINDS) {
    const nodes = nodesByKind.get(kind);
    if (!nodes) continue;
    const columns = inferColumns(lazyMap(nodes, (n) => toNeo4jProperties(n.attributes)), PROPERTY_NAMES[kind]);
    const table: CsvTable = { path: `nodes-${kind}.csv`, label: kind, relationship: false, columns, header: ['id:ID', ':LABEL', ...columns.map(columnHeader)], startLabels: [], endLabels: [] };
    const rows = lazyMap(nodes, (n) => {
      const props = toNeo4jProperties(n.attributes);
      return [quote(n.key), kind, ...columns.map((c) => cell(c, props[c.name], delimiter))];
    });
    tables.push(table);
    files.push({ path: table.path, chunks: lines(table.header, rows) });
  }

  const kindOf = new Map(snapshot.nodes.map((n) => [n.key, n.attributes.kind]));
  const edgesByType = groupBy(snapshot.edges, (e) => e.attributes.type);
  for (const type of EDGE_TYPES) {
    const edges = edgesByType.get(type);
    if (!edges) continue;
    const columns = inferColumns(lazyMap(edges, (e) => toNeo4jProperties(e.attributes)), PROPERTY_NAMES[type]);
    const labels = (keys: string[]) => NODE_KINDS.filter((k) => keys.some((key) => kindOf.get(key) === k));
    const table: CsvTable = {
      path: `relationships-${type}.csv`,
      label: type,
      relationship: true,
      columns,
      header: [':START_ID', ':END_ID', ':TYPE', 'key', ...columns.map(columnHeader)],
      startLabels: labels(edges.map((e) => e.source)),
      endLabels: labels(edges.map((e) => e.target)),
    };
    const rows = lazyMap(edges, (e) => {
      const props = toNeo4jProperties(e.attributes);
      return [quote(e.source), quote(e.target), type, quote(e.key), ...columns.map((c) => cell(c, props[c.name], delimiter))];
    });
    tables.push(table);
    files.push({ path: table.path, chunks: lines(table.header, rows) });
  }

  files.push({ path: 'constraints.cypher', chunks: constraintStatements().map((s) => `${s}\n`) });
  files.push({ path: 'README.md', chunks: [csvReadme(tables, delimiter, snapshot)] });
  return files;
}
