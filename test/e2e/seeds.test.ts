import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import { toArticle } from '../../ingest/article.ts';
import { splitSentences } from '../../ingest/segment/sentences.ts';
import { HAS_SHARED, runCli, SEEDS, tempDir } from '../helpers.ts';

// The user's sample corpus, referred to by line numbers so that none of its text is copied here.
// keep: body lines that must survive whole; drop: feeds, teasers, ads, credits that must leave no trace;
// partial: body lines carrying one furniture sentence (by index) that must go while the rest stays.
interface SeedCase {
  file: string;
  keep: number[];
  drop: number[];
  partial?: Array<{ line: number; dropSentence: number }>;
  published: string | null;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

const SEED_CASES: SeedCase[] = [
  { file: '000_083f13d4130b315b.txt', keep: [3, 8, 10, 12, 14, 16], drop: [1, 5, 6, ...range(18, 33)], published: '2022-01-21T13:38:00+03:00' },
  { file: '001_cac326ca777fe690.txt', keep: [1, 5, 7, 9, 11, 13], drop: [3, 17, 18], published: '2021-12-22T12:44:00+03:00' },
  {
    file: '002_9b20626796536a2e.txt',
    keep: [1, 4, 5, 6, 7, 8, 15, 17, 18, 19, 20, 21, 23, 25, 26, 28],
    drop: [2, 9, 10, 11, 12, 14, 22, 24, 27, ...range(29, 34)],
    partial: [{ line: 3, dropSentence: 1 }, { line: 13, dropSentence: 2 }],
    published: null,
  },
  {
    file: '003_e809c2cf25063854.txt',
    keep: [1, 3, 4, 5, 6, 7, 8, 9, 10, 12, 13],
    drop: [14],
    partial: [{ line: 2, dropSentence: 3 }],
    published: null,
  },
  {
    file: '004_11f0205b4ef0c6bd.txt',
    keep: [5, 10, 12, 14, 16, 22, 24, 26],
    drop: [1, 2, 3, 7, 8, 18, 19, 20, 28, 30, 32, 34, 36, 38, 40, 41, 42, ...range(46, 75)],
    published: null,
  },
];

const squash = (s: string) => s.replace(/\s+/g, ' ').trim();

describe.skipIf(!HAS_SHARED)('cleaning the seed articles (../shared/seeds)', () => {
  it.each(SEED_CASES)('$file', ({ file, keep, drop, partial = [], published }) => {
    const raw = readFileSync(join(SEEDS, file), 'utf8');
    const lines = raw.split('\n');
    const article = toArticle({ path: file, text: raw });
    const text = squash(article.text);
    expect(article.published).toBe(published);
    for (const n of keep) expect(text, `line ${n} must survive`).toContain(squash(lines[n - 1]!));
    const paragraphs = article.text.split('\n\n').map(squash);
    for (const n of drop) {
      const line = squash(lines[n - 1] ?? '');
      if (line === '') continue;
      expect(paragraphs, `line ${n} must go`).not.toContain(line);
      for (const { start, end } of splitSentences(line)) {
        const sentence = line.slice(start, end);
        // Short captions ("Энтони Блинкен") also occur in body sentences; longer ones prove a leak.
        if (sentence.length >= 25) expect(text, `line ${n} must go`).not.toContain(sentence);
      }
    }
    for (const { line: n, dropSentence } of partial) {
      const line = squash(lines[n - 1]!);
      splitSentences(line).forEach(({ start, end }, i) => {
        const sentence = line.slice(start, end).trim();
        if (i === dropSentence) expect(text, `line ${n} sentence ${i} must go`).not.toContain(sentence);
        else expect(text, `line ${n} sentence ${i} must survive`).toContain(sentence);
      });
    }
  });

  it('ingests the five seeds into a valid snapshot with five Article nodes', () => {
    const out = tempDir();
    const run = runCli(['ingest', SEEDS, '--out', out]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const snapshot = parseSnapshot(readFileSync(join(out, 'graph.json'), 'utf8'), 'graph.json');
    const articles = snapshot.nodes.filter((n) => n.attributes.kind === 'Article');
    expect(articles).toHaveLength(5);
    expect(articles.map((a) => (a.attributes.kind === 'Article' ? a.attributes.path : '')).sort()).toEqual(
      SEED_CASES.map((c) => join(SEEDS, c.file)),
    );
    const texts = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n');
    expect(texts).toHaveLength(5);
  });
});
