import { once } from 'node:events';
import { createWriteStream, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorph } from '../../ingest/morph/morph.ts';
import { CorpusGenerator } from '../bench/corpus.ts';
import { mib, runMeasured, type MeasuredRun } from '../bench/ingest.ts';
import { tempDir } from '../helpers.ts';

// A smoke check of streaming, not a timing: 2,500 generated articles, each dragging ~45 KB of news feed
// that cleaning drops — a JSONL of ~110 MB, ~220 MB as JavaScript strings. Read whole, the texts alone
// would pass the bound; streamed, memory is the extraction threads (~0.3-0.4 GB each, whatever the
// corpus) plus the graph, which only the kept text feeds.
const ARTICLES = 2_500;
const FEED_LINES = 900;
const BOUND = 1.25 * 2 ** 30;

describe('ingest streams a large JSONL in bounded memory', () => {
  const dir = tempDir();
  const file = join(dir, 'big.jsonl');
  const out = tempDir();
  let run: MeasuredRun;

  beforeAll(async () => {
    await initMorph();
    const generator = new CorpusGenerator(21);
    const stream = createWriteStream(file);
    const feed = Array.from({ length: FEED_LINES }, (_, i) => `Синоптики пообещали теплые выходные в регионе номер ${i} Сегодня в ${10 + (i % 12)}:${String(i % 60).padStart(2, '0')}`).join('\n');
    for (let i = 0; i < ARTICLES; i++) {
      const a = generator.next(i);
      const record = a.text ? { ...a, text: `${a.text}\n\nЛента новостей\n${feed}` } : a;
      if (!stream.write(`${JSON.stringify(record)}\n`)) await once(stream, 'drain');
    }
    stream.end();
    await once(stream, 'finish');
    run = await runMeasured(['ingest', file, '--out', out, '--workers', '2'], { timeoutMs: 600_000 });
  }, 900_000);

  it(`reads every article with a peak RSS under ${mib(BOUND)}`, () => {
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^ingest: ${ARTICLES} articles read`));
    expect(statSync(file).size).toBeGreaterThan(100 * 2 ** 20);
    expect(run.maxRss, `peak RSS ${mib(run.maxRss)}`).toBeGreaterThan(0);
    expect(run.maxRss, `peak RSS ${mib(run.maxRss)}`).toBeLessThan(BOUND);
  });

  it('writes the cleaned texts, without the feeds', () => {
    const texts = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n');
    expect(texts.length).toBe(ARTICLES);
    expect(texts.some((t) => t.includes('Синоптики пообещали'))).toBe(false);
  });
});
