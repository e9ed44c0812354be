import { describe, expect, it } from 'vitest';
import { normalizePublished, toArticle } from '../../ingest/article.ts';
import { parseDateline } from '../../ingest/clean/dateline.ts';
import { formatOf, parseHtml, parseJsonlRecord, parseMarkdown, sniffFormat } from '../../ingest/read/formats.ts';

const PAGE = `<!doctype html><html><head><title>Лавров прибыл в Вену — Дипвестник</title>
<meta property="og:site_name" content="Дипвестник"><meta property="article:published_time" content="2023-12-01T09:30:00+03:00"></head>
<body><nav><a href="/">Главная</a> <a href="/world">Мир</a></nav><article><h1>Лавров прибыл в Вену</h1>
<p>Министр иностранных дел России Сергей Лавров прибыл в Вену на заседание Совета министров ОБСЕ. Он проведет несколько двусторонних встреч.</p>
<p>В делегацию вошли заместители министра и постпред России при ОБСЕ. Заседание продлится два дня, сообщили в МИД.</p></article>
<footer>© Дипвестник</footer></body></html>`;

describe('reading formats', () => {
  it('takes main text, headline, date and site name from HTML by Readability', () => {
    const raw = parseHtml(PAGE, 'page.html');
    expect(raw.title).toBe('Лавров прибыл в Вену');
    expect(raw.published).toBe('2023-12-01T09:30:00+03:00');
    expect(raw.outlet).toBe('Дипвестник');
    expect(raw.text).toContain('Он проведет несколько двусторонних встреч.');
    expect(raw.text).not.toContain('Главная');
    expect(raw.text).not.toContain('©');
  });

  it('reduces Markdown to its text', () => {
    const raw = parseMarkdown('# Заголовок статьи\n\nТекст со **ссылкой** на [МИД](https://example.org) и ![фото](x.jpg) картинкой.\n', 'a.md');
    expect(raw.title).toBe('Заголовок статьи');
    expect(raw.text).toContain('Текст со ссылкой на МИД и  картинкой.');
  });

  it('reads JSONL records with text or html and their metadata', () => {
    const fromText = parseJsonlRecord(JSON.stringify({ title: 'Т', published: '2023-01-02', outlet: 'ТАСС', url: 'https://example.org/1', text: 'Текст.' }), 'f.jsonl#1');
    expect(fromText).toEqual({ path: 'f.jsonl#1', text: 'Текст.', title: 'Т', published: '2023-01-02', outlet: 'ТАСС', url: 'https://example.org/1' });
    const fromHtml = parseJsonlRecord(JSON.stringify({ html: PAGE }), 'f.jsonl#2');
    expect(fromHtml.outlet).toBe('Дипвестник');
    expect(() => parseJsonlRecord('[1, 2]', 'f.jsonl#3')).toThrow(/invalid record/);
  });

  it('knows formats by extension and by content', () => {
    expect(['a.TXT', 'b.htm', 'c.markdown', 'd.ndjson', 'e.pdf', 'noext'].map(formatOf)).toEqual(['txt', 'html', 'md', 'jsonl', null, null]);
    expect(sniffFormat('  <!DOCTYPE html><html>')).toBe('html');
    expect(sniffFormat('{"text": "a"}\n')).toBe('jsonl');
    expect(sniffFormat('Просто текст')).toBe('txt');
  });
});

describe('publication dates', () => {
  it.each([
    ['Политика, 21 янв 2022, 13:38', '2022-01-21T13:38:00+03:00', 'Политика'],
    ['22/12/2021 - 12:44 (по МСК)', '2021-12-22T12:44:00+03:00', null],
    ['21 января 2022 года, 13:38', '2022-01-21T13:38:00+03:00', null],
    ['Инвестиции, 24 апр, 17:11', null, null],
    ['05.07.2023', '2023-07-05', null],
    ['Опубликовано 20 февраля 2023 года', '2023-02-20', null],
  ])('parses the dateline "%s"', (line, published, rubric) => {
    const dateline = parseDateline(line);
    expect(dateline?.published ?? null).toBe(published);
    if (dateline) expect(dateline.rubric).toBe(rubric);
  });

  it.each([
    ['2022-01-21T13:38:00+03:00', '2022-01-21T13:38:00+03:00'],
    ['Fri, 21 Jan 2022 10:38:00 GMT', '2022-01-21T10:38:00Z'],
    ['21 янв 2022', '2022-01-21'],
    ['вчера', null],
  ])('normalizes the published value "%s"', (value, expected) => {
    expect(normalizePublished(value)).toBe(expected);
  });
});

describe('article identity', () => {
  it('is the hash of the cleaned body: whitespace and a different headline do not change it', () => {
    const a = toArticle({ path: 'a.txt', text: 'Заголовок один\n\nЛавров встретился с Блинкеном в Женеве. Переговоры шли два часа.' });
    const b = toArticle({ path: 'b.txt', text: 'Другой заголовок у репоста\n\nЛавров  встретился с Блинкеном в Женеве.\nПереговоры шли два часа.' });
    expect(a.key).toBe(b.key);
    expect(a.key).toMatch(/^article:[0-9a-f]{16}$/);
  });
});
