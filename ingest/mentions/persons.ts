import { analyze, caseOf } from '../morph/morph.ts';
import { nameStems } from '../morph/keys.ts';
import type { Token } from '../segment/tokens.ts';
import type { PersonSpan } from './types.ts';
import { capitalize, firstName, patronymic, readingWith, surname, townOverSurname, type Gender } from './names.ts';
import { eastAsianName } from './asian.ts';
import { givenName, isCommonWord, loneGivenName } from './given.ts';
import { isHeadNoun } from './phrases.ts';

export type { PersonSpan };

// Words that introduce a person by occupation: "политолог Сергей Марков", "депутат Бужанский".
const CUES = new Set([
  'политолог', 'депутат', 'министр', 'президент', 'премьер', 'премьер-министр', 'канцлер', 'глава', 'посол', 'эксперт', 'журналист',
  'председатель', 'генсек', 'госсекретарь', 'спикер', 'сенатор', 'представитель', 'директор', 'советник', 'лидер', 'замминистра',
  'замглавы', 'заместитель', 'помощник', 'пресс-секретарь', 'постпред', 'дипломат', 'генерал', 'губернатор', 'мэр', 'аналитик',
  'бизнесмен', 'писатель', 'режиссер', 'актер', 'певец', 'тренер', 'футболист', 'блогер', 'экономист', 'профессор', 'академик',
  'сотрудник', 'руководитель', 'командующий', 'основатель', 'гендиректор', 'американец', 'россиянин', 'гражданин', 'глава', 'вице-президент',
  'император', 'король', 'королева', 'принц', 'принцесса', 'папа', 'патриарх', 'певица', 'рэпер', 'музыкант', 'художник', 'поэт',
  'теннисист', 'теннисистка', 'хоккеист', 'вратарь', 'нападающий', 'полузащитник', 'гроссмейстер', 'шахматист', 'астронавт', 'космонавт',
  'судья', 'адвокат', 'активист', 'оппозиционер',
]);
/** Titles that stand only before a person's name, so the word after them is a name even if unknown. */
const TITLES = new Set(['император', 'король', 'королева', 'принц', 'принцесса', 'папа', 'патриарх', 'певица', 'рэпер', 'гроссмейстер', 'астронавт', 'космонавт']);

const isCap = (t: Token | undefined): t is Token => Boolean(t?.isWord && t.isCapitalized && !t.isUpper && /\p{L}{2}/u.test(t.text));
const adjacent = (a: Token, b: Token) => b.start - a.end <= 1;
const isGeo = (t: Token) => analyze(t.text).some((r) => r.tags.has('Geox')) && !analyze(t.text).some((r) => r.tags.has('Surn') || r.tags.has('Name'));

/**
 * Full names ("Сергей Марков", "Марин Ле Пен", "С. В. Лавров"), first name and patronymic ("Бориса Николаевича"),
 * and lone surnames the dictionary knows or a cue introduces ("политолог Марков") among free tokens.
 */
export function findPersons(tokens: readonly Token[], free: (i: number) => boolean, given: ReadonlySet<string> = new Set()): PersonSpan[] {
  const spans: PersonSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const span =
      eastAsianName(tokens, i, free) ??
      fullName(tokens, i, free) ??
      foreignName(tokens, i, free, given) ??
      initialsName(tokens, i, free) ??
      cuedSurname(tokens, i, free) ??
      loneSurname(tokens, i, free) ??
      loneGiven(tokens, i, free);
    if (span) {
      spans.push(span);
      i = span.last;
    }
  }
  return spans;
}

