import type { KnowledgeBase } from '../kb/load.ts';
import { analyze } from '../morph/morph.ts';
import { slug } from '../mentions/names.ts';
import type { Mention } from '../mentions/types.ts';
import { CONDITIONAL, DEMONSTRATIVES, DENIAL, LOCATIVE, NEGATED_REJECT_VERBS, NEGATION, PROPOSE_VERBS, REJECT_VERBS, ROLE_WORDS, SPEECH } from './cues.ts';
import { findDates, isYearless } from './dates.ts';
import { clauseOf, inMention, wordAt, type SentenceView, type Word } from './sentence.ts';
import type { ClaimFact } from './types.ts';

// "направила проекты", "передал предложения": these verbs propose only with a proposal as their object.
const INTENT = new Set(['пообещать', 'обещать', 'намереваться', 'намеренный', 'собираться', 'планировать', 'хотеть', 'готовый']);
const POSSESSIVE = new Set(['свой', 'мой', 'наш', 'ваш', 'твой']);
const NEEDS_PROPOSAL_OBJECT = new Set(['направить', 'передать', 'представить', 'опубликовать', 'показать', 'внести', 'вносить']);
const PROPOSAL_NOUNS = new Set([
  'предложение', 'проект', 'инициатива', 'план', 'договор', 'соглашение', 'договоренность', 'контрпредложение', 'идея', 'требование',
  'ультиматум', 'условие', 'призыв', 'просьба', 'приглашение',
]);
const FIRST_PERSON = new Set(['я', 'мы']);
const SIDE_NOUNS = /^\s*(сторон|дипломат|власт|делегаци|руководств|официальн)/i;
/** Where a proposal's phrase ends before a time or a purpose: "предложения по безопасности | в конце прошлого года". */
const TIME_OR_PURPOSE = new Set(['для', 'ради', 'чтобы', 'дабы']);
const TIME_AFTER_V = new Set(['конце', 'начале', 'середине', 'прошлом', 'этом', 'текущем', 'ходе', 'рамках', 'целях']);

export interface ClaimContext {
  published: string | null;
  kb: KnowledgeBase;
  /** The person who speaks in this sentence when it is a quote, found by attribution ("— сказал Лавров"). */
  speaker: string | null;
}

/** Proposals and refusals a sentence states; negated, conditional and questioned ones give nothing. */
export function findClaims(view: SentenceView, context: ClaimContext): ClaimFact[] {
  if (view.text.trimEnd().endsWith('?')) return [];
  const claims: ClaimFact[] = [];
  for (const word of view.words) {
    const type = claimType(view, word);
    if (!type) continue;
    if (view.words.slice(0, word.index).some((w) => CONDITIONAL.has(w.norm) || DENIAL.has(w.lemma))) continue;
    const actor = actorOf(view, word, context);
    if (!actor) continue;
    const object = objectOf(view, word, type);
    if (!object) continue;
    const addressees = type === 'PROPOSED' ? addresseesOf(view, word, actor) : [];
    const date = findDates(view.text, context.published, view.span.start).find((d) => d.date !== '' && !isYearless(d.date))?.date ?? context.published?.slice(0, 10) ?? null;
    claims.push({
      type,
      actor,
      ...object,
      addressees,
      date,
      sentence: view.span,
      cue: { start: word.start, end: word.end, text: word.text },
      rule: `${type.toLowerCase()}:${word.lemma}`,
      confidence: object.targetName ? 0.6 : 0.8,
    });
  }
  return claims;
}

