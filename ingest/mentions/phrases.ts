import { analyze, inflect, type Reading } from '../morph/morph.ts';
import { givenNameLemma } from '../kb/given-names.ts';
import type { Token } from '../segment/tokens.ts';
import type { EntityKind } from './types.ts';

/** A multiword name built around a head noun: "Конституционного суда", "Свердловской области", "штата Аризона". */
export interface PhraseSpan {
  first: number;
  last: number;
  kind: EntityKind;
  name: string;
}

const ORG_HEADS = new Set([
  'театр', 'суд', 'фронт', 'банк', 'союз', 'партия', 'комитет', 'совет', 'служба', 'агентство', 'министерство', 'управление', 'фонд',
  'центр', 'университет', 'институт', 'академия', 'церковь', 'федерация', 'компания', 'корпорация', 'концерн', 'завод', 'дума', 'собрание',
  'палата', 'организация', 'ассоциация', 'движение', 'общество', 'объединение', 'холдинг', 'группа', 'клуб', 'музей', 'библиотека',
  'телеканал', 'радиостанция', 'газета', 'журнал', 'издательство', 'лига', 'конгресс', 'парламент', 'правительство', 'администрация',
  'прокуратура', 'инспекция', 'департамент', 'ведомство', 'комиссия', 'трибунал', 'биржа', 'консорциум', 'альянс', 'коалиция', 'армия',
  'флот', 'гвардия', 'полиция', 'милиция', 'сенат', 'меджлис', 'кнессет', 'бундестаг', 'сейм', 'хурал', 'курултай', 'синод', 'патриархия',
]);
const PLACE_HEADS = new Set([
  'область', 'край', 'республика', 'район', 'округ', 'река', 'озеро', 'море', 'океан', 'залив', 'пролив', 'штат', 'провинция', 'город',
  'поселок', 'село', 'деревня', 'остров', 'полуостров', 'площадь', 'бульвар', 'улица', 'проспект', 'переулок', 'набережная', 'шоссе',
  'аэропорт', 'порт', 'вокзал', 'станция', 'гора', 'хребет', 'пустыня', 'долина', 'кантон', 'графство', 'префектура', 'губерния', 'автономия',
  'империя', 'королевство', 'эмират', 'лес', 'парк', 'мост', 'канал', 'регион', 'побережье', 'пространство',
]);

const top = (t: Token) => analyze(t.text)[0];

/** A noun that heads an organization's or a place's name: "области", "городе", "университета". */
export const isHeadNoun = (t: Token): boolean => analyze(t.text).some((r) => r.pos === 'NOUN' && (ORG_HEADS.has(r.lemma) || PLACE_HEADS.has(r.lemma)));
const lemmaOf = (t: Token) => top(t)?.lemma ?? t.norm;
const isAdjective = (t: Token) => top(t)?.pos === 'ADJF';
const isCapWord = (t: Token | undefined): t is Token => Boolean(t?.isWord && t.isCapitalized && /\p{L}/u.test(t.text));

/** Org and place names around head nouns, among free tokens. */
export function findPhrases(tokens: readonly Token[], free: (i: number) => boolean): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!free(i)) continue;
    const span = purposeTail(tokens, namedAfter(tokens, extendTail(tokens, adjectivesAndHead(tokens, i, free) ?? headAndName(tokens, i, free) ?? capitalHead(tokens, i, free), free)), free);
    if (span) {
      spans.push(span);
      i = span.last;
    }
  }
  return spans;
}

/** "Конституционного суда", "Русская православная церковь", "Свердловской области": capitalized adjectives, then the head. */
function adjectivesAndHead(tokens: readonly Token[], i: number, free: (i: number) => boolean): PhraseSpan | null {
  if (!isCapWord(tokens[i]) || !isAdjective(tokens[i])) return null;
  let j = i;
  while (j + 1 < tokens.length && free(j + 1) && isAdjective(tokens[j + 1]!) && tokens[j + 1]!.isWord) j++;
  const head = tokens[j + 1];
  if (!head || !free(j + 1)) return null;
  const headLemma = lemmaOf(head);
  const kind: EntityKind | null = ORG_HEADS.has(headLemma) ? 'Organization' : PLACE_HEADS.has(headLemma) ? 'Place' : null;
  // A capitalized adjective opening a sentence ("Российская сторона…") needs a head that names an institution.
  if (!kind || (i === 0 && !tokens[i + 1]?.isCapitalized && kind === 'Place' && headLemma === 'пространство')) return null;
  return { first: i, last: j + 1, kind, name: nominativePhrase(tokens.slice(i, j + 1), head) };
}