function fullName(tokens: readonly Token[], i: number, free: (i: number) => boolean): PersonSpan | null {
  const token = tokens[i]!;
  if (!isCap(token)) return null;
  const first = givenName(token);
  if (!first) return null;
  let j = i + 1;
  let middle = '';
  const next = tokens[j];
  if (isCap(next) && free(j) && adjacent(token, next) && readingWith(next.text, 'Patr')) {
    middle = patronymic(next.text, first.gender);
    j++;
  } else if (isCap(next) && free(j) && adjacent(token, next) && givenName(next) && isCap(tokens[j + 1]) && free(j + 1) && adjacent(next, tokens[j + 1]!)) {
    // Two given names: "Хуан Пабло Монтойя"; of two genders they are two people ("Челси Фрэнк Лэмпард": a club, then a man).
    const second = givenName(next)!;
    if (first.gender && second.gender && first.gender !== second.gender) return null;
    middle = second.name;
    j++;
  }
  // Monarchs and popes: "Елизавета II", "Иоанна Павла II".
  if (tokens[j]?.isUpper && ROMAN.test(tokens[j]!.text) && adjacent(tokens[j - 1]!, tokens[j]!)) {
    return { first: i, last: j, name: [first.name, middle, tokens[j]!.text].filter(Boolean).join(' '), gender: first.gender, surname: '' };
  }
  // Particles of foreign surnames: "Марин Ле Пен", "Урсула фон дер Ляйен", "Абу Бакр аль-Багдади".
  const particles: string[] = [];
  while (tokens[j] && PARTICLES.has(tokens[j]!.norm) && free(j) && isCap(tokens[j + 1]) && adjacent(tokens[j - 1]!, tokens[j]!)) particles.push(tokens[j++]!.text);
  const last = tokens[j];
  // After a sure given name, a word the dictionary knows as a place is a surname all the same: "Оливер Кан".
  if (!isCap(last) || !free(j) || !adjacent(tokens[j - 1]!, last) || (isGeo(last) && !first.confident)) {
    return middle ? { first: i, last: j - 1, name: `${first.name} ${middle}`, gender: first.gender, surname: '' } : null;
  }
  // Two first names in a row opening a sentence are more often a list than one person.
  if (i === 0 && readingWith(last.text, 'Name') && !readingWith(last.text, 'Surn') && !middle) return null;
  const family = [...particles, surname(last.text, first.gender, first.case)].join(' ');
  return { first: i, last: j, name: [first.name, middle, family].filter(Boolean).join(' '), gender: first.gender, surname: family };
}


/** "Московской области", "Грозном" after "городе": an adjective of the noun after it, or a place named by the noun before. */
function namesAPlace(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  // "в городе Грозном" agrees with its head; "мэр города Лужков" does not.
  if (before && !before.isCapitalized && isHeadNoun(before)) {
    const cases = new Set(analyze(before.text).map(caseOf));
    if (analyze(tokens[i]!.text).some((r) => cases.has(caseOf(r)))) return true;
  }
  const top = analyze(tokens[i]!.text)[0];
  return Boolean(after && !after.isCapitalized && top?.pos === 'ADJF' && isHeadNoun(after));
}

/**
 * Two capitalized words that the dictionary does not know as anything but names: "Лионель Месси", "Кит Флинт".
 * Foreign given names are missing from the 2016 dictionary, so a pair of name-like words stands for a person.
 */
function foreignName(tokens: readonly Token[], i: number, free: (i: number) => boolean, known: ReadonlySet<string>): PersonSpan | null {
  const a = tokens[i]!;
  const b = tokens[i + 1];
  if (!isCap(a) || !isCap(b) || !free(i + 1) || !adjacent(a, b) || isGeo(a) || isGeo(b)) return null;
  // A given name the knowledge base knows ("Джо", "Joel") opens a name in any script.
  if (known.has(a.norm) && !isCommonWord(b)) {
    const family = /\p{Script=Latin}/u.test(b.text) ? b.text : surname(b.text, null, null);
    return { first: i, last: i + 1, name: `${a.text} ${family}`, gender: null, surname: family };
  }
  if (/\p{Script=Latin}/u.test(a.text + b.text) || isCommonWord(a) || isCommonWord(b)) return null;
  const nameLike = (t: Token) => analyze(t.text).some((r) => r.tags.has('Name') || r.tags.has('Surn')) || known.has(t.norm);
  const given = (t: Token) => analyze(t.text).some((r) => r.tags.has('Name'));
  if (!nameLike(a) && !nameLike(b)) return null;
  // "встреча с Лавровым Блинкену": two surnames side by side, in different cases, are two people.
  const surnameOnly = (t: Token) => !given(t) && !known.has(t.norm) && analyze(t.text).some((r) => r.tags.has('Surn'));
  if (surnameOnly(a) && surnameOnly(b)) return null;
  // "Роскосмоса Анатолий Перминов": the name starts at the given name, not at the word before it.
  if (given(b) && !given(a) && isCap(tokens[i + 2]) && free(i + 2)) return null;
  const first = firstName(a.text);
  const family = surname(b.text, first?.gender ?? null, first?.case ?? null);
  return { first: i, last: i + 1, name: `${first?.name ?? a.text} ${family}`, gender: first?.gender ?? null, surname: family };
}