function claimType(view: SentenceView, word: Word): ClaimFact['type'] | null {
  const before = view.words[word.index - 1];
  const negated = before !== undefined && NEGATION.has(before.norm);
  if (NEGATED_REJECT_VERBS.has(word.lemma) && negated && word.pos === 'VERB') return 'REJECTED';
  if (negated || (word.pos !== 'VERB' && word.pos !== 'INFN')) return null;
  if (callsUnacceptable(view, word)) return 'REJECTED';
  // "призвал отказаться от поставок": what is called for, not a refusal.
  if (REJECT_VERBS.has(word.lemma)) return (word.pos === 'INFN' && calledFor(view, word)) || declinesToSay(view, word) ? null : 'REJECTED';
  // "выступил с инициативой создать…": a proposal made by coming forward with it.
  const comesForward = (word.lemma === 'выступить' || word.lemma === 'выступать') && view.words[word.index + 1]?.norm === 'с' && PROPOSAL_NOUNS.has(view.words[word.index + 2]?.lemma ?? '');
  if (!PROPOSE_VERBS.has(word.lemma) && !comesForward) return null;
  // "пообещал передать приглашение", "намерен предложить": a proposal still to be made.
  if (word.pos === 'INFN' && INTENT.has(view.words[word.index - 1]?.lemma ?? '')) return null;
  if (NEEDS_PROPOSAL_OBJECT.has(word.lemma)) {
    const [, last] = clauseOf(view, word.index);
    const object = view.words.slice(word.index + 1, last + 1);
    const treaty = view.mentions.some((m) => m.kind === 'Treaty' && m.start > word.start);
    if (!treaty && !object.some((w) => PROPOSAL_NOUNS.has(w.lemma))) return null;
  }
  return 'PROPOSED';
}

/** Verdicts that refuse what they qualify. */
const UNACCEPTABLE = new Set(['неприемлемый', 'недопустимый', 'неприемлемо', 'недопустимо', 'абсурдный', 'нереалистичный', 'бессмысленный']);

/** "назвал неприемлемой идею …", "назвал это предложение неприемлемым": a proposal judged unacceptable is refused. */
function callsUnacceptable(view: SentenceView, word: Word): boolean {
  if ((word.lemma !== 'назвать' && word.lemma !== 'называть') || word.pos !== 'VERB') return false;
  const [, last] = clauseOf(view, word.index);
  const after = view.words.slice(word.index + 1, Math.min(last, word.index + 5) + 1);
  return after.some((w) => UNACCEPTABLE.has(w.lemma)) && after.some((w) => PROPOSAL_NOUNS.has(w.lemma) || w.pos === 'INFN');
}

const SAYING = new Set(['комментировать', 'прокомментировать', 'отвечать', 'ответить', 'сообщать', 'сообщить', 'называть', 'назвать', 'раскрывать', 'раскрыть', 'уточнять', 'уточнить', 'говорить', 'обсуждать']);

/** "отказался комментировать слухи": declining to say something refuses no proposal. */
function declinesToSay(view: SentenceView, word: Word): boolean {
  const next = view.words[word.index + 1];
  return next !== undefined && next.pos === 'INFN' && SAYING.has(next.lemma);
}

/** An infinitive governed by a proposing verb earlier in its clause. */
function calledFor(view: SentenceView, word: Word): boolean {
  const [first] = clauseOf(view, word.index);
  return view.words.slice(first, word.index).some((w) => PROPOSE_VERBS.has(w.lemma) && w.pos === 'VERB');
}

const isActor = (m: Mention, kb: KnowledgeBase) =>
  (m.kind === 'Person' || m.kind === 'State' || m.kind === 'Organization') && !kb.entities.get(m.entity)?.isSource && m.via !== 'adjective';

