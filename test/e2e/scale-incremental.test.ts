import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorph } from '../../ingest/morph/morph.ts';
import { writeCorpus } from '../bench/corpus.ts';
import { snapshotText } from '../bench/ingest.ts';
import { HAS_SHARED, ROOT, runCli, SEEDS, tempDir } from '../helpers.ts';

// Two halves of a corpus: A (generated JSONL and the seeds when present) and B (more generated articles
// and the sample). Meetings reported in both halves must merge the same way whichever half came first.
describe('ingest --into: adding articles equals ingesting them all at once', () => {
  const dir = tempDir();
  const a = join(dir, 'a.jsonl');
  const b = join(dir, 'b.jsonl');
  const halfA = HAS_SHARED ? [a, SEEDS] : [a];
  const halfB = [b, join(ROOT, 'ingest/sample')];
  const incremental = tempDir();
  const full = tempDir();
  const reversed = tempDir();

  const ok = (args: string[]) => {
    const run = runCli(args);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return run;
  };

  beforeAll(async () => {
    await initMorph();
    // Same seed, different ranges: the halves share people, places and days, so meetings span both.
    await writeCorpus(a, 60, 3, 0);
    await writeCorpus(b, 60, 3, 60);
    ok(['ingest', ...halfA, '--out', incremental]);
    ok(['ingest', ...halfB, '--into', incremental]);
    ok(['ingest', ...halfA, ...halfB, '--out', full]);
    ok(['ingest', ...halfB, ...halfA, '--out', reversed, '--workers', '1']);
  }, 240_000);

  it('ingest A, then --into with B, gives the snapshot of ingesting A and B together', () => {
    expect(snapshotText(incremental)).toBe(snapshotText(full));
  });

  it('does not depend on the order the inputs come in', () => {
    expect(snapshotText(reversed)).toBe(snapshotText(full));
  });

  it('keeps every cleaned text, once', () => {
    const keys = (out: string) => readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys(incremental).sort()).toEqual(keys(full).sort());
    expect(new Set(keys(incremental)).size).toBe(keys(incremental).length);
  });

  it('skips the articles the directory already holds, and changes nothing when all are there', () => {
    const again = tempDir();
    cpSync(incremental, again, { recursive: true });
    const run = ok(['ingest', ...halfA, '--into', again]);
    expect(run.stdout).toMatch(/added to .*: 0 new articles, \d+ already there/);
    expect(snapshotText(again)).toBe(snapshotText(incremental));
    expect(readFileSync(join(again, 'extractions.jsonl'), 'utf8')).toBe(readFileSync(join(incremental, 'extractions.jsonl'), 'utf8'));
  });

  it('extract on two "machines", then merge, gives the same snapshot again', () => {
    const parts = tempDir();
    ok(['extract', ...halfB, '--out', join(parts, 'b.jsonl')]);
    ok(['extract', ...halfA, '--out', join(parts, 'a.jsonl'), '--workers', '1']);
    const merged = tempDir();
    ok(['merge', join(parts, 'b.jsonl'), join(parts, 'a.jsonl'), '--out', merged]);
    expect(snapshotText(merged)).toBe(snapshotText(full));
  });

  it('leaves the directory as it was when a run fails, with no partial files', () => {
    const target = tempDir();
    cpSync(incremental, target, { recursive: true });
    const before = readdirSync(target).map((f) => [f, readFileSync(join(target, f), 'utf8')]);
    const run = runCli(['ingest', join(dir, 'missing.txt'), '--into', target]);
    expect(run.status).toBe(1);
    expect(run.stderr.trim().split('\n').at(-1)).toBe('diplograph: ingest: nothing could be ingested (1 input skipped)');
    expect(readdirSync(target).map((f) => [f, readFileSync(join(target, f), 'utf8')])).toEqual(before);
  });

  it('refuses --into a directory without a snapshot, and --out with --into', () => {
    const empty = tempDir();
    const run = runCli(['ingest', a, '--into', empty]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`cannot add to ${empty}: it has no graph.json`);
    expect(existsSync(join(empty, 'graph.json'))).toBe(false);
    expect(runCli(['ingest', a, '--into', empty, '--out', empty]).status).toBe(2);
    rmSync(empty, { recursive: true, force: true });
  });
});

describe('reposts: the smallest path names the article, whatever the order', () => {
  it('gives the same Article, texts and snapshot for any order and any split', () => {
    const dir = tempDir();
    const body = 'Сергей Лавров и Энтони Блинкен провели переговоры в Женеве 14 марта. Стороны обсудили работу посольств.';
    writeFileSync(join(dir, 'b.txt'), `Лавров и Блинкен встретились в Женеве\n\n${body}`);
    writeFileSync(join(dir, 'a.txt'), `Переговоры в Женеве прошли без прорыва\n\n${body}`);
    const [ab, ba, split] = [tempDir(), tempDir(), tempDir()];
    for (const [out, args] of [[ab, [join(dir, 'a.txt'), join(dir, 'b.txt')]], [ba, [join(dir, 'b.txt'), join(dir, 'a.txt')]]] as const) {
      expect(runCli(['ingest', ...args, '--out', out]).status).toBe(0);
    }
    expect(runCli(['ingest', join(dir, 'b.txt'), '--out', split]).status).toBe(0);
    expect(runCli(['ingest', join(dir, 'a.txt'), '--into', split]).status).toBe(0);
    for (const out of [ba, split]) {
      expect(snapshotText(out)).toBe(snapshotText(ab));
      expect(readFileSync(join(out, 'articles.jsonl'), 'utf8')).toBe(readFileSync(join(ab, 'articles.jsonl'), 'utf8'));
    }
    const texts = readFileSync(join(split, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { path: string; text: string });
    expect(texts).toEqual([{ key: expect.any(String) as string, path: join(dir, 'a.txt'), text: expect.stringMatching(/^Переговоры в Женеве/) as string }]);
  });
});