/** "Комитет защиты журналистов", "Министерства сельского хозяйства": a capitalized head inside a sentence. */
function capitalHead(tokens: readonly Token[], i: number, free: (i: number) => boolean): PhraseSpan | null {
  const head = tokens[i]!;
  if (i === 0 || !isCapWord(head) || head.isUpper || !free(i) || tokens[i - 1]!.text === '.') return null;
  const headLemma = lemmaOf(head);
  if (!ORG_HEADS.has(headLemma) || !tokens[i + 1] || !free(i + 1)) return null;
  if (!top(tokens[i + 1]!)?.tags.has('gent') && !(PURPOSE.has(tokens[i + 1]!.norm) && purposeTail(tokens, { first: i, last: i, kind: 'Organization', name: '' }, free)?.last !== i)) return null;
  return { first: i, last: i, kind: 'Organization', name: nominativePhrase([], head) };
}

const NAMED_ONLY = new Set(['суд', 'театр', 'фронт', 'церковь']);

/** An institution's name goes on in the genitive: "…сельского хозяйства Германии", "…бобслея России". */
function extendTail(tokens: readonly Token[], span: PhraseSpan | null, free: (i: number) => boolean): PhraseSpan | null {
  if (!span || span.kind !== 'Organization' || tokens[span.last]!.text === '»') return span;
  const named = NAMED_ONLY.has(lemmaOf(tokens[span.last]!));
  let last = span.last;
  for (let j = span.last + 1; j < tokens.length && j - span.last <= 4; j++) {
    const t = tokens[j]!;
    const reading = top(t);
    if (!t.isWord || !reading?.tags.has('gent') || (reading.pos !== 'NOUN' && reading.pos !== 'ADJF') || NAMED_AFTER.has(t.norm)) break;
    // A person's name after the institution is not part of it: "…агентства Томаса Райтера".
    if (['Name', 'Surn', 'Patr'].some((g) => reading.tags.has(g)) || givenNameLemma(t.text)) break;
    // "Конституционного суда комплекса зданий": a court or a theatre goes on only by a name ("…суда России").
    if (named && !t.isCapitalized) break;
    // Another name may close the tail ("…Германии"), but nothing else already taken.
    if (!free(j) && !t.isCapitalized) break;
    last = j;
    if (t.isCapitalized) break;
  }
  if (last === span.last) return span;
  const tail = tokens.slice(span.last + 1, last + 1).map((t) => t.text).join(' ');
  return { ...span, last, name: `${span.name} ${tail}` };
}

const NAMED_AFTER = new Set(['им', 'имени']);

/** "Театра им. Йозефа Бойса", "театра имени Станиславского и Немировича-Данченко": the person it is named after. */
function namedAfter(tokens: readonly Token[], span: PhraseSpan | null): PhraseSpan | null {
  if (!span || span.kind !== 'Organization') return span;
  let j = span.last + 1;
  if (tokens[j]?.norm === 'им' && tokens[j + 1]?.text === '.') j += 2;
  else if (tokens[j]?.norm === 'имени') j++;
  else return span;
  let last = span.last;
  for (let k = j; k < tokens.length && k - j < 8; k++) {
    const t = tokens[k]!;
    if (t.isWord && t.isCapitalized) last = k;
    else if (!(t.text === '.' && last === k - 1 && tokens[k - 1]!.text.length <= 2) && !(t.norm === 'и' && last === k - 1)) break;
  }
  if (last === span.last) return span;
  return { ...span, last, name: `${span.name} ${tokens.slice(span.last + 1, last + 1).map((t) => t.text).join(' ')}` };
}

/** "штата Аризона", "реки Славянки", "партии «Яблоко»": a head noun, then a capitalized or quoted name. */
function headAndName(tokens: readonly Token[], i: number, free: (i: number) => boolean): PhraseSpan | null {
  const head = tokens[i]!;
  if (!head.isWord || head.isCapitalized) return null;
  const headLemma = lemmaOf(head);
  const kind: EntityKind | null = ORG_HEADS.has(headLemma) ? 'Organization' : PLACE_HEADS.has(headLemma) ? 'Place' : null;
  if (!kind) return null;
  const next = tokens[i + 1];
  if (next && ['«', '"', '“'].includes(next.text)) {
    for (let j = i + 2; j < Math.min(tokens.length, i + 9); j++) {
      // A quoted name may contain other names: "партии «Единая Россия»".
      if (!free(j) && kind !== 'Organization') return null;
      // factRu's spans stop before the closing quote: "партии «Яблоко".
      if (['»', '"', '”'].includes(tokens[j]!.text)) {
        return j > i + 2 ? { first: i, last: j - 1, kind, name: `«${tokens.slice(i + 2, j).map((t) => t.text).join(' ')}»` } : null;
      }
    }
    return null;
  }
  // A Latin name is read whole on its own ("компании Harles und Jentzsch"); the descriptor joins it later.
  if (!isCapWord(next) || !free(i + 1) || next.isUpper || /\p{Script=Latin}/u.test(next.text)) return null;
  let j = i + 1;
  while (isCapWord(tokens[j + 1]) && free(j + 1) && tokens[j + 1]!.start - tokens[j]!.end <= 1) j++;
  return { first: i, last: j, kind, name: tokens.slice(i + 1, j + 1).map((t) => t.text).join(' ') };
}

