import { describe, expect, it } from 'vitest';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { snapshotCsv } from '../../src/export/csv.ts';
import { evidenceLoadedAt } from '../../src/export/cypher.ts';
import { ExportError } from '../../src/export/index.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { META, TRICKY, trickyGraph, trickySnapshot } from '../fixtures/export-graphs.ts';
import { readCsv, type CsvField } from '../fixtures/export-csv-reader.ts';
import { emptyLayout, expected, loaderLayout, readBack, type Layout, type Props } from '../fixtures/export-layout.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

function exportCsv(snapshot: Snapshot): Map<string, string> {
  return new Map(snapshotCsv(snapshot).map((f) => [f.path, [...f.chunks].join('')]));
}

/** A field as neo4j-admin and load-csv.cypher read it under its header: absent, or a typed value. */
function typed(header: string, field: CsvField, delimiter: string): unknown {
  if (field.value === '' && !field.quoted) return undefined;
  const type = header.includes(':') ? header.slice(header.indexOf(':') + 1) : 'string';
  const base = type.replace('[]', '');
  const convert = (v: string) => (base === 'int' || base === 'long' || base === 'double' ? Number(v) : base === 'boolean' ? v === 'true' : v);
  if (!type.endsWith('[]')) return convert(field.value);
  return field.value === '' ? [] : field.value.split(delimiter).map(convert);
}

/** Every CSV file read back into the records the database ends up with. */
function readLayout(files: Map<string, string>, delimiter: string): Layout {
  const layout = emptyLayout();
  for (const [path, text] of files) {
    if (!path.endsWith('.csv')) continue;
    const [header, ...rows] = readCsv(text);
    const names = header!.map((f) => f.value);
    const leading = path.startsWith('nodes-') ? ['id:ID', ':LABEL'] : [':START_ID', ':END_ID', ':TYPE', ...(path === 'relationships-CITES.csv' ? [] : ['key'])];
    const fixed = leading.length;
    expect(names.slice(0, fixed)).toEqual(leading);
    for (const row of rows) {
      expect(row).toHaveLength(names.length);
      const props: Props = {};
      names.slice(fixed).forEach((h, i) => {
        const value = typed(h, row[i + fixed]!, delimiter);
        if (value !== undefined) props[h.split(':')[0]!] = value;
      });
      const [a, b, c, d] = row.map((f) => f.value);
      if (b === 'Evidence') layout.evidence.set(a!, props);
      else if (fixed === 2) layout.nodes.set(a!, { label: b!, props });
      else if (c === 'CITES') layout.cites.add(`${a} -> ${b}`);
      else layout.relationships.set(d!, { type: c!, source: a!, target: b!, props });
    }
  }
  return layout;
}

const snapshot = trickySnapshot();
const files = exportCsv(snapshot);
const readme = files.get('README.md') ?? '';
const script = files.get('load-csv.cypher') ?? '';
const delimiter = /--array-delimiter="(.)"/.exec(readme)?.[1] ?? '(none)';

