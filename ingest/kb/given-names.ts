import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { KB_DIR, KbError } from './load.ts';

// Given names as Russian news writes them (foreign ones az lacks), with the case forms Russian gives them.

export const GIVEN_NAMES_FILE = join(KB_DIR, 'given-names.json');

const NAME = /^(?:\p{Lu}[\p{Ll}\p{M}']*)(?:-\p{Lu}?[\p{Ll}\p{M}']+)*$/u;

const Name = z.string().refine((s) => s.trim() !== '', 'empty name')
  .refine((s) => !/\d/.test(s), 'contains a digit')
  .refine((s) => NAME.test(s), 'not a capitalized name (letters and hyphens only)')
  .refine((s) => !(/\p{Script=Cyrillic}/u.test(s) && /\p{Script=Latin}/u.test(s)), 'mixes Cyrillic and Latin letters');

const GivenNamesFile = z.strictObject({
  about: z.string().min(1),
  male: z.array(Name),
  female: z.array(Name),
  unisex: z.array(Name).optional(),
});

export type Gender = 'm' | 'f';

export interface GivenNames {
  male: ReadonlySet<string>;
  female: ReadonlySet<string>;
  all: ReadonlySet<string>;
  /** Every form (lower case, ё→е) → the listed nominative and its gender (null: unisex). */
  forms: ReadonlyMap<string, { name: string; gender: Gender | null }>;
}

export const normalizeName = (word: string): string => word.toLowerCase().replace(/ё/g, 'е');

/** Validates the text of given-names.json; an error names the file and the offending entry. */
export function parseGivenNames(text: string, fileName: string): GivenNames {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new KbError(`${fileName}: invalid JSON (${(error as Error).message})`, { cause: error });
  }
  const parsed = GivenNamesFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const entry = issue.path.reduce<unknown>((v, k) => (v as Record<PropertyKey, unknown> | undefined)?.[k], data);
    throw new KbError(`${fileName}: ${issue.path.join('.')}: ${issue.message}${typeof entry === 'string' ? ` ("${entry}")` : ''}`);
  }
  const lists: Array<[string[], Gender | null, string]> = [
    [parsed.data.male, 'm', 'male'],
    [parsed.data.female, 'f', 'female'],
    [parsed.data.unisex ?? [], null, 'unisex'],
  ];
  const seen = new Map<string, string>();
  const forms = new Map<string, { name: string; gender: Gender | null }>();
  for (const [names, gender, list] of lists) {
    for (const name of names) {
      const key = normalizeName(name);
      const before = seen.get(key);
      if (before) {
        const where = before === list ? `twice in ${list}` : `in both ${before} and ${list}`;
        throw new KbError(`${fileName}: "${name}" is listed ${where} (put a name of either gender in "unisex")`);
      }
      seen.set(key, list);
      forms.set(key, { name, gender });
    }
  }
  // Nominatives win over inflected forms of other names ("Мария" is a name, not the genitive of "Марий").
  for (const [names, gender] of lists) {
    for (const name of names) {
      for (const form of givenNameForms(name, gender ?? 'm').concat(gender ? [] : givenNameForms(name, 'f'))) {
        const key = normalizeName(form);
        if (!forms.has(key)) forms.set(key, { name, gender });
      }
    }
  }
  const set = (i: number): Set<string> => new Set(lists[i]![0].map(normalizeName));
  const [male, female, unisex] = [set(0), set(1), set(2)];
  for (const name of unisex) {
    male.add(name);
    female.add(name);
  }
  return { male, female, all: new Set([...male, ...female]), forms };
}

const SIBILANT = /[жшчщц]$/;
const VELAR_OR_SIBILANT = /[гкхжшчщ]$/;

/**
 * Oblique case forms of a Cyrillic given name: genitive, dative, accusative, instrumental, prepositional.
 * Names ending in a vowel other than -а/-я ("Хорхе", "Массимо", "Жан-Мари") and female names ending in a
 * consonant ("Ирэн") do not decline; in a hyphenated name only the last part declines ("Жан-Клода").
 */
export function givenNameForms(name: string, gender: Gender): string[] {
  if (!/\p{Script=Cyrillic}/u.test(name)) return [];
  const cut = name.lastIndexOf('-') + 1;
  const head = name.slice(0, cut);
  const last = name.slice(cut);
  const stem1 = last.slice(0, -1);
  const lower = last.toLowerCase();
  let endings: string[] = [];
  if (/[еуоэи]а$/.test(lower)) endings = []; // "Франсуа", "Андреа": -а after a vowel does not decline
  else if (lower.endsWith('ия')) endings = ['ии', 'ии', 'ию', 'ией', 'ии'].map((e) => last.slice(0, -2) + e);
  else if (lower.endsWith('я')) endings = ['и', 'е', 'ю', 'ей', 'е'].map((e) => stem1 + e);
  else if (lower.endsWith('а')) {
    const after = stem1.toLowerCase();
    endings = [VELAR_OR_SIBILANT.test(after) ? 'и' : 'ы', 'е', 'у', SIBILANT.test(after) ? 'ей' : 'ой', 'е'].map((e) => stem1 + e);
  } else if (/[еёиоуыэю]$/.test(lower)) endings = [];
  else if (gender === 'f') endings = lower.endsWith('ь') ? ['и', 'и', 'ь', 'ью', 'и'].map((e) => stem1 + e) : [];
  else if (lower.endsWith('ий')) endings = ['ия', 'ию', 'ия', 'ием', 'ии'].map((e) => last.slice(0, -2) + e);
  else if (lower.endsWith('й')) endings = ['я', 'ю', 'я', 'ем', 'е'].map((e) => stem1 + e);
  else if (lower.endsWith('ь')) endings = ['я', 'ю', 'я', 'ем', 'е'].map((e) => stem1 + e);
  else endings = ['а', 'у', 'а', SIBILANT.test(lower) ? 'ем' : 'ом', 'е'].map((e) => last + e);
  return [...new Set(endings)].map((form) => head + form);
}

let cached: GivenNames | null = null;

/** The shipped lexicon, read and validated once. */
export function givenNames(): GivenNames {
  cached ??= parseGivenNames(readFileSync(GIVEN_NAMES_FILE, 'utf8'), GIVEN_NAMES_FILE);
  return cached;
}

/** The listed nominative and gender of a given name in any case form and capitalization, or null. */
export function givenNameLemma(word: string): { name: string; gender: Gender | null } | null {
  return givenNames().forms.get(normalizeName(word)) ?? null;
}