/** "Свердловской области" → "Свердловская область": the head in the nominative, the adjectives agreeing with it. */
function nominativePhrase(adjectives: Token[], head: Token): string {
  const headTags = top(head)?.tags ?? new Set<string>();
  const number = headTags.has('plur') ? 'plur' : 'sing';
  const gender = ['masc', 'femn', 'neut'].find((g) => headTags.has(g));
  const agreeing = number === 'plur' || !gender ? [number] : [number, gender];
  const words = [...adjectives.map((a) => inflect(a.text, ['nomn', ...agreeing]) ?? a.norm), inflect(head.text, ['nomn', number]) ?? head.norm];
  const phrase = words.join(' ');
  return phrase[0]!.toUpperCase() + phrase.slice(1);
}

// Institutions say what they are for: "Комитет по иностранным делам", "Совет при президенте по правам человека".
const PURPOSE = new Set(['по', 'при']);
// "Госдума по итогам…", "МИД по словам…": adverbial phrases, not part of a name.
const ADVERBIAL = new Set([
  'итог', 'слово', 'данные', 'мнение', 'повод', 'случай', 'причина', 'сравнение', 'отношение', 'линия', 'приглашение', 'инициатива',
  'требование', 'решение', 'результат', 'возможность', 'оценка', 'информация', 'сведение', 'просьба', 'поручение', 'указание', 'факт',
  'время', 'участие', 'поддержка', 'вопрос', 'телефон', 'телевидение', 'радио', 'всё', 'весь', 'сей', 'этот', 'тот', 'мере', 'мера',
]);

/** A name's purpose after "по" (dative) or "при" (locative), with its genitive complements, up to seven words. */
function purposeTail(tokens: readonly Token[], span: PhraseSpan | null, free: (i: number) => boolean): PhraseSpan | null {
  if (!span || span.kind !== 'Organization' || !/^\p{Lu}/u.test(tokens[span.first]!.text)) return span;
  const last = purposeEnd(tokens, span.last, free);
  if (last === span.last) return span;
  return { ...span, last, name: `${span.name} ${tokens.slice(span.last + 1, last + 1).map((t) => t.text).join(' ')}` };
}

/** Where an institution's name ending at `last` ends with its purpose: "Комитет …| по иностранным делам". */
export function purposeEnd(tokens: readonly Token[], end: number, free: (i: number) => boolean): number {
  const prep = tokens[end + 1];
  if (!prep || !PURPOSE.has(prep.norm)) return end;
  const wanted = prep.norm === 'по' ? 'datv' : 'loct';
  let last = end;
  let nouns = 0;
  for (let j = end + 2; j < tokens.length && j - end <= 8; j++) {
    const t = tokens[j]!;
    if (t.norm === 'и' && nouns > 0) continue;
    // Before the first noun only the preposition's case; after it, genitive complements too ("по охране окружающей среды").
    const fits = (r: Reading) => (r.pos === 'NOUN' || r.pos === 'ADJF') && (r.tags.has(wanted) || (nouns > 0 && r.tags.has('gent')));
    const reading = analyze(t.text).find(fits);
    if (!t.isWord || !reading || (!free(j) && !t.isCapitalized) || ADVERBIAL.has(reading.lemma)) break;
    if (analyze(t.text).some((r) => r.tags.has('Name') || r.tags.has('Surn') || r.tags.has('Patr'))) break;
    if (reading.pos === 'NOUN') nouns++;
    last = j;
    // A name already read ("…Москвы", "…РФ") closes the tail.
    if (!free(j)) break;
  }
  while (last > end && !analyze(tokens[last]!.text).some((r) => r.pos === 'NOUN')) last--;
  return nouns === 0 ? end : last;
}