/** Who acts: the nearest person, state or organization before the verb; in a first-person quote, the speaker. */
function actorOf(view: SentenceView, word: Word, context: ClaimContext): string | null {
  // "дипломаты, работающие в США": a state after "в"/"на" is where, not who.
  // "В Минске отвергли": a capital standing for its state acts all the same.
  const located = (m: Mention) => m.kind !== 'Person' && m.via !== 'metonym' && LOCATIVE.has(view.words[(firstWord(view, m)?.index ?? 0) - 1]?.norm ?? '');
  const before = view.mentions.filter((m) => m.end <= word.start && isActor(m, context.kb) && !located(m));
  const last = before.at(-1);
  const lastEnd = last ? last.end : view.span.start;
  const firstPerson = view.words.some((w) => w.start >= lastEnd && w.end <= word.start && FIRST_PERSON.has(w.norm));
  if (firstPerson && context.speaker) return context.speaker;
  // "Российская сторона предложила…": a state adjective with "сторона" is the state.
  // So are "российские дипломаты", "американские власти", "украинская делегация".
  const side = view.mentions.find(
    (m) => m.via === 'adjective' && m.kind === 'State' && m.end <= word.start && SIDE_NOUNS.test(view.text.slice(m.end - view.span.start, m.end - view.span.start + 12)),
  );
  if (side && (!last || side.start > last.start)) return side.entity;
  // The subject is in the nominative: "Блинкен … при общении с Лавровым … призвал", not the nearest name;
  // "Глава МИД Турции Мевлют Чавушоглу отверг": the ministry qualifies the minister, who acts.
  const qualifies = (m: Mention) => ROLE_WORDS.has(view.words.find((w) => w.end <= m.start && w.isWord && w.index === (firstWord(view, m)?.index ?? 0) - 1)?.lemma ?? '');
  const candidates = before.filter((m) => !attributed(view, m) && !(qualifies(m) && m.kind !== 'Person'));
  const subject = subjectOf(view, candidates.filter((m) => nominative(view, m)));
  // "В Минске отвергли", "в Москве предложили": no subject, and the capital after "в" stands for who acts.
  const seat = candidates.filter((m) => m.via === 'metonym' && LOCATIVE.has(view.words[(firstWord(view, m)?.index ?? 0) - 1]?.norm ?? '')).at(-1);
  return (subject ?? candidates.filter((m) => caseless(view, m)).at(-1) ?? seat)?.entity ?? null;
}

/**
 * The last nominative, unless it is a name that does not decline ("Хаменеи") after a verb that a surely
 * nominative name before it governs: "Трамп направил Хаменеи письмо, в котором предложил…" is Trump's proposal.
 */
function subjectOf(view: SentenceView, candidates: Mention[]): Mention | undefined {
  const nominatives = candidates.filter((m) => !obliqueApposition(view, m));
  const last = nominatives.at(-1);
  if (!last || !caseless(view, last)) return last;
  const sure = nominatives.filter((m) => !caseless(view, m) && m.end < last.start).at(-1);
  const verbBetween = sure && view.words.some((w) => w.start >= sure.end && w.end <= last.start && w.pos === 'VERB');
  return verbBetween ? sure : last;
}

/** "верховному лидеру Ирана Али Хаменеи": a name in apposition to an office word takes that word's case. */
function obliqueApposition(view: SentenceView, m: Mention): boolean {
  const first = firstWord(view, m);
  if (!first || m.kind !== 'Person' || m.via === 'role') return false;
  for (let i = first.index - 1; i >= Math.max(0, first.index - 3); i--) {
    const w = view.words[i]!;
    if (ROLE_WORDS.has(w.lemma)) return w.pos === 'NOUN' && !w.tags.has('nomn');
    if (!inMention(view, w)) return false;
  }
  return false;
}

function firstWord(view: SentenceView, m: Mention): Word | undefined {
  return wordAt(view, m.start);
}

const CASES = ['nomn', 'gent', 'datv', 'accs', 'ablt', 'loct'];

/** Whether a mention can be the subject: one of its words in the nominative ("главой МИД" is not: its head is not). */
function nominative(view: SentenceView, m: Mention): boolean {
  const words = view.words.filter((w) => w.start >= m.start && w.end <= m.end && w.isWord);
  const heads = m.via === 'role' ? words.slice(0, 1) : words;
  // A name the dictionary cannot decline ("Моди") may be the subject too; an abbreviation says nothing.
  // A surname the dictionary reads first in another case ("Кулеба") may still be the subject: any nominative reading.
  const nominativeReading = (w: Word) => m.kind === 'Person' && m.via !== 'role' && analyze(w.text).some((r) => r.tags.has('nomn'));
  // "Токаев" reads only as a genitive of "токай": a name written as the person's own nominative is one.
  if (m.kind === 'Person' && m.via !== 'role' && m.text.toLowerCase() === m.name.split(' ').at(-1)?.toLowerCase()) return true;
  return heads.some((w) => (w.tags.has('nomn') && !w.tags.has('Fixd')) || nominativeReading(w) || (/\p{Script=Cyrillic}/u.test(w.text) && !w.isUpper && !CASES.some((c) => w.tags.has(c))));
}

