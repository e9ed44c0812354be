import { hexToRgb, KIND_COLORS } from '../graph/palette.ts';
import type { Properties, PropertyValue } from '../graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS, type EdgeAttributes, type NodeAttributes, type Snapshot } from '../schema/index.ts';
import { inferColumns, lazyMap, mixedValue, type Column, type ScalarType } from './columns.ts';
import { FLAT_PROPERTY_NAMES, flatProperties } from './flat.ts';
import { dateInterval, type DayInterval } from './time.ts';
import type { Chunks } from './types.ts';
import { xmlEscape } from './xml.ts';

/**
 * GEXF 1.3 for Gephi: a dynamic directed multigraph. Nodes carry `kind` and their properties, edges
 * carry their type as the GEXF edge `kind` (and label), both with typed attributes in the flat
 * mapping of flat.ts (lists as liststring, evidence as JSON in `evidenceJson`).
 * Meetings and dated claims get `start`/`end` days, so Gephi's timeline can play the graph; nodes are
 * coloured by kind (KIND_COLORS).
 */

const GEXF_TYPES: Record<ScalarType, string> = { string: 'string', int: 'integer', long: 'long', double: 'double', boolean: 'boolean', date: 'date' };

const gexfType = (c: Column) => (c.list ? 'list' : '') + GEXF_TYPES[c.type];

/** GEXF 1.3 list syntax, `["a", "b, c"]`: strings JSON-quoted so commas and quotes survive. */
function gexfValue(column: Column, value: PropertyValue): string {
  if (column.mixed) return mixedValue(value);
  if (!Array.isArray(value)) return String(value);
  return `[${value.map((v) => (typeof v === 'string' ? JSON.stringify(v) : String(v))).join(', ')}]`;
}

/** When an element exists on the timeline: Meeting dates, claim dates, role tenures. */
export function nodeInterval(attrs: NodeAttributes): Partial<DayInterval> | null {
  return attrs.kind === 'Meeting' && attrs.date ? dateInterval(attrs.date) : null;
}

export function edgeInterval(attrs: EdgeAttributes): Partial<DayInterval> | null {
  if (attrs.type === 'HOLDS_ROLE') {
    const start = attrs.from ? dateInterval(attrs.from)?.start : undefined;
    const end = attrs.to ? dateInterval(attrs.to)?.end : undefined;
    return start || end ? { ...(start ? { start } : {}), ...(end ? { end } : {}) } : null;
  }
  return 'date' in attrs && attrs.date ? dateInterval(attrs.date) : null;
}

function timeAttributes(interval: Partial<DayInterval> | null): string {
  if (!interval) return '';
  return (interval.start ? ` start="${interval.start}"` : '') + (interval.end ? ` end="${interval.end}"` : '');
}

function attributesModel(cls: 'node' | 'edge', columns: Column[]): string {
  const lines = columns.map((c) => `      <attribute id="${xmlEscape(c.name)}" title="${xmlEscape(c.name)}" type="${gexfType(c)}"/>\n`);
  return `    <attributes class="${cls}">\n${lines.join('')}    </attributes>\n`;
}

function attvalues(columns: Column[], row: Properties, indent: string): string {
  const values = columns
    .filter((c) => row[c.name] !== undefined)
    .map((c) => `${indent}  <attvalue for="${xmlEscape(c.name)}" value="${xmlEscape(gexfValue(c, row[c.name] as PropertyValue))}"/>\n`);
  return values.length > 0 ? `${indent}<attvalues>\n${values.join('')}${indent}</attvalues>\n` : '';
}

const COLOR_XML = Object.fromEntries(
  NODE_KINDS.map((kind) => {
    const [r, g, b] = hexToRgb(KIND_COLORS[kind]);
    return [kind, `        <viz:color r="${r}" g="${g}" b="${b}"/>\n`];
  }),
);

export function* snapshotGexf(snapshot: Snapshot): Chunks {
  const nodeRow = (attrs: NodeAttributes): Properties => ({ kind: attrs.kind, ...flatProperties(attrs) });
  const nodeColumns = inferColumns(lazyMap(snapshot.nodes, (n) => nodeRow(n.attributes)), ['kind', ...new Set(NODE_KINDS.flatMap((k) => FLAT_PROPERTY_NAMES[k]))]);
  const edgeColumns = inferColumns(lazyMap(snapshot.edges, (e) => flatProperties(e.attributes)), [...new Set(EDGE_TYPES.flatMap((t) => FLAT_PROPERTY_NAMES[t]))]);
  const { attributes: manifest } = snapshot;

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  yield ' xsi:schemaLocation="http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd" version="1.3">\n';
  yield `  <meta lastmodifieddate="${manifest.createdAt.slice(0, 10)}">\n`;
  yield `    <creator>${xmlEscape(manifest.generator)}</creator>\n`;
  yield `    <description>diplograph snapshot (schema ${manifest.schemaVersion}, created ${xmlEscape(manifest.createdAt)}): `;
  yield `${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges, ${manifest.articles.length} articles</description>\n`;
  yield '  </meta>\n';
  yield '  <graph mode="dynamic" defaultedgetype="directed" timeformat="date" timerepresentation="interval" idtype="string">\n';
  yield attributesModel('node', nodeColumns);
  yield attributesModel('edge', edgeColumns);

  yield '    <nodes>\n';
  for (const node of snapshot.nodes) {
    const { key, attributes } = node;
    yield `      <node id="${xmlEscape(key)}" label="${xmlEscape(attributes.name)}"${timeAttributes(nodeInterval(attributes))}>\n`;
    yield attvalues(nodeColumns, nodeRow(attributes), '        ');
    yield COLOR_XML[attributes.kind] ?? '';
    yield '      </node>\n';
  }
  yield '    </nodes>\n';

  yield '    <edges>\n';
  for (const edge of snapshot.edges) {
    const { type } = edge.attributes;
    yield `      <edge id="${xmlEscape(edge.key)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}" kind="${type}" label="${type}"`;
    yield `${timeAttributes(edgeInterval(edge.attributes))}>\n`;
    yield attvalues(edgeColumns, flatProperties(edge.attributes), '        ');
    yield '      </edge>\n';
  }
  yield '    </edges>\n';
  yield '  </graph>\n</gexf>\n';
}
