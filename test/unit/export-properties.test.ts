import { describe, expect, it } from 'vitest';
import { FLAT_PROPERTY_NAMES, flatEdgeProperties, flatNodeProperties, flatProperties, fromFlatProperties } from '../../src/export/flat.ts';
import { KIND_COLORS } from '../../src/graph/palette.ts';
import {
  dateCompanions,
  Day,
  decodeProperties,
  encodeEvidence,
  encodeNode,
  encodeRelationship,
  evidenceAttributes,
  layoutPropertyNames,
  storedProperties,
  type StoredEvidence,
} from '../../src/graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS } from '../../src/schema/index.ts';
import { trickySnapshot } from '../fixtures/export-graphs.ts';

const isNeo4jValue = (v: unknown) =>
  ['string', 'number', 'boolean'].includes(typeof v) ||
  v instanceof Day ||
  (Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x) && typeof x === typeof v[0]));

describe('Neo4j layout (src/graph/properties.ts)', () => {
  const snapshot = trickySnapshot();

  it('stores every node and relationship as primitives, lists of one primitive type and dates', () => {
    for (const n of snapshot.nodes) expect(Object.values(storedProperties(encodeNode(n.attributes))).every(isNeo4jValue), n.key).toBe(true);
    for (const e of snapshot.edges) expect(Object.values(storedProperties(encodeRelationship(e.attributes))).every(isNeo4jValue), e.key).toBe(true);
  });

  it('round-trips every node and relationship, nulls included (evidence apart, on :Evidence nodes)', () => {
    for (const n of snapshot.nodes) expect({ kind: n.attributes.kind, ...decodeProperties(storedProperties(encodeNode(n.attributes)), []) }).toEqual(n.attributes);
    for (const e of snapshot.edges) {
      const { evidence: _, ...rest } = e.attributes as { evidence?: unknown };
      expect({ ...decodeProperties(storedProperties(encodeRelationship(e.attributes)), []), type: e.attributes.type }).toEqual(rest);
    }
  });

  it('lists nulls in _nulls, objects in _json, and flags edges that have an evidence list', () => {
    const meeting = snapshot.nodes.find((n) => n.key === 'meeting:undated')!;
    expect(storedProperties(encodeNode(meeting.attributes))).toEqual({ name: 'Встреча без даты', status: 'cancelled', meetingType: 'phone_call', _nulls: ['date', 'place'] });
    const odd = encodeNode({ kind: 'Person', name: 'X', extra: { a: 1 }, mixed: [1, 'a'] } as never);
    expect([odd.json, odd.props['extra']]).toEqual([['extra', 'mixed'], '{"a":1}']);
    expect(decodeProperties(storedProperties(odd), [])).toMatchObject({ extra: { a: 1 }, mixed: [1, 'a'] });
    const part = snapshot.edges.find((e) => e.attributes.type === 'PART_OF')!;
    expect(storedProperties(encodeRelationship(part.attributes))).toEqual({});
    expect(encodeRelationship({ type: 'HELD_IN', evidence: [] }).evidence).toBe(true);
  });

  it('gives ISO dates their Neo4j date companions, by precision', () => {
    const days = (key: string, iso: string) => Object.fromEntries(Object.entries(dateCompanions(key, iso)).map(([k, v]) => [k, v === null ? null : String(v)]));
    expect(days('date', '2022-01-21')).toEqual({ dateValue: '2022-01-21', dateStart: '2022-01-21', dateEnd: '2022-01-21' });
    expect(days('from', '2024-02')).toEqual({ fromValue: null, fromStart: '2024-02-01', fromEnd: '2024-02-29' });
    expect(days('to', '2021')).toEqual({ toValue: null, toStart: '2021-01-01', toEnd: '2021-12-31' });
    expect(days('date', '2021-12/2022-01')).toEqual({ dateValue: null, dateStart: '2021-12-01', dateEnd: '2022-01-31' });
    expect(dateCompanions('date', 'soon')).toEqual({});
  });

  it('turns evidence into :Evidence rows and back', () => {
    const met = snapshot.edges.find((e) => e.key === 'MET:person:tricky->person:sergey-lavrov')!;
    const evidence = 'evidence' in met.attributes ? (met.attributes.evidence ?? []) : [];
    const row = encodeEvidence(met.key, evidence[0]!, 0, 5);
    expect(row.id).toBe(`${met.key}|article:0123456789abcdef|10|40`);
    expect(row.props).toMatchObject({ edge: met.key, cueText: 'сказал', cueStart: 13, cueEnd: 19, confidence: 0.87, date: '2022-01' });
    expect(evidenceAttributes({ ...(row.props as unknown as StoredEvidence), seq: 0, loadedAt: 5 })).toEqual(evidence[0]);
  });

  it('reads driver integers and bigints as numbers', () => {
    const driverInt = { low: 2021, high: 0, toNumber: () => 2021 };
    expect(decodeProperties({ id: 'treaty:x', name: 'X', year: driverInt }, ['id'])).toEqual({ name: 'X', year: 2021 });
    expect(decodeProperties({ key: 'k', count: 3n }, ['key'])).toEqual({ count: 3 });
    expect(() => decodeProperties({ extra: '[{', _json: ['extra'] }, [])).toThrow(/extra is listed in _json but is not JSON/);
  });

  it('orders property names by the schema, date companions after their date', () => {
    expect(layoutPropertyNames('Meeting')).toEqual(['name', 'aliases', 'nameEn', 'wikidata', 'date', 'dateValue', 'dateStart', 'dateEnd', 'monthDay', 'place', 'status', 'meetingType', 'event', '_nulls', '_json']);
    expect(layoutPropertyNames('MET')).toEqual(['date', 'dateValue', 'dateStart', 'dateEnd', 'meeting', '_nulls', '_json', '_evidence']);
  });
});

