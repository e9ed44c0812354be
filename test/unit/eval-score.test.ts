// Span scoring of test/eval/score.ts on small hand-made examples (no evaluation data).
import { describe, expect, it } from 'vitest';
import { FACTRU, NEREL, NEREL_MERGED } from '../eval/corpus.ts';
import { maxMatching, overlaps, prf, relabel, sameSpan, scoreNer, type Labeled } from '../eval/score.ts';

const m = (start: number, end: number, type = 'Person'): Labeled => ({ start, end, type });

describe('span predicates', () => {
  it('tells exact from overlapping spans', () => {
    expect(sameSpan(m(0, 5), m(0, 5))).toBe(true);
    expect(sameSpan(m(0, 5), m(0, 6))).toBe(false);
    expect(overlaps(m(0, 5), m(4, 9))).toBe(true);
    expect(overlaps(m(0, 5), m(5, 9))).toBe(false); // touching is not sharing a character
    expect(overlaps(m(3, 3), m(0, 9))).toBe(false); // an empty span overlaps nothing
  });
});

describe('one-to-one matching', () => {
  it('counts a long prediction over two gold mentions once', () => {
    expect(maxMatching([m(0, 20)], [m(0, 5), m(10, 20)], overlaps)).toBe(1);
  });

  it('counts two predictions inside one gold mention once', () => {
    const score = scoreNer([{ pred: [m(0, 4), m(5, 9)], gold: [m(0, 9)] }], ['Person']);
    expect(score.micro).toMatchObject({ pred: 2, gold: 1, exact: 0, overlap: 1 });
  });

  it('finds the maximum matching where a greedy one would miss a pair', () => {
    // the first prediction overlaps both gold mentions, the second only the first gold mention
    expect(maxMatching([m(0, 20), m(0, 3)], [m(0, 5), m(10, 20)], overlaps)).toBe(2);
  });

  it('matches duplicates one to one', () => {
    expect(maxMatching([m(0, 5), m(0, 5)], [m(0, 5)], sameSpan)).toBe(1);
  });
});

describe('precision, recall, F1', () => {
  it('scores exact and overlap per type', () => {
    const gold = [m(0, 6), m(10, 15, 'Organization'), m(20, 25, 'Organization')];
    const pred = [m(0, 6), m(10, 14, 'Organization'), m(30, 35, 'Organization')];
    const score = scoreNer([{ pred, gold }], ['Person', 'Organization']);
    expect(score.types.map((c) => [c.label, c.gold, c.pred, c.exact, c.overlap])).toEqual([
      ['Person', 1, 1, 1, 1],
      ['Organization', 2, 2, 0, 1],
    ]);
    expect(score.micro).toMatchObject({ gold: 3, pred: 3, exact: 1, overlap: 2 });
    expect(prf(score.micro.exact, score.micro.pred, score.micro.gold).f1).toBeCloseTo(1 / 3);
  });

  it('counts a wrong type as a false positive and a false negative, but as a match when types are ignored', () => {
    const score = scoreNer([{ pred: [m(0, 6, 'Organization')], gold: [m(0, 6, 'Person')] }], ['Person', 'Organization']);
    expect(score.micro).toMatchObject({ gold: 1, pred: 1, exact: 0 });
    expect(score.untyped).toMatchObject({ gold: 1, pred: 1, exact: 1 });
  });

  it('handles empty predictions: precision undefined, recall and F1 zero', () => {
    const score = scoreNer([{ pred: [], gold: [m(0, 6)] }], ['Person']);
    expect(prf(score.micro.exact, score.micro.pred, score.micro.gold)).toEqual({ precision: null, recall: 0, f1: 0 });
    expect(prf(0, 0, 0)).toEqual({ precision: null, recall: null, f1: null });
  });

  it('leaves types outside the scored ones out on both sides', () => {
    const score = scoreNer([{ pred: [m(0, 6, 'Treaty')], gold: [m(0, 6, 'DATE')] }], ['Person']);
    expect(score.micro).toMatchObject({ gold: 0, pred: 0 });
    expect(score.untyped).toMatchObject({ gold: 0, pred: 0 });
  });
});

describe('type mapping', () => {
  const raw = (type: string) => ({ start: 0, end: 5, type });

  it('maps factRu types: LocOrg and Location are one Location, Project is dropped', () => {
    const gold = ['Person', 'Org', 'Location', 'LocOrg', 'Project'].map(raw);
    expect(relabel(gold, FACTRU.gold).map((x) => x.type)).toEqual(['Person', 'Organization', 'Location', 'Location']);
    expect(relabel(['State', 'Place', 'Treaty'].map(raw), FACTRU.pred).map((x) => x.type)).toEqual(['Location', 'Location']);
  });

  it('maps NEREL types finely, or merged for systems that only know LOC', () => {
    const gold = ['PERSON', 'COUNTRY', 'CITY', 'ORGANIZATION', 'STATE_OR_PROVINCE', 'constructor'].map(raw);
    expect(relabel(gold, NEREL.gold).map((x) => x.type)).toEqual(['Person', 'State', 'Place', 'Organization']);
    expect(relabel(gold, NEREL_MERGED.gold).map((x) => x.type)).toEqual(['Person', 'Location', 'Location', 'Organization']);
    expect(relabel([raw('Location')], NEREL.pred)).toEqual([]);
    expect(relabel([raw('Location')], NEREL_MERGED.pred).map((x) => x.type)).toEqual(['Location']);
  });

  it('scores nested gold mentions both (a state inside an organization)', () => {
    const gold = relabel([{ start: 0, end: 15, type: 'ORGANIZATION' }, { start: 9, end: 15, type: 'COUNTRY' }], NEREL.gold);
    const pred = [m(0, 15, 'Organization')];
    const score = scoreNer([{ pred, gold }], NEREL.types);
    expect(score.micro).toMatchObject({ gold: 2, pred: 1, exact: 1 });
  });
});
