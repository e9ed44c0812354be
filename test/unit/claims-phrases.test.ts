import { beforeAll, describe, expect, it } from 'vitest';
import { initMorph } from '../../ingest/morph/morph.ts';
import { graphOf, type RawDoc } from '../eval/fixture-graph.ts';

beforeAll(() => initMorph());

const doc = (text: string): RawDoc => ({ id: 'a', text: `Заголовок новости\n\n${text}`, published: '2024-03-14T10:00:00+03:00' });

describe('claims read from real news', () => {
  it('ends a proposal on its last content word, not on a preposition cut before a date', async () => {
    const g = await graphOf([doc('Президент США Джо Байден призвал вернуться на Луну к 2030 году.')]);
    const names = g.filterEdges((_e, a) => a.type === 'PROPOSED').map((e) => g.getNodeAttribute(g.target(e), 'name'));
    expect(names).toEqual(['вернуться на Луну']);
  });
});
