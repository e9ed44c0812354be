import { execFileSync } from 'node:child_process';
import Az from 'az';
import { beforeAll, describe, expect, it } from 'vitest';
import { initMorph } from '../../ingest/morph/morph.ts';
import { ROOT } from '../helpers.ts';

// Dictionary words, names, inflected forms, a word az only guesses, a hyphenated one and an abbreviation.
const WORDS = ['Лаврова', 'переговоры', 'стали', 'России', 'Блинкеном', 'российско-американских', 'заявил', 'ОБСЕ', 'сиреневых', 'Женеве', 'росийской'];

const readings = (parses: Array<{ word: string; tag: { toString(): string }; score: number }>) =>
  parses.map((p) => `${p.word}|${p.tag.toString()}|${p.score.toFixed(6)}`);

/** The same words read by az alone, in a process where diplograph's shortcuts are not installed. */
function plainAz(): string[][] {
  const script = `
    const Az = require('az');
    Az.Morph.init(require('node:path').join(require('node:path').dirname(require.resolve('az/package.json')), 'dicts'), () => {
      const out = ${JSON.stringify(WORDS)}.map((w) => Az.Morph(w).map((p) => p.word + '|' + p.tag.toString() + '|' + p.score.toFixed(6)));
      process.stdout.write(JSON.stringify(out));
    });`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' })) as string[][];
}

describe("az's shortcuts (ingest/morph/az-speed.ts)", () => {
  beforeAll(() => initMorph());

  it('give every word the readings and scores az gives without them', () => {
    expect(WORDS.map((w) => readings(Az.Morph(w)))).toEqual(plainAz());
  });
});
