import { describe, expect, it } from 'vitest';
import { hostAllowed } from '../../viewer/server/headers.ts';
import { resolveStatic } from '../../viewer/server/static.ts';
import { buildDataIndex } from '../../viewer/src/data-index.ts';
import { dayKey } from '../../viewer/src/dates.ts';
import { SearchIndex } from '../../viewer/src/search-index.ts';
import { initialState } from '../../viewer/src/store.ts';
import { normalizeForSearch } from '../../viewer/src/text.ts';
import { cueRange } from '../../viewer/src/ui/evidence.ts';
import { computeVisibility, parallelLabels } from '../../viewer/src/visibility.ts';
import { LAVROV, TIME_STOPS, viewerGraph } from '../fixtures/viewer-graph.ts';

describe('viewer: search', () => {
  const graph = viewerGraph();
  const index = new SearchIndex(graph);

  it.each([
    ['Лавро́ва', 'лаврова'],
    ['  ЁЖИК  в тумане ', 'ежик в тумане'],
    ['Çavuşoğlu', 'cavusoglu'],
    ['Сергей Шойгу', 'сергей шойгу'],
  ])('normalizes %j', (text, normalized) => expect(normalizeForSearch(text)).toBe(normalized));

  it.each(['Лаврова', 'ЛАВРОВУ', 'лавр', 'Sergey', 'lavrov', 'Q40188', 'сергей лав'])('finds Сергей Лавров by %j', (query) => {
    expect(index.query(query)[0]?.key).toBe(LAVROV);
  });

  it('finds a person by an inflected form the articles never used, by its stem', () => {
    const hits = index.query('Лавровым');
    expect(hits[0]?.key).toBe(LAVROV);
    expect(index.query('Блинкеном')[0]?.key).toBe('person:antony-blinken');
    expect(index.query('Ыыыыыыа')).toEqual([]);
  });

  it('ranks an exact form over a prefix over a word, then by degree', () => {
    expect(index.query('Ван И').map((h) => h.key)[0]).toBe('person:wang-yi');
    expect(index.query('в').length).toBeGreaterThan(3);
    expect(index.query('')).toEqual([]);
    expect(index.query('Мевлют Чав')[0]?.key).toBe('person:mevlut-cavusoglu');
    expect(index.query('cavus')[0]?.key).toBe('person:mevlut-cavusoglu');
    expect(index.query('Mevlüt Çavuşoğlu')[0]?.key).toBe('person:mevlut-cavusoglu');
  });
});

describe('viewer: visibility', () => {
  const graph = viewerGraph();
  const index = buildDataIndex(graph);

  it('turns dates of any precision into the first day they cover', () => {
    expect(['2022', '2021-12', '2022-01-21', '2022-01-09/2022-01-10'].map(dayKey)).toEqual(['2022-01-01', '2021-12-01', '2022-01-21', '2022-01-09']);
    expect(index.days).toEqual(['2021-12-01', '2022-01-21', '2022-03-30', '2023-02-15']);
  });

  it.each(TIME_STOPS)('time stop $stop shows $nodes nodes and $edges edges', ({ stop, nodes, edges }) => {
    const v = computeVisibility(graph, index, { ...initialState(index.days.length), timeStop: stop });
    expect([v.nodes.size, v.edges.size]).toEqual([nodes, edges]);
  });

  it('labels one of several edges between the same two nodes with all their types', () => {
    const g = viewerGraph();
    const met = g.getEdgeAttributes(`MET:${LAVROV}->person:antony-blinken`);
    g.addDirectedEdgeWithKey('MET:again', 'person:antony-blinken', LAVROV, { ...met, date: '2022-02-01' } as typeof met);
    const v = computeVisibility(g, buildDataIndex(g), initialState(5));
    const { labels, carrier } = parallelLabels(g, v.edges);
    expect([...labels.values()]).toEqual(['MET ×2']);
    expect(new Set(carrier.values()).size).toBe(1);
    expect(carrier.size).toBe(2);
  });
});

describe('viewer: evidence cues', () => {
  const ev = { article: 'a', quote: 'Блинкен отклонил это предложение.', start: 100, end: 133 };
  it('places the cue by its absolute offsets, or by its text when they disagree', () => {
    expect(cueRange({ ...ev, cue: { text: 'отклонил', start: 108, end: 116 } })).toEqual([8, 16]);
    expect(cueRange({ ...ev, cue: { text: 'отклонил', start: 8, end: 16 } })).toEqual([8, 16]);
    expect(cueRange({ ...ev, cue: { text: 'принял', start: 8, end: 14 } })).toBeNull();
    expect(cueRange(ev)).toBeNull();
  });
});

describe('viewer server: what it will serve', () => {
  it('keeps static paths inside the app folder', () => {
    expect(resolveStatic('/app/dist', '/')).toBe('/app/dist/index.html');
    expect(resolveStatic('/app/dist', '/assets/x.js')).toBe('/app/dist/assets/x.js');
    // Traversal either fails or is clamped at the root: nothing outside it is ever named.
    for (const path of ['/../secret', '/..%2f..%2fsecret', '/%2e%2e/%2e%2e/secret', '/a/../../secret', '/..\\..\\secret']) {
      expect(resolveStatic('/app/dist', path) ?? '/app/dist/').toMatch(/^\/app\/dist\//);
    }
    expect(resolveStatic('/app/dist', '/%00')).toBeNull();
    expect(resolveStatic('/app/dist', '/%E0%A4%A')).toBeNull();
  });

  it('answers only loopback Host names when bound to loopback', () => {
    expect(hostAllowed('127.0.0.1', '127.0.0.1:5178')).toBe(true);
    expect(hostAllowed('127.0.0.1', 'localhost:5178')).toBe(true);
    expect(hostAllowed('127.0.0.1', '[::1]:5178')).toBe(true);
    expect(hostAllowed('127.0.0.1', 'evil.example:5178')).toBe(false);
    expect(hostAllowed('127.0.0.1', '127.0.0.1.evil.example')).toBe(false);
    expect(hostAllowed('127.0.0.1', undefined)).toBe(false);
    expect(hostAllowed('0.0.0.0', 'anything')).toBe(true);
  });
});