describe('flat mapping (GEXF, GraphML, JSONL)', () => {
  const snapshot = trickySnapshot();

  it('flattens every node and edge into primitives and lists of one primitive type', () => {
    for (const n of snapshot.nodes) expect(Object.values(flatNodeProperties(n.key, n.attributes)).every(isNeo4jValue), n.key).toBe(true);
    for (const e of snapshot.edges) expect(Object.values(flatEdgeProperties(e.key, e.attributes)).every(isNeo4jValue), e.key).toBe(true);
  });

  it('round-trips every node and edge losslessly, nulls included', () => {
    for (const n of snapshot.nodes) expect(fromFlatProperties(n.attributes.kind, flatNodeProperties(n.key, n.attributes))).toEqual(n.attributes);
    for (const e of snapshot.edges) expect(fromFlatProperties(e.attributes.type, flatEdgeProperties(e.key, e.attributes))).toEqual(e.attributes);
  });

  it('keeps kind and type out of the properties and evidence as JSON in evidenceJson', () => {
    const met = snapshot.edges.find((e) => e.attributes.type === 'MET' && e.source === 'person:tricky')!;
    const props = flatEdgeProperties(met.key, met.attributes);
    expect(props.key).toBe(met.key);
    expect(props).not.toHaveProperty('type');
    expect(props).not.toHaveProperty('evidence');
    expect(JSON.parse(props.evidenceJson as string)).toEqual('evidence' in met.attributes ? met.attributes.evidence : null);
    const meeting = snapshot.nodes.find((n) => n.key === 'meeting:undated')!;
    const nodeProps = flatNodeProperties(meeting.key, meeting.attributes);
    expect(nodeProps).not.toHaveProperty('kind');
    expect(nodeProps).not.toHaveProperty('date');
    expect(fromFlatProperties('Meeting', nodeProps)).toMatchObject({ date: null, place: null });
  });

  it('names a property that is not JSON', () => {
    expect(() => fromFlatProperties('MET', { evidenceJson: '[{' })).toThrow(/MET property evidenceJson: not JSON/);
  });

  it('lists property names by kind and type, no schema field clashing with id, key or the Json suffix', () => {
    expect(FLAT_PROPERTY_NAMES.Person).toEqual(['name', 'aliases', 'nameEn', 'wikidata', 'gender']);
    expect(FLAT_PROPERTY_NAMES.MET).toEqual(['date', 'evidenceJson', 'meeting']);
    for (const name of [...NODE_KINDS, ...EDGE_TYPES]) {
      for (const p of FLAT_PROPERTY_NAMES[name]) expect(['id', 'key'].includes(p) || (p.endsWith('Json') && p !== 'evidenceJson'), `${name}.${p}`).toBe(false);
    }
    const lavrov = snapshot.nodes.find((n) => n.key === 'person:sergey-lavrov')!;
    expect(Object.keys(flatProperties(lavrov.attributes)).every((p) => FLAT_PROPERTY_NAMES.Person.includes(p))).toBe(true);
  });

  it('has a distinct colour for every node kind', () => {
    const colors = NODE_KINDS.map((k) => KIND_COLORS[k]);
    expect(colors.every((c) => /^#[0-9A-F]{6}$/.test(c))).toBe(true);
    expect(new Set(colors).size).toBe(NODE_KINDS.length);
  });
});
