// Cluster-level pair scoring of test/eval/pairs.ts and met.ts on hand-made examples (no evaluation data).
import { describe, expect, it } from 'vitest';
import { collectPairs } from '../eval/met.ts';
import { groupClaims, pairFits, scorePairs, type Cluster, type GoldPair } from '../eval/pairs.ts';

// Two participants, each a coreference cluster with a name and a later pronoun-like mention.
const A: Cluster = { id: 'a', mentions: [{ start: 0, end: 10 }, { start: 50, end: 53 }] };
const B: Cluster = { id: 'b', mentions: [{ start: 20, end: 30 }] };
const C: Cluster = { id: 'c', mentions: [{ start: 60, end: 70 }] };
const AB: GoldPair = { a: A, b: B };

const end = (start: number, stop: number, entity: string) => ({ start, end: stop, text: 'x'.repeat(stop - start), entity });

describe('MET pairs', () => {
  it('matches in either direction, at any mention of the cluster, by overlap', () => {
    const [pred] = groupClaims([{ source: end(21, 28, 'person:b'), target: end(50, 53, 'person:a') }]);
    expect(pred && pairFits(pred, AB)).toBe(true);
  });

  it('does not match when one side hits no mention of the pair', () => {
    const [pred] = groupClaims([{ source: end(0, 10, 'person:a'), target: end(60, 70, 'person:c') }]);
    expect(pred && pairFits(pred, AB)).toBe(false);
  });

  it('does not match a pair whose two sides fall into the same cluster', () => {
    const [pred] = groupClaims([{ source: end(0, 10, 'person:a'), target: end(50, 53, 'person:a2') }]);
    expect(pred && pairFits(pred, AB)).toBe(false);
  });

  it('groups claims about the same two entities into one predicted pair, whatever their order', () => {
    const pairs = groupClaims([
      { source: end(0, 10, 'person:a'), target: end(20, 30, 'person:b') },
      { source: end(20, 30, 'person:b'), target: end(50, 53, 'person:a') },
    ]);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]?.claims).toHaveLength(2);
  });

  it('scores one to one: precision over predicted pairs, recall over gold pairs', () => {
    const pred = groupClaims([
      { source: end(0, 10, 'person:a'), target: end(20, 30, 'person:b') },
      { source: end(0, 10, 'person:a'), target: end(60, 70, 'person:c') },
    ]);
    expect(scorePairs([{ pred, gold: [AB] }])).toEqual({ gold: 1, pred: 2, matched: 1 });
    expect(scorePairs([{ pred, gold: [AB, { a: A, b: C }] }])).toEqual({ gold: 2, pred: 2, matched: 2 });
    expect(scorePairs([{ pred: [], gold: [AB] }])).toEqual({ gold: 1, pred: 0, matched: 0 });
  });

  it('reads MET claims from the claims output, counting malformed ones', () => {
    const { pairs, malformed } = collectPairs([
      {
        id: 'd1',
        claims: [
          { type: 'MET', source: end(0, 10, 'person:a'), target: end(20, 30, 'person:b') },
          { type: 'PROPOSED', source: end(0, 10, 'person:a'), target: end(60, 70, 'treaty:t') },
          { type: 'MET', source: { start: 'zero' }, target: end(20, 30, 'person:b') },
        ],
      },
      { nothing: true },
    ]);
    expect(pairs.get('d1')).toHaveLength(1);
    expect(malformed).toBe(2);
  });
});
