import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { snapshotChunks } from '../../src/cli/commands/ingest-snapshot.ts';
import { snapshotJson } from '../../src/export/json.ts';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { countByType } from '../../src/graph/model.ts';
import { mergeStore } from '../../ingest/parallel/merge.ts';
import { MentionLog } from '../../ingest/parallel/mention-log.ts';
import { ExtractionStore } from '../../ingest/parallel/store.ts';
import { initMorph } from '../../ingest/morph/morph.ts';
import { CorpusGenerator, writeCorpus } from '../bench/corpus.ts';
import { snapshotText } from '../bench/ingest.ts';
import { jsonError, runCli, tempDir, type CliRun } from '../helpers.ts';

// More articles than one batch (16), so that worker threads really run.
async function corpus(dir: string): Promise<void> {
  await initMorph();
  await writeCorpus(join(dir, 'feed.jsonl'), 120, 7);
  mkdirSync(join(dir, 'pages'));
  const generator = new CorpusGenerator(11);
  for (let i = 0; i < 30; i++) {
    const a = generator.next(i);
    if (a.html) writeFileSync(join(dir, 'pages', `${a.id}.html`), a.html);
    else writeFileSync(join(dir, 'pages', `${a.id}.txt`), a.text ?? '');
  }
  copyFileSync(join(dir, 'pages', 'bench-3.txt'), join(dir, 'pages', 'repost-of-3.txt'));
}

describe('ingest --workers: the same output whatever the number of threads', () => {
  const dir = tempDir();
  const runs = new Map<number, { out: string; run: CliRun }>();

  beforeAll(async () => {
    await corpus(dir);
    for (const workers of [1, 3]) {
      const out = tempDir();
      runs.set(workers, { out, run: runCli(['ingest', dir, '--sample', '--out', out, '--workers', String(workers)]) });
    }
  }, 240_000);

  it('succeeds quietly with one thread and with three', () => {
    for (const { run } of runs.values()) {
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(run.stdout).toMatch(/^ingest: 156 articles read \(1 duplicate\), 0 inputs skipped/);
    }
  });

  it('writes byte-identical graph.json (but for createdAt), articles.jsonl, extractions.jsonl and summary', () => {
    const [one, three] = [runs.get(1)!, runs.get(3)!];
    expect(snapshotText(three.out)).toBe(snapshotText(one.out));
    for (const file of ['articles.jsonl', 'extractions.jsonl']) {
      expect(readFileSync(join(three.out, file), 'utf8'), file).toBe(readFileSync(join(one.out, file), 'utf8'));
    }
    expect(three.run.stdout.replace(three.out, '<out>')).toBe(one.run.stdout.replace(one.out, '<out>'));
  });

  it('streams graph.json with the bytes and checks of toSnapshot + snapshotJson', async () => {
    const store = await ExtractionStore.open(join(runs.get(1)!.out, 'extractions.jsonl'));
    await store.close();
    const graph = mergeStore(store);
    const meta = { generator: 'test', createdAt: '2024-05-01T12:00:00Z' };
    expect([...snapshotChunks(graph, meta)].join('')).toBe([...snapshotJson(toSnapshot(graph, meta))].join(''));
    graph.setNodeAttribute(graph.nodes()[0]!, 'name', '');
    expect(() => [...snapshotChunks(graph, meta)]).toThrow(/invalid snapshot/);
  });

  it('writes the same bytes when MENTIONED_IN edges were kept out of the graph (MentionLog)', async () => {
    const store = await ExtractionStore.open(join(runs.get(1)!.out, 'extractions.jsonl'));
    await store.close();
    const full = mergeStore(store);
    const mentions = new MentionLog();
    const lean = mergeStore(store, undefined, mentions);
    expect(lean.filterEdges((_e, a) => a.type === 'MENTIONED_IN')).toEqual([]);
    expect(mentions.size).toBe(full.filterEdges((_e, a) => a.type === 'MENTIONED_IN').length);
    expect(mentions.size).toBeGreaterThan(0);
    expect(Object.entries(mentions.countByType(lean))).toEqual(Object.entries(countByType(full)));
    const meta = { generator: 'test', createdAt: '2024-05-01T12:00:00Z' };
    expect([...snapshotChunks(lean, meta, mentions)].join('')).toBe([...snapshotChunks(full, meta)].join(''));
  });
});

describe('ingest --workers 2: bad inputs are still reported one line each, in input order', () => {
  const dir = tempDir();
  let one: CliRun;
  let two: CliRun;

  beforeAll(async () => {
    await initMorph();
    const generator = new CorpusGenerator(5);
    const plain = (i: number) => {
      for (;;) {
        const a = generator.next(i);
        if (a.text) return JSON.stringify(a);
      }
    };
    const lines: string[] = [];
    for (let i = 0; i < 60; i++) {
      if (i === 10) lines.push('{"id": 10, "text": "обрыв');
      else if (i === 30) lines.push(JSON.stringify({ id: 30, title: 'Без текста' }));
      else if (i === 45) lines.push(JSON.stringify({ id: 45, text: 'Другие новости\nКурс доллара на 1 июня Экономика, 10:00\n' }));
      else lines.push(plain(i));
    }
    writeFileSync(join(dir, 'a-feed.jsonl'), `${lines.join('\n')}\n`);
    writeFileSync(join(dir, 'b-empty.txt'), '');
    writeFileSync(join(dir, 'c-photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
    writeFileSync(join(dir, 'd-only-feed.txt'), 'Другие новости\nПогода в Москве Общество, 09:30\n');
    writeFileSync(join(dir, 'e-slides.pdf'), '%PDF-1.4');
    one = runCli(['ingest', dir, join(dir, 'missing'), '--out', tempDir(), '--workers', '1']);
    two = runCli(['ingest', dir, join(dir, 'missing'), '--out', tempDir(), '--workers', '2']);
  }, 240_000);

  it('reports every bad input once, as with one thread', () => {
    const lines = two.stderr.trim().split('\n');
    expect(lines).toEqual([
      `diplograph: skipped ${join(dir, 'a-feed.jsonl')}:11: invalid JSON (${jsonError('{"id": 10, "text": "обрыв')})`,
      `diplograph: skipped ${join(dir, 'a-feed.jsonl')}:31: invalid record: needs a non-empty "text" or "html" field`,
      `diplograph: skipped ${join(dir, 'a-feed.jsonl')}:46: no article text left after cleaning (only headlines, feeds or page furniture)`,
      `diplograph: skipped ${join(dir, 'b-empty.txt')}: empty file`,
      `diplograph: skipped ${join(dir, 'c-photo.txt')}: binary file, not text`,
      `diplograph: skipped ${join(dir, 'd-only-feed.txt')}: no article text left after cleaning (only headlines, feeds or page furniture)`,
      `diplograph: skipped ${join(dir, 'e-slides.pdf')}: unknown extension (expected .txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson)`,
      `diplograph: skipped ${join(dir, 'missing')}: cannot read: no such file or directory`,
    ]);
    expect(two.stderr).toBe(one.stderr);
    expect(two.status).toBe(0);
    expect(two.stdout).toMatch(/^ingest: 57 articles read \(\d+ duplicates?\), 8 inputs skipped/);
  });
});