const ROMAN = /^[IVX]+$/;
const PARTICLES = new Set(['ле', 'ла', 'де', 'ди', 'да', 'дель', 'фон', 'ван', 'дер', 'аль', 'эль', 'ибн', 'бен', 'бин', 'о']);

/** A capitalized word inside a sentence that the dictionary reads first as a surname: "Овечкин", "Сёмин". */
function loneSurname(tokens: readonly Token[], i: number, free: (i: number) => boolean): PersonSpan | null {
  const token = tokens[i]!;
  if (i === 0 || !isCap(token) || !free(i) || tokens[i - 1]!.text === '.') return null;
  const top = analyze(token.text)[0];
  if (!top?.tags.has('Surn') || top.score < 0.4 || namesAPlace(tokens, i) || townOverSurname(tokens, i)) return null;
  const gender: Gender | null = top.tags.has('femn') ? 'f' : top.tags.has('masc') ? 'm' : null;
  const family = surname(token.text, gender, caseOf(top));
  return { first: i, last: i, name: family, gender, surname: family };
}

function loneGiven(tokens: readonly Token[], i: number, free: (i: number) => boolean): PersonSpan | null {
  // A quoted name is a ship, a car or a work: «Орион», «Октавия».
  const quoted = ['«', '"', '“', '„'].includes(tokens[i - 1]?.text ?? '');
  const given = free(i) && isCap(tokens[i]) && !quoted ? loneGivenName(tokens[i]) : null;
  return given ? { first: i, last: i, name: given.name, gender: given.gender, surname: '' } : null;
}

function initialsName(tokens: readonly Token[], i: number, free: (i: number) => boolean): PersonSpan | null {
  const initials: string[] = [];
  let j = i;
  // "Дж." stands for Джон, Джеймс, Джордж.
  while (j + 1 < tokens.length && /^(\p{Lu}|Дж)$/u.test(tokens[j]!.text) && tokens[j + 1]!.text === '.' && free(j)) {
    initials.push(`${tokens[j]!.text}.`);
    j += 2;
  }
  const last = tokens[j];
  if (initials.length === 0 || initials.length > 2 || !isCap(last) || !free(j)) return null;
  // "G. Но": an initial before a function word or in another script is no name.
  if (/\p{Script=Latin}/u.test(initials.join('')) !== /\p{Script=Latin}/u.test(last.text) || analyze(last.text)[0]?.pos !== 'NOUN') return null;
  const family = surname(last.text, null, null);
  return { first: i, last: j, name: `${initials.join(' ')} ${family}`, gender: null, surname: family };
}

function cuedSurname(tokens: readonly Token[], i: number, free: (i: number) => boolean): PersonSpan | null {
  const cue = tokens[i - 1];
  const token = tokens[i]!;
  if (!cue || !free(i) || !isCap(token) || !CUES.has(analyze(cue.norm)[0]?.lemma ?? cue.norm)) return null;
  const reading = readingWith(token.text, 'Surn');
  if (isGeo(token) || namesAPlace(tokens, i)) return null;
  // After an occupation, a word the dictionary does not know as a common word is a name too ("император Акихито").
  if (!reading) return TITLES.has(analyze(cue.text)[0]?.lemma ?? cue.norm) && !isCommonWord(token) ? { first: i, last: i, name: token.text, gender: null, surname: token.text } : null;
  const gender: Gender | null = reading.tags.has('femn') ? 'f' : reading.tags.has('masc') ? 'm' : null;
  const family = surname(token.text, gender, caseOf(reading));
  return { first: i, last: i, name: family, gender, surname: family };
}

/** Whether a capitalized word is an inflected form of the surname: "Маркова" of "Марков". */
export function isSurnameForm(token: Token, family: string): boolean {
  const target = family.toLowerCase().replace(/ё/g, 'е');
  return isCap(token) && (token.norm === target || nameStems(token.norm).includes(target) || analyze(token.text).some((r) => r.lemma === target));
}

export { capitalize };