/** "отказался от комментариев": declining to speak refuses nothing proposed. */
const NOT_AN_ACT = new Set(['комментарий', 'комментирование', 'оценка', 'подробность', 'ответ', 'слово', 'интервью']);

/** "отказалась от присоединения к санкциям", "от приема беженцев": refusing an act named right after "от". */
function refusedAct(verb: Word, after: Word[]): Word | undefined {
  if (verb.lemma !== 'отказаться' && verb.lemma !== 'отказываться') return undefined;
  const act = after[1];
  return after[0]?.norm === 'от' && act?.pos === 'NOUN' && !NOT_AN_ACT.has(act.lemma) ? act : undefined;
}

/** An infinitive right after an addressee in the accusative ("американскую сторону отказаться…"), or null. */
function infinitiveAfterAddressee(after: Word[], first: Word): Word | undefined {
  const from = after.indexOf(first);
  if (!analyze(first.text).some((r) => r.tags.has('accs'))) return undefined;
  const before = after.slice(0, from).every((w) => w.pos === 'ADJF' || w.pos === 'PRTF');
  const next = after[from + 1];
  return before && next?.pos === 'INFN' ? next : undefined;
}

/** Abbreviations and foreign names do not decline: their case says nothing. */
function caseless(view: SentenceView, m: Mention): boolean {
  const w = firstWord(view, m);
  return w !== undefined && (w.tags.has('Fixd') || w.isUpper || !/\p{Script=Cyrillic}/u.test(w.text));
}

/** A mention that only says who reports ("сообщает РИА Новости", "передает корреспондент"). */
function attributed(view: SentenceView, m: Mention): boolean {
  const w = wordAt(view, m.start);
  const prev = w ? view.words[w.index - 1] : undefined;
  // "По данным МИД, американский министр предложил", "По словам Лаврова, Киев отказался": the source, not who acts.
  const source = (prev?.lemma === 'данные' || prev?.norm === 'словам') && view.words[prev.index - 1]?.norm === 'по';
  return prev !== undefined && ((SPEECH.has(prev.lemma) && prev.tags.has('3per')) || source);
}

function addresseesOf(view: SentenceView, word: Word, actor: string): string[] {
  const found: string[] = [];
  for (let i = word.index + 1; i < view.words.length; i++) {
    const w = view.words[i]!;
    const m = view.mentions.find((x) => x.start === w.start && x.kind !== 'Treaty' && x.via !== 'adjective');
    if (m) {
      if (m.entity !== actor) found.push(m.entity);
      i = view.words.findIndex((x) => x.end === m.end);
      continue;
    }
    if (w.norm !== 'и' && w.norm !== ',') break;
  }
  return found;
}

const PHRASE_ENDS = new Set([',', ';', '.', '—', '–', ':', '!', '?']);

/**
 * What was proposed or rejected: a treaty named after the verb; else the proposal as a phrase, from the first
 * proposal noun ("предложение об освобождении…") or infinitive ("пересмотреть решение…") to the end of its clause.
 */
