import { describe, expect, it } from 'vitest';
import { countByType, createGraph, edgeKey } from '../../src/graph/model.ts';
import { mergeSorted, MentionLog, type EdgeEntry } from '../../ingest/parallel/mention-log.ts';

// Sources that are prefixes of one another, and one holding "->", are where ordering by source first could
// differ from ordering by the whole key.
const SOURCES = ['person:ivan', 'person:ivan-petrov', 'person:ivan-', 'state:a->b', 'state:a', 'org:x'];
const ARTICLES = ['article:0f', 'article:a1', 'article:-b', 'article:>c', 'article:00'];

function build(withLog: boolean) {
  const graph = createGraph();
  const log = withLog ? new MentionLog() : null;
  for (const a of ARTICLES) graph.addNode(a, { kind: 'Article', name: a, path: a, title: null, published: null, outlet: null, hash: 'x', length: 1 });
  for (const s of SOURCES) graph.addNode(s, { kind: 'Person', name: s });
  graph.addDirectedEdgeWithKey(edgeKey('MET', SOURCES[0]!, SOURCES[1]!, 'm'), SOURCES[0]!, SOURCES[1]!, { type: 'MET', date: null, evidence: [], meeting: 'm' });
  let n = 0;
  for (const a of ARTICLES) {
    for (const s of SOURCES) {
      const count = (n++ % 3) + 1;
      if (log) log.add(graph, s, a, count);
      else graph.addDirectedEdgeWithKey(edgeKey('MENTIONED_IN', s, a), s, a, { type: 'MENTIONED_IN', count });
    }
  }
  graph.addDirectedEdgeWithKey(edgeKey('PART_OF', SOURCES[5]!, SOURCES[4]!), SOURCES[5]!, SOURCES[4]!, { type: 'PART_OF' });
  return { graph, log };
}

describe('MentionLog', () => {
  it('lists its edges in key order, with the attributes the graph would hold', () => {
    const { graph } = build(false);
    const { log } = build(true);
    const expected = graph
      .filterEdges((_e, a) => a.type === 'MENTIONED_IN')
      .sort()
      .map((key) => ({ key, source: graph.source(key), target: graph.target(key), attributes: graph.getEdgeAttributes(key) }));
    expect([...log!.sorted()]).toEqual(expected);
  });

  it('counts edges by type in the order the graph holding them would', () => {
    const { graph } = build(false);
    const lean = build(true);
    expect(Object.entries(lean.log!.countByType(lean.graph))).toEqual(Object.entries(countByType(graph)));
    const empty = new MentionLog();
    expect(Object.entries(empty.countByType(lean.graph))).toEqual([['MET', 1], ['PART_OF', 1]]);
  });

  it('merges two sorted edge streams into one', () => {
    const entry = (key: string): EdgeEntry => ({ key, source: 's', target: 't', attributes: { type: 'PART_OF' } });
    const merged = [...mergeSorted(['a', 'c', 'd'].map(entry), ['b', 'e'].map(entry))].map((e) => e.key);
    expect(merged).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
