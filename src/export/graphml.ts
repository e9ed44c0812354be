import type { Properties, PropertyValue } from '../graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS, type EdgeAttributes, type NodeAttributes, type Snapshot } from '../schema/index.ts';
import { inferColumns, lazyMap, mixedValue, type Column, type ScalarType } from './columns.ts';
import { FLAT_PROPERTY_NAMES, flatProperties, JSON_SUFFIX } from './flat.ts';
import type { Chunks } from './types.ts';
import { xmlEscape } from './xml.ts';

/**
 * GraphML for yEd, Cytoscape, NetworkX and igraph: a directed graph whose parallel edges keep their own
 * ids. Nodes carry `kind`, edges `type`, then the flat properties of flat.ts; GraphML has no
 * list type, so lists are JSON arrays under `<name>Json` (`aliases` → `aliasesJson`), like `evidenceJson`.
 * Every attribute is a typed <key> (string, int, long, double, boolean).
 */

const GRAPHML_TYPES: Record<ScalarType, string> = { string: 'string', int: 'int', long: 'long', double: 'double', boolean: 'boolean', date: 'string' };

/** Lists become JSON strings: GraphML attributes are scalars. */
function withoutLists(props: Properties): Properties {
  const row: Properties = {};
  for (const [name, value] of Object.entries(props)) {
    if (Array.isArray(value)) row[name + JSON_SUFFIX] = JSON.stringify(value);
    else row[name] = value;
  }
  return row;
}

const keyId = (cls: 'node' | 'edge', name: string) => `${cls === 'node' ? 'n' : 'e'}_${name}`;

function keys(cls: 'node' | 'edge', columns: Column[]): string {
  return columns
    .map((c) => `  <key id="${xmlEscape(keyId(cls, c.name))}" for="${cls}" attr.name="${xmlEscape(c.name)}" attr.type="${GRAPHML_TYPES[c.type]}"/>\n`)
    .join('');
}

function data(cls: 'node' | 'edge', columns: Column[], row: Properties): string {
  return columns
    .filter((c) => row[c.name] !== undefined)
    .map((c) => {
      const value = row[c.name] as PropertyValue;
      return `      <data key="${xmlEscape(keyId(cls, c.name))}">${xmlEscape(c.mixed ? mixedValue(value) : String(value))}</data>\n`;
    })
    .join('');
}

const listNames = (names: readonly string[]) => names.flatMap((n) => [n, n + JSON_SUFFIX]);

export function* snapshotGraphml(snapshot: Snapshot): Chunks {
  const nodeRow = (attrs: NodeAttributes) => withoutLists({ kind: attrs.kind, ...flatProperties(attrs) });
  const edgeRow = (attrs: EdgeAttributes) => withoutLists({ type: attrs.type, ...flatProperties(attrs) });
  const nodeColumns = inferColumns(lazyMap(snapshot.nodes, (n) => nodeRow(n.attributes)), listNames(['kind', ...new Set(NODE_KINDS.flatMap((k) => FLAT_PROPERTY_NAMES[k]))]));
  const edgeColumns = inferColumns(lazyMap(snapshot.edges, (e) => edgeRow(e.attributes)), listNames(['type', ...new Set(EDGE_TYPES.flatMap((t) => FLAT_PROPERTY_NAMES[t]))]));
  const { attributes: manifest } = snapshot;

  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
  yield ' xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  yield '  <key id="g_schemaVersion" for="graph" attr.name="schemaVersion" attr.type="int"/>\n';
  yield '  <key id="g_generator" for="graph" attr.name="generator" attr.type="string"/>\n';
  yield '  <key id="g_createdAt" for="graph" attr.name="createdAt" attr.type="string"/>\n';
  yield keys('node', nodeColumns);
  yield keys('edge', edgeColumns);
  yield '  <graph id="diplograph" edgedefault="directed">\n';
  yield `    <data key="g_schemaVersion">${manifest.schemaVersion}</data>\n`;
  yield `    <data key="g_generator">${xmlEscape(manifest.generator)}</data>\n`;
  yield `    <data key="g_createdAt">${xmlEscape(manifest.createdAt)}</data>\n`;
  for (const node of snapshot.nodes) {
    yield `    <node id="${xmlEscape(node.key)}">\n${data('node', nodeColumns, nodeRow(node.attributes))}    </node>\n`;
  }
  for (const edge of snapshot.edges) {
    yield `    <edge id="${xmlEscape(edge.key)}" source="${xmlEscape(edge.source)}" target="${xmlEscape(edge.target)}">\n`;
    yield `${data('edge', edgeColumns, edgeRow(edge.attributes))}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
