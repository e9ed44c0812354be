import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { encodeSingleByte, encodeUtf16, jsonError, runCli, tempDir, type CliRun } from '../helpers.ts';

const GOOD = 'Министр иностранных дел России Сергей Лавров провел переговоры с коллегой из Турции в Анкаре. Стороны обсудили зерновую сделку и обмен пленными.';
const OTHER = 'Генеральный секретарь ООН Антониу Гутерриш прибыл в Москву с визитом. Его принял президент России.';


function articles(out: string): Extract<Snapshot['nodes'][number]['attributes'], { kind: 'Article' }>[] {
  const snapshot = parseSnapshot(readFileSync(join(out, 'graph.json'), 'utf8'), 'graph.json');
  return snapshot.nodes.flatMap((n) => (n.attributes.kind === 'Article' ? [n.attributes] : []));
}

describe('diplograph ingest: bad input is reported, the rest is ingested', () => {
  const dir = tempDir();
  const out = tempDir();
  let run: CliRun;
  const stderrLines = () => run.stderr.trim().split('\n');

  beforeAll(() => {
    writeFileSync(join(dir, 'good.txt'), GOOD);
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'blank.md'), '  \n\n \t\n');
    writeFileSync(join(dir, 'photo.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
    writeFileSync(join(dir, 'noise.txt'), Buffer.from(Array.from({ length: 400 }, (_, i) => (i % 4 === 0 ? 0x20 : 0x80 + ((i * 5) % 0x40)))));
    symlinkSync(join(dir, 'deleted.txt'), join(dir, 'gone.txt'));
    writeFileSync(join(dir, 'nobody.html'), '<!doctype html><html><head><title>Пусто</title></head><body></body></html>');
    writeFileSync(join(dir, 'big.txt'), `${GOOD} `.repeat(40));
    writeFileSync(join(dir, 'slides.pdf'), '%PDF-1.4');
    writeFileSync(join(dir, 'only-feed.txt'), 'Другие новости\nКурс доллара на 1 июня Экономика, 10:00\nПогода в Москве Общество, 09:30\n');
    writeFileSync(
      join(dir, 'feed.jsonl'),
      [
        JSON.stringify({ id: 1, title: 'Гутерриш в Москве', text: OTHER }),
        '{"id": 2, "text": "обрыв',
        JSON.stringify({ id: 3, title: 'Без текста' }),
        JSON.stringify({ id: 4, text: 'Посол Китая в России провел встречу с заместителем министра иностранных дел. Стороны обсудили визит председателя КНР.' }),
        JSON.stringify({ id: 5, text: 'Другие новости\nКурс доллара на 1 июня Экономика, 10:00\nПогода в Москве Общество, 09:30' }),
        '',
      ].join('\n'),
    );
    run = runCli(['ingest', dir, join(dir, 'missing-dir'), '--out', out, '--max-size', '4KB']);
  });

  it.each([
    ['empty.txt', 'empty file'],
    ['blank.md', 'empty file (only whitespace)'],
    ['photo.txt', 'binary file, not text'],
    ['noise.txt', 'cannot decode: not UTF-8, UTF-16, windows-1251 or KOI8-R text (force one with --encoding)'],
    ['gone.txt', 'cannot read: no such file or directory'],
    ['missing-dir', 'cannot read: no such file or directory'],
    ['nobody.html', 'HTML without a body: no main text found'],
    ['big.txt', `file of ${(Buffer.byteLength(`${GOOD} `) * 40 / 1024).toFixed(1)} KiB is over the 4 KiB limit (raise it with --max-size)`],
    ['slides.pdf', 'unknown extension (expected .txt, .text, .md, .markdown, .html, .htm, .xhtml, .jsonl, .ndjson)'],
    ['only-feed.txt', 'no article text left after cleaning (only headlines, feeds or page furniture)'],
    ['feed.jsonl:2', `invalid JSON (${jsonError('{"id": 2, "text": "обрыв')})`],
    ['feed.jsonl:3', 'invalid record: needs a non-empty "text" or "html" field'],
    ['feed.jsonl:5', 'no article text left after cleaning (only headlines, feeds or page furniture)'],
  ])('%s: one line on stderr', (name, reason) => {
    expect(stderrLines()).toContain(`diplograph: skipped ${join(dir, name)}: ${reason}`);
  });

  it('reports nothing else on stderr and exits 0, since some articles were ingested', () => {
    expect(stderrLines()).toHaveLength(13);
    expect(run.status).toBe(0);
  });

  it('still ingests every good input', () => {
    const paths = articles(out).map((a) => a.path).sort();
    expect(paths).toEqual([join(dir, 'feed.jsonl#1'), join(dir, 'feed.jsonl#4'), join(dir, 'good.txt')]);
    expect(run.stdout).toMatch(/^ingest: 3 articles read \(0 duplicates\), 13 inputs skipped$/m);
    expect(run.stdout).toMatch(/^ {2}nodes: Article 3\b/m);
  });

  it('exits 1 under --strict when anything was skipped', () => {
    const strict = runCli(['ingest', join(dir, 'good.txt'), join(dir, 'empty.txt'), '--out', tempDir(), '--strict']);
    expect(strict.status).toBe(1);
    expect(articles(strict.stdout.match(/wrote (.*)\/graph\.json/)![1]!)).toHaveLength(1);
  });

  it('exits 1 with a message when nothing could be ingested', () => {
    const none = runCli(['ingest', join(dir, 'empty.txt'), '--out', tempDir()]);
    expect(none.status).toBe(1);
    expect(none.stderr.trim().split('\n').at(-1)).toBe('diplograph: ingest: nothing could be ingested (1 input skipped)');
  });
});

