import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import Az from 'az';
import { speedUpAz } from './az-speed.ts';
import { OVERRIDES } from './overrides.ts';

import type { Reading } from './reading.ts';

export type { Reading };

let ready: Promise<void> | null = null;

/** Loads the OpenCorpora dictionaries that ship with az (once; ~150 ms). */
export function initMorph(): Promise<void> {
  ready ??= new Promise((resolve, reject) => {
    const dicts = join(dirname(createRequire(import.meta.url).resolve('az/package.json')), 'dicts');
    Az.Morph.init(dicts, (error) => {
      if (error) return reject(error);
      speedUpAz();
      resolve();
    });
  });
  return ready;
}

type Parse = ReturnType<typeof Az.Morph>[number];

const cache = new Map<string, Reading[]>();
const CACHE_LIMIT = 200_000;
// az shares one Tag object among all words of a form: their grammeme sets are shared too (a few thousand
// in all), instead of one Set per reading of every cached word.
const tagSets = new WeakMap<Parse['tag'], ReadonlySet<string>>();

/**
 * Readings of a word as written, best first; the override lexicon wins over the dictionary.
 * Case matters: only a capitalized word gets proper-name readings ("Сергей" is a Name, "сергей" is not).
 */
export function analyze(word: string): Reading[] {
  const cached = cache.get(word);
  if (cached) return cached;
  const readings = OVERRIDES.get(word.toLowerCase().replace(/ё/g, 'е')) ?? Az.Morph(word).map(toReading).filter((r) => r.lemma !== '');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(flat(word), readings);
  return readings;
}

function toReading(parse: Parse): Reading {
  let tags = tagSets.get(parse.tag);
  if (!tags) {
    tags = new Set(parse.tag.toString().split(/[ ,]/).filter(Boolean));
    tagSets.set(parse.tag, tags);
  }
  return {
    // az leaves no normal form for some predicted words (numbers, Latin); they have no lemma.
    lemma: (parse.normalize()?.word ?? '').toLowerCase().replace(/ё/g, 'е'),
    pos: typeof parse.tag.POS === 'string' ? parse.tag.POS : '',
    tags,
    score: parse.score,
    ...(parse.parser === 'Dictionary' ? {} : { guessed: true as const }),
  };
}

export const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'] as const;
export type Case = (typeof CASES)[number];

export function caseOf(reading: Reading): Case | null {
  return CASES.find((c) => reading.tags.has(c)) ?? (reading.tags.has('loc2') ? 'loct' : reading.tags.has('gen2') ? 'gent' : null);
}

const inflected = new Map<string, string | null>();

/** The word put into the given grammemes ("области", [nomn, sing] → "область"), or null when az cannot. */
export function inflect(word: string, grammemes: string[]): string | null {
  const key = `${word}\u0000${grammemes.join(',')}`;
  const cached = inflected.get(key);
  if (cached !== undefined) return cached;
  const wanted = Object.fromEntries(grammemes.map((g) => [g, true]));
  let result: string | null = null;
  for (const parse of Az.Morph(word)) {
    const form = parse.inflect(wanted);
    if (form) {
      result = form.word.toLowerCase();
      break;
    }
  }
  if (inflected.size >= CACHE_LIMIT) inflected.clear();
  inflected.set(flat(key), result);
  return result;
}

/**
 * A copy of a word cut out of an article that does not keep the article alive: V8 slices strings of 13
 * characters or more as views into their parent, and a cache holding the view would hold the whole text.
 */
function flat(word: string): string {
  return word.length < 13 ? word : [...word].join('');
}
