import { XMLParser } from 'fast-xml-parser';
import { MultiDirectedGraph } from 'graphology';
import graphml from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { fromFlatProperties } from '../../src/export/flat.ts';
import { snapshotGraphml } from '../../src/export/graphml.ts';
import type { EdgeType, NodeKind } from '../../src/schema/index.ts';
import { TRICKY, trickySnapshot } from '../fixtures/export-graphs.ts';
import { xmlProblems } from '../fixtures/export-xml.ts';

const snapshot = trickySnapshot();
const xml = [...snapshotGraphml(snapshot)].join('');

describe('GraphML export', () => {
  it('is well-formed, directed, with a typed key for every attribute', () => {
    expect(xmlProblems(xml)).toEqual([]);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => name === 'key' }).parse(xml) as {
      graphml: { xmlns: string; key: Array<Record<string, string>>; graph: { edgedefault: string } };
    };
    expect(doc.graphml.xmlns).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.graph.edgedefault).toBe('directed');
    const types = (cls: string) => Object.fromEntries(doc.graphml.key.filter((k) => k.for === cls).map((k): [string, string | undefined] => [k['attr.name'] ?? '', k['attr.type']]));
    expect(types('node')).toMatchObject({ kind: 'string', aliasesJson: 'string', year: 'int', length: 'int', isSource: 'boolean', duplicatesJson: 'string' });
    expect(types('edge')).toMatchObject({ type: 'string', evidenceJson: 'string', addresseesJson: 'string', count: 'int' });
    expect(types('graph')).toEqual({ schemaVersion: 'int', generator: 'string', createdAt: 'string' });
    const used = new Set([...xml.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]));
    expect([...used].every((id) => doc.graphml.key.some((k) => k.id === id))).toBe(true);
  });

  it('reads back with graphology-graphml: the same nodes, edges (parallel ones too) and values', () => {
    const graph = graphml.parse(MultiDirectedGraph, xml);
    expect(graph.order).toBe(snapshot.nodes.length);
    expect(graph.size).toBe(snapshot.edges.length);
    expect(graph.getAttributes()).toMatchObject({ schemaVersion: 1, generator: snapshot.attributes.generator, createdAt: snapshot.attributes.createdAt });
    for (const n of snapshot.nodes) {
      const { kind, ...props } = graph.getNodeAttributes(n.key);
      expect(fromFlatProperties(kind as NodeKind, props), n.key).toEqual(n.attributes);
    }
    for (const e of snapshot.edges) {
      expect([graph.source(e.key), graph.target(e.key)]).toEqual([e.source, e.target]);
      const { type, ...props } = graph.getEdgeAttributes(e.key);
      expect(fromFlatProperties(type as EdgeType, props), e.key).toEqual(e.attributes);
    }
    expect(graph.getNodeAttribute('person:tricky', 'name')).toBe(TRICKY);
    expect(graph.edges('state:usa', 'treaty:security-guarantees')).toHaveLength(2);
  });
});
