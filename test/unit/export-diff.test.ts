import { describe, expect, it } from 'vitest';
import { deepEqual, diffSnapshots, diffSummary, isEmptyDiff } from '../../src/graph/diff.ts';
import { edgeKey, type KnowledgeGraph } from '../../src/graph/model.ts';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { META } from '../fixtures/export-graphs.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

const ARTICLE = 'article:0123456789abcdef';
const snap = (g: KnowledgeGraph) => toSnapshot(g, META);
const mention = (g: KnowledgeGraph, entity: string, article: string, count: number) =>
  g.addDirectedEdgeWithKey(edgeKey('MENTIONED_IN', entity, article), entity, article, { type: 'MENTIONED_IN', count });

describe('diff', () => {
  it('finds nothing between equal snapshots', () => {
    const diff = diffSnapshots(snap(smallGraph()), snap(smallGraph()));
    expect(isEmptyDiff(diff)).toBe(true);
    expect(diffSummary(diff)).toBe('+0 nodes, -0 nodes, ~0 nodes changed; +0 edges, -0 edges, ~0 edges changed');
  });

  it('finds an added article and its mentions', () => {
    const b = smallGraph();
    b.addNode('article:aaaaaaaaaaaaaaaa', {
      kind: 'Article', name: 'Новая статья', path: 'new.txt', title: 'Новая статья', published: null, outlet: null, hash: 'a'.repeat(64), length: 100,
    });
    mention(b, 'person:sergey-lavrov', 'article:aaaaaaaaaaaaaaaa', 2);
    const diff = diffSnapshots(snap(smallGraph()), snap(b));
    expect(diff.nodes.added.map((n) => n.key)).toEqual(['article:aaaaaaaaaaaaaaaa']);
    expect(diff.edges.added.map((e) => [e.key, e.source, e.target])).toEqual([
      ['MENTIONED_IN:person:sergey-lavrov->article:aaaaaaaaaaaaaaaa', 'person:sergey-lavrov', 'article:aaaaaaaaaaaaaaaa'],
    ]);
    expect([diff.nodes.removed, diff.nodes.changed, diff.edges.removed, diff.edges.changed]).toEqual([[], [], [], []]);
    expect(diffSummary(diff)).toBe('+1 node, -0 nodes, ~0 nodes changed; +1 edge, -0 edges, ~0 edges changed');
  });

  it('shows a merged entity: one Person gone, the other with more aliases, mentions moved', () => {
    const a = smallGraph();
    a.addNode('person:s-lavrov', { kind: 'Person', name: 'С. Лавров', aliases: ['С. Лавров'] });
    mention(a, 'person:s-lavrov', ARTICLE, 1);
    const b = smallGraph();
    b.updateNodeAttributes('person:sergey-lavrov', (p) => ({ ...p, aliases: ['Лавров', 'Сергей Лавров', 'С. Лавров'] }));
    b.updateEdgeAttributes(edgeKey('MENTIONED_IN', 'person:sergey-lavrov', ARTICLE), (m) => ({ ...m, count: 2 }));
    const diff = diffSnapshots(snap(a), snap(b));
    expect(diff.nodes.removed.map((n) => n.key)).toEqual(['person:s-lavrov']);
    expect(diff.nodes.changed).toEqual([
      { key: 'person:sergey-lavrov', changes: [{ attribute: 'aliases', old: ['Лавров', 'Сергей Лавров'], new: ['Лавров', 'Сергей Лавров', 'С. Лавров'] }] },
    ]);
    expect(diff.edges.removed.map((e) => e.key)).toEqual([edgeKey('MENTIONED_IN', 'person:s-lavrov', ARTICLE)]);
    expect(diff.edges.changed).toEqual([{ key: edgeKey('MENTIONED_IN', 'person:sergey-lavrov', ARTICLE), changes: [{ attribute: 'count', old: 1, new: 2 }] }]);
    expect([diff.nodes.added, diff.edges.added]).toEqual([[], []]);
    expect(diffSummary(diff)).toBe('+0 nodes, -1 node, ~1 node changed; +0 edges, -1 edge, ~1 edge changed');
  });

  it('finds a removed edge', () => {
    const b = smallGraph();
    const rejected = edgeKey('REJECTED', 'person:antony-blinken', 'treaty:security-guarantees');
    b.dropEdge(rejected);
    const diff = diffSnapshots(snap(smallGraph()), snap(b));
    expect(diff.edges.removed.map((e) => e.key)).toEqual([rejected]);
    expect(diff.edges.removed[0]?.attributes.type).toBe('REJECTED');
    expect(diffSummary(diff)).toBe('+0 nodes, -0 nodes, ~0 nodes changed; +0 edges, -1 edge, ~0 edges changed');
  });

  it('reports an attribute that appears or disappears without the missing side', () => {
    const b = smallGraph();
    b.updateNodeAttributes('org:mfa-russia', (o) => ({ ...o, wikidata: 'Q1055883' }));
    b.updateNodeAttributes('place:geneva', (p) => ({ ...p, nameEn: undefined }));
    const changes = Object.fromEntries(diffSnapshots(snap(smallGraph()), snap(b)).nodes.changed.map((c) => [c.key, c.changes]));
    expect(changes).toEqual({
      'org:mfa-russia': [{ attribute: 'wikidata', new: 'Q1055883' }],
      'place:geneva': [{ attribute: 'nameEn', old: 'Geneva' }],
    });
  });

  it('compares values structurally, ignoring key order', () => {
    expect(deepEqual({ a: 1, b: [1, { c: 2, d: 3 }] }, { b: [1, { d: 3, c: 2 }], a: 1 })).toBe(true);
    expect(deepEqual([1, 2], [2, 1])).toBe(false);
    expect(deepEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(deepEqual(null, {})).toBe(false);
    expect(deepEqual([], {})).toBe(false);
  });
});