function objectOf(view: SentenceView, word: Word, type: ClaimFact['type']): { target: string; targetName?: string } | null {
  const [, clauseEnd] = clauseOf(view, word.index);
  const treaty = view.mentions.find((m) => m.kind === 'Treaty' && m.start > word.start && m.end <= view.words[clauseEnd]!.end);
  if (treaty) return { target: treaty.entity };
  const after = view.words.slice(word.index + 1, clauseEnd + 1);
  // The object is the first infinitive or noun after the verb (names of addressees aside); a proposal only if it is one.
  const first = after.find((w) => w.pos === 'INFN' || (w.pos === 'NOUN' && !w.tags.has('datv') && !inMention(view, w)));
  let head = first && (first.pos === 'INFN' || PROPOSAL_NOUNS.has(first.lemma)) ? first : undefined;
  // "предложил своё посредничество", "предложила перемирие": what is offered is the proposal ("предлагает
  // множество функций", a product's, is not: the perfective only).
  if (!head && first && word.lemma === 'предложить' && word.pos === 'VERB' && first.pos === 'NOUN' && analyze(first.text).some((r) => r.tags.has('accs') && r.tags.has('inan'))) {
    head = first;
    // with its adjectives: "премьерский пост"
    const adjective = (w: Word) => w.pos === 'ADJF' && !POSSESSIVE.has(w.lemma) && !inMention(view, w);
    while (head.index - 1 > word.index && adjective(view.words[head.index - 1]!)) head = view.words[head.index - 1]!;
  }
  // "призвал европейских союзников увеличить расходы": the addressee, then what it is called to do.
  if (!head && first && type === 'PROPOSED') head = infinitiveAfterAddressee(after, first);
  // "настаивал на том, чтобы Кремль принял наше предложение…": the proposal further on.
  if (!head && after[0]?.norm === 'на' && after[1]?.norm === 'том') head = view.words.slice(word.index + 1).find((w) => PROPOSAL_NOUNS.has(w.lemma));
  // A refusal is of a proposal or an act named close after the verb: "отказывается от рассмотрения наших предложений".
  if (type === 'REJECTED') head = after.slice(0, 5).find((w) => PROPOSAL_NOUNS.has(w.lemma) || w.pos === 'INFN') ?? refusedAct(word, after);
  // "В Минске это требование отвергли": the object before the verb, a proposal noun with its demonstrative.
  if (!head && type === 'REJECTED') {
    const [clauseStart] = clauseOf(view, word.index);
    const noun = view.words.slice(clauseStart, word.index).findLast((w) => PROPOSAL_NOUNS.has(w.lemma));
    // Right before the verb, or with only the seat that acts between: "Эту идею в Киеве отвергли".
    const between = noun ? view.words.slice(noun.index + 1, word.index) : [];
    const seat = (w: Word) => w.pos === 'PREP' || inMention(view, w, (m) => m.kind !== 'Person');
    if (noun && between.length <= 3 && between.every(seat)) {
      const demonstrative = view.words[noun.index - 1];
      const first = demonstrative && DEMONSTRATIVES.has(demonstrative.norm) ? demonstrative : noun;
      const name = view.text.slice(first.start - view.span.start, noun.end - view.span.start);
      return { target: `treaty:proposal-${slug(name)}`, targetName: name };
    }
  }
  if (!head) return null;
  let end = head.index;
  const stops = (i: number) => {
    const w = view.words[i]!;
    return PHRASE_ENDS.has(w.text) || UNACCEPTABLE.has(w.lemma) || TIME_OR_PURPOSE.has(w.norm) || /^\d/.test(w.text) || ((w.norm === 'в' || w.norm === 'во') && TIME_AFTER_V.has(view.words[i + 1]?.norm ?? ''));
  };
  while (end + 1 < view.words.length && end - head.index < 10 && !stops(end + 1)) end++;
  // "вернуться на Луну к [2020 году]": a phrase cut before a date or a number ends on its last content word.
  while (end > head.index && ['PREP', 'CONJ', 'PRCL'].includes(view.words[end]!.pos)) end--;
  const phrase = view.words.slice(head.index, end + 1).filter((w) => w.isWord);
  const name = view.text.slice(phrase[0]!.start - view.span.start, phrase.at(-1)!.end - view.span.start);
  return { target: `treaty:proposal-${slug(name.split(' ').slice(0, 8).join(' '))}`, targetName: name };
}
