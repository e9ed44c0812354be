import { normalizeWord } from '../segment/tokens.ts';
import { analyze } from './morph.ts';

// Case endings of Russian proper names and what their nominative ends in: "Блинкена" → "блинкен",
// "Захаровой" → "захарова", "России" → "россия", "Сергеем" → "сергей", "Зеленского" → "зеленский".
const ENDINGS: Array<[string, string[]]> = [
  ['ского', ['ский']], ['скому', ['ский']], ['ским', ['ский']], ['ском', ['ский']], ['ской', ['ская', 'ский']], ['скую', ['ская']],
  ['ией', ['ия']], ['ием', ['ий']], ['ию', ['ия', 'ий']], ['ии', ['ия', 'ий']], ['ия', ['ий']], ['ие', ['ий']],
  ['ого', ['ой', 'ый', 'ий']], ['ому', ['ой', 'ый', 'ий']],
  ['ым', ['', 'ый']], ['ом', ['']], ['ем', ['', 'й', 'ь']], ['ой', ['а', 'ая', '']], ['ою', ['а']], ['ей', ['ь', 'я', 'ея']],
  ['ею', ['ь', 'я']], ['ами', ['']],
  ['а', ['']], ['я', ['й', 'ь']], ['у', ['', 'а']], ['ю', ['й', 'ь', 'я']], ['е', ['', 'а', 'я', 'ь']],
  ['ы', ['а']], ['и', ['я', 'а', 'ь', 'й']],
];

/** Nominative guesses for an inflected proper name, by its ending. */
export function nameStems(norm: string): string[] {
  const guesses: string[] = [];
  for (const [ending, replacements] of ENDINGS) {
    // Two letters are a stem too: the Korean "Ына" → "Ын", "Ёля" → "Ёль".
    if (!norm.endsWith(ending) || norm.length - ending.length < 2) continue;
    const stem = norm.slice(0, -ending.length);
    for (const r of replacements) guesses.push(stem + r);
  }
  return guesses;
}

const keySets = new Map<string, ReadonlySet<string>>();
const KEY_CACHE_LIMIT = 200_000;

/** textKeys as a set, remembered: news repeat their words, and every token of every text is looked up. */
export function textKeySet(word: string): ReadonlySet<string> {
  let keys = keySets.get(word);
  if (!keys) {
    if (keySets.size >= KEY_CACHE_LIMIT) keySets.clear();
    keys = new Set(textKeys(word));
    // A copy of the word: a key sliced from an article would keep the whole text alive.
    keySets.set(` ${word}`.slice(1), keys);
  }
  return keys;
}

/** Every key a word in a text may be looked up by: itself, its dictionary lemmas, and (for names) its stems. */
export function textKeys(word: string): string[] {
  const norm = normalizeWord(word);
  const keys = new Set([norm]);
  for (const reading of analyze(word)) if (samePrefix(reading.lemma, norm)) keys.add(reading.lemma);
  if (word[0] !== word[0]!.toLowerCase()) for (const stem of nameStems(norm)) keys.add(stem);
  return [...keys];
}

/** The keys a knowledge-base name's word is indexed by: itself and its nominative lemmas. */
export function nameKeys(word: string): string[] {
  const norm = normalizeWord(word);
  const keys = new Set([norm]);
  for (const reading of analyze(word)) {
    if ((reading.tags.has('nomn') || reading.tags.has('Fixd')) && samePrefix(reading.lemma, norm)) keys.add(reading.lemma);
  }
  return [...keys];
}

/** az guesses unknown words by a known ending ("Брюссель" → "ель"); such lemmas say nothing about the name. */
function samePrefix(lemma: string, norm: string): boolean {
  return lemma.slice(0, 2) === norm.slice(0, 2);
}
