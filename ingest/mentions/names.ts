import { analyze, caseOf, type Case, type Reading } from '../morph/morph.ts';
import { nameStems } from '../morph/keys.ts';
import type { Token } from '../segment/tokens.ts';

export type Gender = 'm' | 'f';

export function capitalize(word: string): string {
  return word
    .split('-')
    .map((part) => (part ? part[0]!.toUpperCase() + part.slice(1) : part))
    .join('-');
}

export function readingWith(word: string, tag: string): Reading | undefined {
  return analyze(word).find((r) => r.tags.has(tag));
}

/** A first name's nominative, gender and case: "Сергеем" → Сергей, m, ablt. */
export function firstName(word: string): { name: string; gender: Gender | null; case: Case | null } | null {
  const reading = readingWith(capitalize(word), 'Name');
  if (!reading) return null;
  const gender = reading.tags.has('femn') ? 'f' : reading.tags.has('masc') ? 'm' : null;
  const grammaticalCase = caseOf(reading);
  // A name already in the nominative is kept as written: the dictionary's lemma may respell a foreign one.
  return { name: capitalize(grammaticalCase === 'nomn' ? word.toLowerCase() : reading.lemma), gender, case: grammaticalCase };
}

/** A patronymic's nominative: "Петровичу" → Петрович, "Викторовной" → Викторовна. */
export function patronymic(word: string, gender: Gender | null): string {
  const norm = word.toLowerCase().replace(/ё/g, 'е');
  const candidates = [norm, ...nameStems(norm), ...analyze(capitalize(word)).filter((r) => r.tags.has('Patr')).map((r) => r.lemma)];
  const fits = gender === 'f' ? (c: string) => /(вна|чна|ична)$/.test(c) : (c: string) => /(вич|ич)$/.test(c);
  return capitalize(candidates.find(fits) ?? norm);
}

/**
 * A surname's nominative, given the gender and case that the first name (or the phrase) shows:
 * "Лаврова" (m, gent) → Лавров; "Захаровой" (f) → Захарова; "Блинкеном" → Блинкен.
 */
export function surname(word: string, gender: Gender | null, grammaticalCase: Case | null): string {
  const norm = word.toLowerCase().replace(/ё/g, 'е');
  if (grammaticalCase === 'nomn' || /^[a-z]/i.test(norm)) return capitalize(norm);
  const readings = analyze(capitalize(norm)).filter((r) => r.tags.has('Surn') && r.lemma.slice(0, 2) === norm.slice(0, 2));
  const fitting = readings.find(
    (r) => (!grammaticalCase || caseOf(r) === grammaticalCase) && (gender === null || r.tags.has(gender === 'f' ? 'femn' : 'masc')),
  );
  if (fitting) return capitalize(gender === 'f' ? feminine(fitting.lemma) : fitting.lemma);
  if (grammaticalCase === null && readings[0]) return capitalize(readings[0].lemma);
  // "й" follows a vowel (Сергея → Сергей), "ь" a consonant (Скрипаля → Скрипаль).
  const guesses = nameStems(norm).filter((g) => !/[^аеиоуыэюя]й$/.test(g) && !/[аеиоуыэюя]ь$/.test(g));
  const pick = gender === 'f' ? guesses.find((g) => /[ая]$/.test(g)) : guesses.find((g) => /[^аяеиоуыэюь]$/.test(g) || /[ий]$/.test(g));
  return capitalize(pick ?? guesses[0] ?? norm);
}

/** Dictionary lemmas of Russian surnames are masculine: Захаров → Захарова. */
function feminine(lemma: string): string {
  if (/(ов|ев|ин|ын)$/.test(lemma)) return `${lemma}а`;
  if (lemma.endsWith('ский')) return `${lemma.slice(0, -4)}ская`;
  return lemma;
}

const TRANSLIT: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o',
  п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};

/** A stable key part from a name: "Сергей Марков" → "sergey-markov". */
export function slug(name: string): string {
  const latin = [...name.toLowerCase()].map((c) => TRANSLIT[c] ?? c).join('');
  return latin.normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'x';
}

/**
 * "посетил Муром": a word that is a town in the nominative or accusative and a name only in another case
 * ("Мур" in the instrumental) is the town — unless "с" asks for that instrumental ("встретился с Муром").
 */
export function townOverSurname(tokens: readonly Token[], i: number): boolean {
  const readings = analyze(tokens[i]!.text);
  if (readings.some((r) => (r.tags.has('Surn') || r.tags.has('Name')) && r.tags.has('nomn'))) return false;
  // A town the dictionary knows, not one guessed for an unknown word ("Гаваре" is not read as "Гаваре" the town).
  if (!readings.some((r) => r.tags.has('Geox') && r.score >= 0.5 && (r.tags.has('nomn') || r.tags.has('accs')))) return false;
  return !WITH.has(tokens[i - 1]?.norm ?? '');
}

const WITH = new Set(['с', 'со']);