describe('diplograph ingest: encodings, duplicates, stdin', () => {
  it('reads one article in five encodings as one Article with four duplicate paths', () => {
    const dir = tempDir();
    const files: Array<[string, Buffer]> = [
      ['a-utf8.txt', Buffer.from(GOOD)],
      ['b-utf16.txt', encodeUtf16(GOOD, 'le', true)],
      ['c-cp1251.txt', encodeSingleByte(GOOD, 'windows-1251')],
      ['d-koi8.txt', encodeSingleByte(GOOD, 'koi8-r')],
      ['e-utf16be.txt', encodeUtf16(GOOD, 'be', false)],
    ];
    for (const [name, bytes] of files) writeFileSync(join(dir, name), bytes);
    const out = tempDir();
    const run = runCli(['ingest', dir, '--out', out]);
    expect(run.stderr).toBe('');
    const [article, ...rest] = articles(out);
    expect(rest).toHaveLength(0);
    expect(article?.path).toBe(join(dir, 'a-utf8.txt'));
    expect(article?.duplicates).toEqual(files.slice(1).map(([name]) => join(dir, name)));
    expect(run.stdout).toMatch(/5 articles read \(4 duplicates\)/);
  });

  it('obeys --encoding', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'koi.txt'), encodeSingleByte(GOOD, 'koi8-r'));
    const out = tempDir();
    expect(runCli(['ingest', dir, '--out', out, '--encoding', 'koi8-r']).status).toBe(0);
    const texts = readFileSync(join(out, 'articles.jsonl'), 'utf8');
    expect(texts).toContain('Сергей Лавров');
    const bad = runCli(['ingest', dir, '--out', out, '--encoding', 'latin9']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('unknown encoding "latin9"');
  });

  it('reads standard input', () => {
    const out = tempDir();
    const run = runCli(['ingest', '-', '--out', out], GOOD);
    expect(run.status).toBe(0);
    expect(articles(out).map((a) => a.path)).toEqual(['-']);
  });

  it('prints --help for every command', () => {
    for (const command of ['ingest', 'validate', 'schema']) {
      const help = runCli([command, '--help']);
      expect(help.status).toBe(0);
      expect(help.stdout).toContain(`Usage: diplograph ${command}`);
    }
  });

  it('--explain lists what was dropped and why', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'nested'));
    writeFileSync(join(dir, 'nested', 'a.txt'), `Политика, 3 мая 2023, 10:00\n\n${GOOD}\n\nЛента новостей\nКурс евро на 4 мая\n`);
    const run = runCli(['ingest', dir, '--out', tempDir(), '--explain']);
    expect(run.stdout).toContain('published: 2023-05-03T10:00:00+03:00');
    expect(run.stdout).toContain('dropped line 1 (dateline): Политика, 3 мая 2023, 10:00');
    expect(run.stdout).toContain('dropped line 5 (news feed): Лента новостей');
  });
});
