import { XMLParser } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { describe, expect, it } from 'vitest';
import { hexToRgb, KIND_COLORS } from '../../src/graph/palette.ts';
import { fromFlatProperties } from '../../src/export/flat.ts';
import { snapshotGexf } from '../../src/export/gexf.ts';
import { dateInterval } from '../../src/export/time.ts';
import type { EdgeType, NodeKind } from '../../src/schema/index.ts';
import { TRICKY, trickySnapshot } from '../fixtures/export-graphs.ts';
import { xmlProblems } from '../fixtures/export-xml.ts';

const snapshot = trickySnapshot();
const xml = [...snapshotGexf(snapshot)].join('');

type XmlElement = Record<string, string | undefined>;
const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['node', 'edge', 'attribute', 'attributes', 'attvalue'].includes(name) }).parse(xml) as {
  gexf: XmlElement & { graph: XmlElement & { attributes: Array<{ class: string; attribute: XmlElement[] }>; nodes: { node: XmlElement[] }; edges: { edge: XmlElement[] } } };
};
const graphXml = parsed.gexf.graph;

describe('GEXF export', () => {
  it('is well-formed GEXF 1.3 with the viz namespace, dynamic, dated by day, directed', () => {
    expect(xmlProblems(xml)).toEqual([]);
    expect(parsed.gexf).toMatchObject({ xmlns: 'http://gexf.net/1.3', 'xmlns:viz': 'http://gexf.net/1.3/viz', version: '1.3' });
    expect(graphXml).toMatchObject({ mode: 'dynamic', timeformat: 'date', defaultedgetype: 'directed' });
  });

  it('declares typed attributes for nodes and edges', () => {
    const types = (cls: string) => Object.fromEntries(graphXml.attributes.find((a) => a.class === cls)!.attribute.map((a): [string, string | undefined] => [a.title ?? '', a.type]));
    expect(types('node')).toMatchObject({ kind: 'string', name: 'string', aliases: 'liststring', year: 'integer', length: 'integer', isSource: 'boolean' });
    expect(types('edge')).toMatchObject({ date: 'string', evidenceJson: 'string', addressees: 'liststring', count: 'integer' });
  });

  it('reads back with graphology-gexf: the same nodes, edges and attribute values', () => {
    const graph = gexf.parse(MultiDirectedGraph, xml);
    expect(graph.order).toBe(snapshot.nodes.length);
    expect(graph.size).toBe(snapshot.edges.length);
    for (const n of snapshot.nodes) {
      const { label, color, kind, ...props } = graph.getNodeAttributes(n.key);
      expect(label).toBe(n.attributes.name);
      expect(color).toBe(`rgb(${hexToRgb(KIND_COLORS[n.attributes.kind]).join(',')})`);
      expect(fromFlatProperties(kind as NodeKind, props), n.key).toEqual(n.attributes);
    }
    for (const e of snapshot.edges) {
      expect([graph.source(e.key), graph.target(e.key)]).toEqual([e.source, e.target]);
      const { label, kind, ...props } = graph.getEdgeAttributes(e.key);
      expect([label, kind]).toEqual([e.attributes.type, e.attributes.type]);
      expect(fromFlatProperties(kind as EdgeType, props), e.key).toEqual(e.attributes);
    }
    expect(graph.getNodeAttribute('person:tricky', 'name')).toBe(TRICKY);
    expect(graph.edges('state:usa', 'treaty:security-guarantees')).toHaveLength(2);
  });

  it('puts Meetings, claims and role tenures on the timeline, in days', () => {
    const node = (id: string) => graphXml.nodes.node.find((n) => n.id === id)!;
    const edge = (id: string) => graphXml.edges.edge.find((e) => e.id === id)!;
    const span = (el: XmlElement) => [el.start, el.end];
    expect(span(node('meeting:2022-01-21-geneva'))).toEqual(['2022-01-21', '2022-01-21']);
    expect(span(node('meeting:2022-01-09-geneva-dialogue'))).toEqual(['2022-01-09', '2022-01-10']);
    expect(span(node('meeting:undated'))).toEqual([undefined, undefined]);
    expect(span(node('person:sergey-lavrov'))).toEqual([undefined, undefined]);
    expect(span(edge('MET:person:tricky->person:sergey-lavrov'))).toEqual(['2022-01-01', '2022-12-31']);
    expect(span(edge('PROPOSED:state:russia->treaty:security-guarantees'))).toEqual(['2021-12-01', '2021-12-31']);
    expect(span(edge('PROPOSED:state:usa->treaty:security-guarantees'))).toEqual([undefined, undefined]);
    expect(span(edge('HOLDS_ROLE:person:antony-blinken->state:usa'))).toEqual(['2021-01-01', '2025-12-31']);
    expect(span(edge('HOLDS_ROLE:person:sergey-lavrov->state:russia'))).toEqual(['2004-03-09', undefined]);
    expect(edge('MET:person:tricky->person:sergey-lavrov').kind).toBe('MET');
  });
});

describe('dateInterval', () => {
  it('maps every ISO precision to the days it covers', () => {
    expect(dateInterval('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(dateInterval('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(dateInterval('2023-02')).toEqual({ start: '2023-02-01', end: '2023-02-28' });
    expect(dateInterval('2022-01-21')).toEqual({ start: '2022-01-21', end: '2022-01-21' });
    expect(dateInterval('2021-12/2022-01')).toEqual({ start: '2021-12-01', end: '2022-01-31' });
    expect(dateInterval('2022-01-09/2022-01-10')).toEqual({ start: '2022-01-09', end: '2022-01-10' });
  });

  it('gives null for dates that are not', () => {
    for (const bad of ['2022-13', '2023-02-29', '2022-01-10/2022-01-09', '22-01', '2022/2023/2024', '']) expect(dateInterval(bad), bad).toBeNull();
  });
});
