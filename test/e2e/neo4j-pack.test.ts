// Each query of the pack against an answer computed from the snapshot itself, in plain TypeScript.
import { beforeAll, expect, it } from 'vitest';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { loadSnapshot } from '../../src/neo4j/load.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { clearDatabase, configFor, describeNeo4j, runDiplograph } from '../support/neo4j.ts';

const snapshot: Snapshot = toSnapshot(smallGraph(), { generator: 'test', createdAt: '2024-01-01T00:00:00Z' });
const name = (key: string) => snapshot.nodes.find((n) => n.key === key)!.attributes.name;
const edgesOf = (type: string) => snapshot.edges.filter((e) => e.attributes.type === type);
const quotes = (e: Snapshot['edges'][number]) => ('evidence' in e.attributes ? (e.attributes.evidence ?? []) : []).map((ev) => ev.quote);

describeNeo4j('neo4j query pack: answers checked against the snapshot', (server) => {
  const config = configFor(server);
  const json = (...args: string[]): Array<Record<string, unknown>> => {
    const run = runDiplograph(server, ['query', ...args, '--json']);
    expect(run.stderr).toBe('');
    return run.stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  };

  beforeAll(async () => {
    await clearDatabase(config);
    await loadSnapshot(snapshot, config);
  });

  it('graph-summary counts every kind and type of the snapshot', () => {
    const rows = json('graph-summary');
    const tally = (element: string): Record<string, unknown> =>
      Object.fromEntries(rows.filter((r) => r['element'] === element).map((r) => [String(r['kind']), r['count']]));
    const nodes = tally('nodes');
    const rels = tally('relationships');
    for (const [kind, count] of Object.entries(snapshot.attributes.counts.nodes)) expect(nodes[kind], kind).toBe(count);
    for (const [type, count] of Object.entries(snapshot.attributes.counts.edges)) expect(rels[type], type).toBe(count);
  });

  it('proposals lists each PROPOSED edge with its addressees and quote', () => {
    const expected = edgesOf('PROPOSED').map((e) => ({ proposer: name(e.source), proposal: name(e.target), quote: quotes(e)[0] }));
    expect(json('proposals').map((r) => ({ proposer: r['proposer'], proposal: r['proposal'], quote: r['quote'] }))).toEqual(expected);
  });

  it('rejected-by lists what the actor rejected and who proposed it', () => {
    const rejected = edgesOf('REJECTED').filter((e) => e.source === 'person:antony-blinken');
    const rows = json('rejected-by', '--param', 'actor=Блинкен');
    expect(rows.map((r) => r['rejected'])).toEqual(rejected.map((e) => name(e.target)));
    const proposers = edgesOf('PROPOSED').filter((e) => e.target === rejected[0]!.target).map((e) => name(e.source));
    expect(rows[0]!['proposedBy']).toEqual(proposers);
  });

  it('edge-evidence returns every quote of the edges between two entities', () => {
    const between = snapshot.edges.filter(
      (e) => new Set([e.source, e.target]).has('person:sergey-lavrov') && new Set([e.source, e.target]).has('person:antony-blinken'),
    );
    expect(json('edge-evidence', '--param', 'a=Лавров', '--param', 'b=Блинкен').map((r) => r['quote'])).toEqual(between.flatMap(quotes));
  });

  it('co-participants of Лавров are the others of his meetings', () => {
    const meetings = edgesOf('PARTICIPATED_IN').filter((e) => e.source === 'person:sergey-lavrov').map((e) => e.target);
    const others = new Set(edgesOf('PARTICIPATED_IN').filter((e) => meetings.includes(e.target) && e.source !== 'person:sergey-lavrov').map((e) => name(e.source)));
    expect(new Set(json('co-participants', '--param', 'entity=Лавров').map((r) => r['coParticipant']))).toEqual(others);
  });

  it('entity-timeline of Лавров has every claim he is part of', () => {
    const types = new Set(['MET', 'PROPOSED', 'REJECTED', 'PARTICIPATED_IN', 'HOLDS_ROLE', 'HELD_IN']);
    const his = snapshot.edges.filter((e) => types.has(e.attributes.type) && (e.source === 'person:sergey-lavrov' || e.target === 'person:sergey-lavrov'));
    const rows = json('entity-timeline', '--param', 'entity=Лавров');
    expect(rows.map((r) => r['relation']).sort()).toEqual(his.map((e) => e.attributes.type).sort());
    expect(rows[0]!['relation']).toBe('HOLDS_ROLE');
  });

  it('entity-articles of Блинкен are the articles that mention him', () => {
    const articles = edgesOf('MENTIONED_IN').filter((e) => e.source === 'person:antony-blinken').map((e) => name(e.target));
    expect(json('entity-articles', '--param', 'entity=Блинкен').map((r) => r['article'])).toEqual(articles);
  });

  it('most-connected ranks actors by their claims', () => {
    const claimTypes = new Set(['MET', 'PROPOSED', 'REJECTED', 'PARTICIPATED_IN']);
    const count = new Map<string, number>();
    for (const e of snapshot.edges.filter((x) => claimTypes.has(x.attributes.type))) {
      for (const k of [e.source, e.target]) {
        const kind = snapshot.nodes.find((n) => n.key === k)!.attributes.kind;
        if (kind === 'Person' || kind === 'State' || kind === 'Organization') count.set(k, (count.get(k) ?? 0) + 1);
      }
    }
    const rows = json('most-connected', '--param', 'limit=10');
    expect(Object.fromEntries(rows.map((r) => [r['actor'], r['claims']]))).toEqual(Object.fromEntries([...count].map(([k, n]) => [name(k), n])));
  });
});
