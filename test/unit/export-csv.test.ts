import { describe, expect, it } from 'vitest';
import { fromNeo4jProperties } from '../../src/graph/properties.ts';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { snapshotCsv } from '../../src/export/csv.ts';
import { ExportError } from '../../src/export/index.ts';
import type { EdgeType, NodeKind, Snapshot } from '../../src/schema/index.ts';
import { META, TRICKY, trickyGraph, trickySnapshot } from '../fixtures/export-graphs.ts';
import { readCsv, type CsvField } from '../fixtures/export-csv-reader.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

function exportCsv(snapshot: Snapshot): Map<string, string> {
  return new Map(snapshotCsv(snapshot).map((f) => [f.path, [...f.chunks].join('')]));
}

/** A field as neo4j-admin reads it under its header: absent, or a typed value. */
function typed(header: string, field: CsvField, delimiter: string): unknown {
  if (field.value === '' && !field.quoted) return undefined;
  const type = header.includes(':') ? header.slice(header.indexOf(':') + 1) : 'string';
  const base = type.replace('[]', '');
  const convert = (v: string) => (base === 'int' || base === 'long' || base === 'double' ? Number(v) : base === 'boolean' ? v === 'true' : v);
  return type.endsWith('[]') ? field.value.split(delimiter).map(convert) : convert(field.value);
}

const snapshot = trickySnapshot();
const files = exportCsv(snapshot);
const readme = files.get('README.md') ?? '';
const delimiter = /--array-delimiter="(.)"/.exec(readme)?.[1] ?? '(none)';

describe('CSV export', () => {
  it('writes one file per node kind and relationship type present, with a README and constraints', () => {
    const kinds = new Set(snapshot.nodes.map((n) => n.attributes.kind));
    const types = new Set(snapshot.edges.map((e) => e.attributes.type));
    expect([...files.keys()].sort()).toEqual(
      [...[...kinds].map((k) => `nodes-${k}.csv`), ...[...types].map((t) => `relationships-${t}.csv`), 'README.md', 'constraints.cypher'].sort(),
    );
    expect(files.get('constraints.cypher')).toMatch(/^CREATE CONSTRAINT \S+ IF NOT EXISTS FOR \(n:Person\) REQUIRE n\.id IS UNIQUE;$/m);
  });

  it('switches the array delimiter when a list value holds ";", and says so in the README', () => {
    expect(delimiter).toBe('|');
    expect(exportCsv(toSnapshot(smallGraph(), META)).get('README.md')).toContain('--array-delimiter=";"');
    const g = trickyGraph();
    g.updateNodeAttributes('person:tricky', (p) => ({ ...p, aliases: ['a;b', 'c|d', 'e\u001Ff'] }));
    expect(() => snapshotCsv(toSnapshot(g, META))).toThrow(ExportError);
  });

  it('reads back to the same nodes and relationships, typed by the headers', () => {
    let nodes = 0;
    let edges = 0;
    for (const [path, text] of files) {
      if (!path.endsWith('.csv')) continue;
      const [header, ...rows] = readCsv(text);
      const names = header!.map((f) => f.value);
      for (const row of rows) {
        expect(row).toHaveLength(names.length);
        const props: Record<string, unknown> = {};
        const fixed = path.startsWith('nodes-') ? 2 : 4;
        names.slice(fixed).forEach((h, i) => (props[h.split(':')[0]!] = typed(h, row[i + fixed]!, delimiter)));
        if (path.startsWith('nodes-')) {
          nodes++;
          expect(names.slice(0, 2)).toEqual(['id:ID', ':LABEL']);
          const node = snapshot.nodes.find((n) => n.key === row[0]!.value)!;
          expect(row[1]!.value).toBe(node.attributes.kind);
          expect(fromNeo4jProperties(row[1]!.value as NodeKind, props), node.key).toEqual(node.attributes);
        } else {
          edges++;
          expect(names.slice(0, 4)).toEqual([':START_ID', ':END_ID', ':TYPE', 'key']);
          const edge = snapshot.edges.find((e) => e.key === row[3]!.value)!;
          expect([row[0]!.value, row[1]!.value, row[2]!.value]).toEqual([edge.source, edge.target, edge.attributes.type]);
          expect(fromNeo4jProperties(row[2]!.value as EdgeType, props), edge.key).toEqual(edge.attributes);
        }
      }
    }
    expect([nodes, edges]).toEqual([snapshot.nodes.length, snapshot.edges.length]);
  });

  it('quotes every string, never numbers or booleans, and keeps \\" out of JSON columns', () => {
    const [header, ...rows] = readCsv(files.get('nodes-Person.csv')!);
    const tricky = rows.find((r) => r[0]!.value === 'person:tricky')!;
    const name = header!.findIndex((f) => f.value === 'name');
    expect(tricky[name]).toEqual({ value: TRICKY, quoted: true });
    const [articleHeader, article] = readCsv(files.get('nodes-Article.csv')!);
    expect(article![articleHeader!.findIndex((f) => f.value === 'length:int')]!.quoted).toBe(false);
    const [orgHeader, ...orgs] = readCsv(files.get('nodes-Organization.csv')!);
    const tass = orgs.find((r) => r[0]!.value === 'org:tass')!;
    expect(tass[orgHeader!.findIndex((f) => f.value === 'isSource:boolean')]).toEqual({ value: 'true', quoted: false });
    const met = readCsv(files.get('relationships-MET.csv')!);
    const evidence = met[0]!.findIndex((f) => f.value === 'evidenceJson');
    for (const row of met.slice(1)) expect(row[evidence]!.value).not.toContain('\\"');
    expect(JSON.stringify(snapshot)).toContain('\\"да\\"');
  });

  it('gives the exact neo4j-admin command and a LOAD CSV statement for every file', () => {
    expect(readme).toContain('neo4j-admin database import full neo4j');
    expect(readme).toContain('--multiline-fields=true');
    for (const path of files.keys()) {
      if (!path.endsWith('.csv')) continue;
      expect(readme).toContain(path.startsWith('nodes-') ? `--nodes=${path}` : `--relationships=${path}`);
      expect(readme).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${path}' AS row`);
    }
    expect(readme).toContain("n.aliases = split(row.`aliases:string[]`, '|')");
    expect(readme).toContain('n.year = toInteger(row.`year:int`)');
  });
});
