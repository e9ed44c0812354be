import {
  CITES,
  encodeNode,
  encodeRelationship,
  EVIDENCE_LABEL,
  EVIDENCE_PROPERTY_NAMES,
  evidenceRows,
  FLOAT_PROPERTIES,
  layoutPropertyNames,
  storedProperties,
  type EncodedAttributes,
  type EvidenceRow,
  type LayoutProps,
  type LayoutValue,
} from '../graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS, type Snapshot } from '../schema/index.ts';
import { groupBy } from '../graph/group.ts';
import { inferColumns, mixedValue, type Column, type Row } from './columns.ts';
import { evidenceLoadedAt } from './cypher.ts';
import { loadCsvScript } from './csv-load.ts';
import { csvReadme } from './csv-readme.ts';
import { schemaStatements } from './schema-script.ts';
import { ExportError, type Chunks, type CsvTable, type OutputFile } from './types.ts';

/**
 * CSV files in the header format of `neo4j-admin database import`, holding exactly what `diplograph
 * load` writes (the layout of src/graph/properties.ts): one node file per kind plus nodes-Evidence.csv,
 * one relationship file per type plus relationships-CITES.csv (evidence -> article). Node keys and
 * evidence ids share one ID space: `id:ID` (stored as `id`), `:START_ID`/`:END_ID`. Columns are typed
 * (`year:int`, `aliases:string[]`, `dateStart:date`, `_nulls:string[]`). Strings are always quoted,
 * quotes doubled. load-csv.cypher loads the files with LOAD CSV; schema.cypher is the loader's schema.
 */

/** Array delimiters in order of preference: the first that no list element contains. */
export const ARRAY_DELIMITERS = [';', '|', '\u001F'] as const;

export function chooseArrayDelimiter(snapshot: Snapshot): string {
  const used = new Set<string>();
  // String lists pass through the layout unchanged (_nulls and _json list attribute names), so the attributes tell.
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

/** Unquoted empty: no property. An empty list is `""`, so that it stays a list (load-csv.cypher reads it so). */
function cell(column: Column, value: LayoutValue | undefined, delimiter: string): string {
  if (value === undefined || value === null) return '';
  if (column.mixed) return quote(mixedValue(value));
  if (Array.isArray(value)) return quote(value.map(String).join(delimiter));
  return typeof value === 'string' ? quote(value) : String(value);
}

/** The stored properties, JSON-valued ones (listed in `_json`) made safe for LOAD CSV. */
function csvProperties(encoded: EncodedAttributes & { evidence?: boolean }): LayoutProps {
  const props = storedProperties(encoded);
  for (const key of encoded.json) if (typeof props[key] === 'string') props[key] = jsonForCsv(props[key]);
  return props;
}

const evidenceProperties = (ev: EvidenceRow): LayoutProps => ({ ...ev.props, loadedAt: ev.loadedAt, seq: ev.seq });


/** Rows computed on demand (twice: for the columns, then for the file), never all kept in memory. */
interface Source {
  rows: () => Iterable<{ fixed: string[]; props: Row }>;
  order: readonly string[];
}

function table(path: string, label: string, fixedHeader: string[], source: Source, ends: Pick<CsvTable, 'startLabels' | 'endLabels'>, delimiter: string): [CsvTable, OutputFile] {
  const columns = inferColumns((function* () {
    for (const r of source.rows()) yield r.props;
  })(), source.order, FLOAT_PROPERTIES);
  const header = [...fixedHeader, ...columns.map(columnHeader)];
  const csv: CsvTable = { path, label, relationship: fixedHeader[0] === ':START_ID', columns, header, ...ends };
  function* chunks(): Chunks {
    yield `${header.join(',')}\n`;
    for (const r of source.rows()) yield `${[...r.fixed, ...columns.map((c) => cell(c, r.props[c.name], delimiter))].join(',')}\n`;
  }
  return [csv, { path, chunks: chunks() }];
}

export function snapshotCsv(snapshot: Snapshot): OutputFile[] {
  const delimiter = chooseArrayDelimiter(snapshot);
  const tables: CsvTable[] = [];
  const files: OutputFile[] = [];
  const add = ([t, f]: [CsvTable, OutputFile]) => {
    tables.push(t);
    files.push(f);
  };
  const noEnds = { startLabels: [], endLabels: [] };

  const nodesByKind = groupBy(snapshot.nodes, (n) => n.attributes.kind);
  for (const kind of NODE_KINDS) {
    const nodes = nodesByKind.get(kind);
    if (!nodes) continue;
    const rows = function* () {
      for (const n of nodes) yield { fixed: [quote(n.key), kind], props: csvProperties(encodeNode(n.attributes)) };
    };
    add(table(`nodes-${kind}.csv`, kind, ['id:ID', ':LABEL'], { rows, order: layoutPropertyNames(kind) }, noEnds, delimiter));
  }

  const loadedAt = evidenceLoadedAt(snapshot);
  const evidence = function* () {
    for (const e of snapshot.edges) yield* evidenceRows(e.key, e.attributes, loadedAt);
  };
  const hasEvidence = !evidence().next().done;
  if (hasEvidence) {
    const rows = function* () {
      for (const ev of evidence()) yield { fixed: [quote(ev.id), EVIDENCE_LABEL], props: evidenceProperties(ev) };
    };
    add(table(`nodes-${EVIDENCE_LABEL}.csv`, EVIDENCE_LABEL, ['id:ID', ':LABEL'], { rows, order: EVIDENCE_PROPERTY_NAMES }, noEnds, delimiter));
  }

  const kindOf = new Map(snapshot.nodes.map((n) => [n.key, n.attributes.kind]));
  const labels = (keys: string[]) => NODE_KINDS.filter((k) => keys.some((key) => kindOf.get(key) === k));
  const edgesByType = groupBy(snapshot.edges, (e) => e.attributes.type);
  for (const type of EDGE_TYPES) {
    const edges = edgesByType.get(type);
    if (!edges) continue;
    const rows = function* () {
      for (const e of edges) yield { fixed: [quote(e.source), quote(e.target), type, quote(e.key)], props: csvProperties(encodeRelationship(e.attributes)) };
    };
    const ends = { startLabels: labels(edges.map((e) => e.source)), endLabels: labels(edges.map((e) => e.target)) };
    add(table(`relationships-${type}.csv`, type, [':START_ID', ':END_ID', ':TYPE', 'key'], { rows, order: layoutPropertyNames(type) }, ends, delimiter));
  }

  if (hasEvidence) {
    const rows = function* () {
      for (const ev of evidence()) yield { fixed: [quote(ev.id), quote(ev.article), CITES], props: {} };
    };
    add(table(`relationships-${CITES}.csv`, CITES, [':START_ID', ':END_ID', ':TYPE'], { rows, order: [] }, { startLabels: [EVIDENCE_LABEL], endLabels: ['Article'] }, delimiter));
  }

  files.push({ path: 'schema.cypher', chunks: schemaStatements().map((s) => `${s}\n`) });
  files.push({ path: 'load-csv.cypher', chunks: [loadCsvScript(tables, delimiter)] });
  files.push({ path: 'README.md', chunks: [csvReadme(tables, delimiter, snapshot)] });
  return files;
}
