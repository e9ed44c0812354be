// The evaluation harness around the scoring: output checks, the stand-in, the JSONL runner, tables, the skip path.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { tagClaims, tagMentions } from '../eval/baseline.ts';
import { runJsonl } from '../eval/spawn.ts';
import { baseline, collectMentions } from '../eval/systems.ts';
import { markdownTable, nerRow, textTable } from '../eval/table.ts';
import { ROOT, tempDir } from '../helpers.ts';

// Made up for these tests.
const TEXT = 'Вчера Иван Петров встретился с Анной Сидоровой в Казани. Переговоры шли в Москве 😀 до ночи.';

describe('checking extractor output', () => {
  const docs = [{ id: 'd1', text: TEXT }, { id: 'd2', text: 'Пусто.' }];

  it('keeps mentions and counts contract violations without quoting the text', () => {
    const start = TEXT.indexOf('Иван');
    const { predictions, problems } = collectMentions(
      [
        {
          id: 'd1',
          mentions: [
            { start, end: start + 11, text: 'Иван Петров', kind: 'Person' },
            { start, end: start + 4, text: 'Петров', kind: 'Person' },
            { start: 5, end: 999, text: '?', kind: 'Place' },
            { start: 'a', end: 3, kind: 'Place' },
          ],
        },
        { id: 'elsewhere', mentions: [] },
      ],
      docs,
      1,
    );
    expect(predictions.get('d1')).toEqual([
      { start, end: start + 11, type: 'Person' },
      { start, end: start + 4, type: 'Person' },
      { start: 5, end: 999, type: 'Place' },
    ]);
    expect(problems).toEqual([
      '1 output lines that are not JSON',
      '1 mentions whose text is not text.slice(start, end)',
      '1 mentions with offsets outside the text',
      '1 mentions without integer start/end and a kind',
      '1 records without a known id and a mentions array',
      '1 documents missing from the output',
    ]);
  });
});

describe('the baseline stand-in', () => {
  it('writes mentions whose offsets are UTF-16 offsets into the text', () => {
    const mentions = tagMentions(TEXT);
    expect(mentions.map((m) => [m.text, m.kind])).toEqual([
      ['Иван Петров', 'Person'],
      ['Анной Сидоровой', 'Person'],
      ['Казани', 'Place'],
      ['Москве', 'Place'],
    ]);
    for (const m of mentions) expect(TEXT.slice(m.start, m.end)).toBe(m.text);
  });

  it('pairs the first two persons of a meeting sentence', () => {
    expect(tagClaims(TEXT).map((c) => [c.source.text, c.target.text])).toEqual([['Иван Петров', 'Анной Сидоровой']]);
  });

  it('runs through its command line, once over all documents', async () => {
    const run = await runJsonl(baseline('mentions'), [{ id: 'a', text: TEXT }, { id: 'b', text: '' }]);
    expect(run.records).toHaveLength(2);
    expect(run.records[0]).toMatchObject({ id: 'a', mentions: tagMentions(TEXT) });
    expect(run.seconds).toBeGreaterThan(0);
  });
});

describe('report tables', () => {
  const table = { head: ['type', 'gold', 'exact F1'], rows: [['Person', '12', '91.7'], ['Organization', '3', '–']] };

  it('aligns text left and numbers right', () => {
    expect(textTable(table).split('\n')).toEqual([
      'type          gold  exact F1',
      '------------  ----  --------',
      'Person          12      91.7',
      'Organization     3         –',
    ]);
  });

  it('writes Markdown with numeric columns right-aligned', () => {
    expect(markdownTable(table).split('\n').slice(0, 3)).toEqual(['| type | gold | exact F1 |', '|:---|---:|---:|', '| Person | 12 | 91.7 |']);
  });

  it('prints percentages and "–" where undefined', () => {
    expect(nerRow({ label: 'Person', gold: 4, pred: 0, exact: 0, overlap: 0 })).toEqual(['Person', '4', '0', '–', '0.0', '0.0', '–', '0.0', '0.0']);
  });
});

describe('npm run eval without the data', () => {
  it('scores our own fixtures, says the shared data is missing, and exits 0', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'test/eval/run.ts'], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, DIPLOGRAPH_EVAL_DATA: tempDir('no-eval-data-') },
      timeout: 60_000,
    });
    expect(run.stdout).toContain('Meetings and claims: our annotated fixtures');
    expect(run.stdout.endsWith('eval: ../shared/data not found — skipped\n')).toBe(true);
    expect(run.status).toBe(0);
  });
});
