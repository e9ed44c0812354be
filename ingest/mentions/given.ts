import { givenNameLemma, normalizeName } from '../kb/given-names.ts';
import { analyze, type Case } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { firstName, type Gender } from './names.ts';

export interface GivenName {
  /** Nominative: "Оливера" → Оливер. */
  name: string;
  gender: Gender | null;
  case: Case | null;
  /** The lexicon lists it, or the dictionary reads the word first as a name: a surname may follow in any script. */
  confident: boolean;
}

const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'];

/** Whether the dictionary reads the word first as something other than a name ("Кит" is a whale, "Мир" peace). */
export function isCommonWord(t: Token): boolean {
  const top = analyze(t.text)[0];
  return Boolean(top && top.score >= 0.5 && !PROPER.some((g) => top.tags.has(g)));
}

// Every capitalized word is tried as a given name: the answer is kept per word form.
const cache = new Map<string, GivenName | null>();

/** A given name the dictionary knows ("Сергея"), or a foreign one from the lexicon ("Хорхе", "Оливеру", "Joel"). */
export function givenName(t: Token): GivenName | null {
  let given = cache.get(t.text);
  if (given === undefined) {
    given = readGivenName(t);
    if (cache.size > 100_000) cache.clear();
    cache.set(t.text, given);
  }
  return given;
}

function readGivenName(t: Token): GivenName | null {
  const listed = givenNameLemma(t.text);
  const known = firstName(t.text);
  if (known) {
    const top = analyze(t.text)[0];
    return { ...known, confident: listed !== null || Boolean(top?.tags.has('Name') && top.score >= 0.5) };
  }
  if (!listed) return null;
  // A listed name loses only to a common noun or a function word as written: "Кит" is a whale; but "Сулима" is no
  // participle here, and "Хорхе" no case form of a word "хорх" the dictionary guessed.
  const top = analyze(t.text)[0];
  const asWritten = top !== undefined && (top.lemma === t.norm || t.norm !== normalizeName(listed.name));
  if (isCommonWord(t) && asWritten && !['VERB', 'PRTS', 'PRTF', 'GRND', 'INFN', 'ADJS'].includes(top.pos)) return null;
  return { name: listed.name, gender: listed.gender, case: caseOfForm(t.norm, normalizeName(listed.name), listed.gender), confident: true };
}

// The endings givenNameForms gives, by gender: "Хорхе" does not decline, "Оливера" is a genitive.
const MASCULINE: Record<string, Case> = { а: 'gent', я: 'gent', ы: 'gent', у: 'datv', ю: 'datv', ом: 'ablt', ем: 'ablt', ой: 'ablt', е: 'loct', и: 'loct' };
const FEMININE: Record<string, Case> = { ы: 'gent', и: 'gent', е: 'datv', у: 'accs', ю: 'accs', ой: 'ablt', ей: 'ablt', ью: 'ablt' };

function caseOfForm(form: string, name: string, gender: Gender | null): Case | null {
  if (form === name) return 'nomn';
  let common = 0;
  while (common < form.length && form[common] === name[common]) common++;
  const ending = form.slice(common);
  return (gender === 'f' ? FEMININE : MASCULINE)[ending] ?? null;
}

/** "Марк рассказал…", "дочь Лиза": a word the dictionary reads only as a given name is a person by itself. */
export function loneGivenName(t: Token): GivenName | null {
  const readings = analyze(t.text);
  if (!t.isCapitalized || t.isUpper || readings.length === 0 || !readings.every((r) => r.tags.has('Name'))) return null;
  const given = givenName(t);
  return given?.confident ? given : null;
}
