import { describe, expect, it } from 'vitest';
import { KIND_COLORS } from '../../src/graph/palette.ts';
import { edgeProperties, fromNeo4jProperties, nodeProperties, PROPERTY_NAMES, toNeo4jProperties } from '../../src/graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS } from '../../src/schema/index.ts';
import { trickySnapshot } from '../fixtures/export-graphs.ts';

const isNeo4jValue = (v: unknown) =>
  ['string', 'number', 'boolean'].includes(typeof v) ||
  (Array.isArray(v) && v.every((x) => ['string', 'number', 'boolean'].includes(typeof x) && typeof x === typeof v[0]));

describe('Neo4j property mapping', () => {
  const snapshot = trickySnapshot();

  it('flattens every node and edge into primitives and lists of one primitive type', () => {
    for (const n of snapshot.nodes) expect(Object.values(nodeProperties(n.key, n.attributes)).every(isNeo4jValue), n.key).toBe(true);
    for (const e of snapshot.edges) expect(Object.values(edgeProperties(e.key, e.attributes)).every(isNeo4jValue), e.key).toBe(true);
  });

  it('round-trips every node and edge losslessly, nulls included', () => {
    for (const n of snapshot.nodes) expect(fromNeo4jProperties(n.attributes.kind, nodeProperties(n.key, n.attributes))).toEqual(n.attributes);
    for (const e of snapshot.edges) expect(fromNeo4jProperties(e.attributes.type, edgeProperties(e.key, e.attributes))).toEqual(e.attributes);
  });

  it('keeps kind and type out of the properties and evidence as JSON in evidenceJson', () => {
    const met = snapshot.edges.find((e) => e.attributes.type === 'MET' && e.source === 'person:tricky')!;
    const props = edgeProperties(met.key, met.attributes);
    expect(props.key).toBe(met.key);
    expect(props).not.toHaveProperty('type');
    expect(props).not.toHaveProperty('evidence');
    expect(JSON.parse(props.evidenceJson as string)).toEqual('evidence' in met.attributes ? met.attributes.evidence : null);
    const meeting = snapshot.nodes.find((n) => n.key === 'meeting:undated')!;
    const nodeProps = nodeProperties(meeting.key, meeting.attributes);
    expect(nodeProps).not.toHaveProperty('kind');
    expect(nodeProps).not.toHaveProperty('date');
    expect(fromNeo4jProperties('Meeting', nodeProps)).toMatchObject({ date: null, place: null });
  });

  it('reads driver integers and bigints as numbers', () => {
    const driverInt = { low: 2021, high: 0, toNumber: () => 2021 };
    expect(fromNeo4jProperties('Treaty', { id: 'treaty:x', name: 'X', year: driverInt })).toEqual({ kind: 'Treaty', name: 'X', year: 2021 });
    expect(fromNeo4jProperties('MENTIONED_IN', { key: 'k', count: 3n })).toEqual({ type: 'MENTIONED_IN', count: 3 });
  });

  it('names a property that is not JSON', () => {
    expect(() => fromNeo4jProperties('MET', { evidenceJson: '[{' })).toThrow(/MET property evidenceJson: not JSON/);
  });

  it('lists property names by kind and type, no schema field clashing with id, key or the Json suffix', () => {
    expect(PROPERTY_NAMES.Person).toEqual(['name', 'aliases', 'nameEn', 'wikidata', 'gender']);
    expect(PROPERTY_NAMES.MET).toEqual(['date', 'evidenceJson', 'meeting']);
    for (const name of [...NODE_KINDS, ...EDGE_TYPES]) {
      for (const p of PROPERTY_NAMES[name]) expect(['id', 'key'].includes(p) || (p.endsWith('Json') && p !== 'evidenceJson'), `${name}.${p}`).toBe(false);
    }
    const lavrov = snapshot.nodes.find((n) => n.key === 'person:sergey-lavrov')!;
    expect(Object.keys(toNeo4jProperties(lavrov.attributes)).every((p) => PROPERTY_NAMES.Person.includes(p))).toBe(true);
  });

  it('has a distinct colour for every node kind', () => {
    const colors = NODE_KINDS.map((k) => KIND_COLORS[k]);
    expect(colors.every((c) => /^#[0-9A-F]{6}$/.test(c))).toBe(true);
    expect(new Set(colors).size).toBe(NODE_KINDS.length);
  });
});