describe('CSV export', () => {
  it('writes one file per node kind and relationship type present, evidence and CITES, the schema, a loading script and a README', () => {
    const kinds = new Set(snapshot.nodes.map((n) => n.attributes.kind));
    const types = new Set(snapshot.edges.map((e) => e.attributes.type));
    expect([...files.keys()].sort()).toEqual(
      [
        ...[...kinds, 'Evidence'].map((k) => `nodes-${k}.csv`),
        ...[...types, 'CITES'].map((t) => `relationships-${t}.csv`),
        'README.md',
        'schema.cypher',
        'load-csv.cypher',
      ].sort(),
    );
    expect(files.get('schema.cypher')).toMatch(/^CREATE CONSTRAINT person_id IF NOT EXISTS FOR \(n:Person\) REQUIRE n\.id IS UNIQUE;$/m);
    expect(files.get('schema.cypher')).toMatch(/^CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR \(n:Evidence\) REQUIRE n\.id IS UNIQUE;$/m);
    expect(files.get('schema.cypher')).toContain('CREATE FULLTEXT INDEX entity_names IF NOT EXISTS');
  });

  it('switches the array delimiter when a list value holds ";", and says so in the README', () => {
    expect(delimiter).toBe('|');
    expect(exportCsv(toSnapshot(smallGraph(), META)).get('README.md')).toContain('--array-delimiter=";"');
    const g = trickyGraph();
    g.updateNodeAttributes('person:tricky', (p) => ({ ...p, aliases: ['a;b', 'c|d', 'e\u001Ff'] }));
    expect(() => snapshotCsv(toSnapshot(g, META))).toThrow(ExportError);
  });

  it('holds exactly what the loader writes: the same labels, properties, _nulls, dates and :Evidence nodes', () => {
    const layout = readLayout(files, delimiter);
    expect(layout).toEqual(loaderLayout(snapshot, evidenceLoadedAt(snapshot)));
    expect(layout.nodes.get('meeting:undated')?.props).toEqual({ name: 'Встреча без даты', status: 'cancelled', meetingType: 'phone_call', _nulls: ['date', 'place'] });
    expect(layout.relationships.get('HOLDS_ROLE:person:antony-blinken->state:usa')?.props).toMatchObject({ from: '2021-01', fromStart: '2021-01-01', fromEnd: '2021-01-31', toEnd: '2025-12-31' });
  });

  it('reads back to the same nodes and edges, evidence in order', () => {
    expect(readBack(readLayout(files, delimiter))).toEqual(expected(snapshot));
  });

  it('keeps an empty list a list, apart from a missing one', () => {
    const g = smallGraph();
    g.updateNodeAttributes('place:geneva', (p) => ({ ...p, aliases: [] }));
    const small = toSnapshot(g, META);
    const layout = readLayout(exportCsv(small), ';');
    expect(layout.nodes.get('place:geneva')?.props['aliases']).toEqual([]);
    expect(layout.nodes.get('org:mfa-russia')?.props).not.toHaveProperty('aliases');
    expect(readBack(layout)).toEqual(expected(small));
  });

  it('types columns: quoted strings, bare numbers, booleans and dates, doubles for confidence', () => {
    const [header, ...rows] = readCsv(files.get('nodes-Person.csv')!);
    const tricky = rows.find((r) => r[0]!.value === 'person:tricky')!;
    expect(tricky[header!.findIndex((f) => f.value === 'name')]).toEqual({ value: TRICKY, quoted: true });
    const [articleHeader, article] = readCsv(files.get('nodes-Article.csv')!);
    expect(article![articleHeader!.findIndex((f) => f.value === 'length:int')]!.quoted).toBe(false);
    const [orgHeader, ...orgs] = readCsv(files.get('nodes-Organization.csv')!);
    const tass = orgs.find((r) => r[0]!.value === 'org:tass')!;
    expect(tass[orgHeader!.findIndex((f) => f.value === 'isSource:boolean')]).toEqual({ value: 'true', quoted: false });
    const [meetingHeader, ...meetings] = readCsv(files.get('nodes-Meeting.csv')!);
    const geneva = meetings.find((r) => r[0]!.value === 'meeting:2022-01-21-geneva')!;
    expect(geneva[meetingHeader!.findIndex((f) => f.value === 'dateValue:date')]).toEqual({ value: '2022-01-21', quoted: false });
    const evidence = readCsv(files.get('nodes-Evidence.csv')!)[0]!.map((f) => f.value);
    expect(evidence).toEqual(expect.arrayContaining(['confidence:double', 'start:int', 'loadedAt:long', 'seq:int', 'dateStart:date']));
    // A whole confidence is still a double.
    const whole = structuredClone(snapshot);
    const met = whole.edges.find((e) => e.attributes.type === 'MET' && 'evidence' in e.attributes && e.attributes.evidence[0]?.confidence)!;
    if ('evidence' in met.attributes && met.attributes.evidence) met.attributes.evidence[0]!.confidence = 1;
    expect(readCsv(exportCsv(whole).get('nodes-Evidence.csv')!)[0]!.map((f) => f.value)).toContain('confidence:double');
  });

  it('gives the exact neo4j-admin command, and a LOAD CSV statement for every file in load-csv.cypher', () => {
    expect(readme).toContain('neo4j-admin database import full neo4j');
    expect(readme).toContain('--multiline-fields=true');
    expect(readme).toContain('-f load-csv.cypher');
    expect(script).toContain('CREATE CONSTRAINT evidence_id IF NOT EXISTS');
    for (const path of files.keys()) {
      if (!path.endsWith('.csv')) continue;
      expect(readme).toContain(path.startsWith('nodes-') ? `--nodes=${path}` : `--relationships=${path}`);
      expect(script).toContain(`LOAD CSV WITH HEADERS FROM 'file:///${path}' AS row`);
    }
    expect(script).toContain("n.aliases = CASE row.`aliases:string[]` WHEN '' THEN [] ELSE split(row.`aliases:string[]`, '|') END");
    expect(script).toContain('n.year = toInteger(row.`year:int`)');
    expect(script).toContain('n.dateStart = date(row.`dateStart:date`)');
    expect(script).toContain('n.confidence = toFloat(row.`confidence:double`)');
    expect(script).toContain('MATCH (a:Evidence {id: row.`:START_ID`})');
    expect(script).toContain('MERGE (a)-[r:CITES]->(b)');
  });
});
