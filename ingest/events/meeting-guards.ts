// Meeting words that report no meeting: a title, a negated object, a bare time frame.
import { LOCATIVE, ROLE_WORDS, TAKES_PLACE, TIME_BEFORE } from './cues.ts';
import { clauseOf, inMention, wordAt, type SentenceView, type Word } from './sentence.ts';


/** Whether the meeting word reports no meeting at all. */
export function notReported(view: SentenceView, cue: Word): boolean {
  return timeOnly(view, cue) || negatedObject(view, cue) || negatedVerb(view, cue) || inTitle(view, cue) || speculative(view, cue) || withPress(view, cue) || unscheduled(view, cue) || noneAtAll(view, cue);
}

const SCHEDULING = new Set(['планироваться', 'планировать', 'запланировать', 'назначить', 'назначать', 'определить', 'ожидаться', 'предполагаться', 'намечаться', 'наметить']);

/** "Очной встречи в Женеве не планируется", "новый раунд … пока не назначен": a meeting nobody has scheduled. */
function unscheduled(view: SentenceView, cue: Word): boolean {
  if (cue.pos !== 'NOUN') return false;
  const [first, last] = clauseOf(view, cue.index);
  return view.words.slice(first, last).some((w, i) => w.norm === 'не' && SCHEDULING.has(view.words[first + i + 1]!.lemma));
}

/** "никаких контактов между президентами не было": a meeting denied outright. */
function noneAtAll(view: SentenceView, cue: Word): boolean {
  return view.words.slice(Math.max(0, cue.index - 2), cue.index).some((w) => w.lemma === 'никакой' || w.lemma === 'ни');
}

const PRESS = new Set(['журналист', 'корреспондент', 'пресса', 'репортёр', 'репортер', 'сми']);

/** "в беседе с корреспондентами", "встретился с журналистами": talking to the press is no meeting of sides. */
function withPress(view: SentenceView, cue: Word): boolean {
  const next = view.words.slice(cue.index + 1, cue.index + 4);
  const at = next.findIndex((w) => w.norm === 'с' || w.norm === 'со');
  return at >= 0 && next.slice(at + 1).some((w) => PRESS.has(w.lemma));
}

const SPECULATIVE = new Set(['возможный', 'потенциальный', 'гипотетический', 'предполагаемый', 'вероятный']);

/** "обсудили возможную встречу Путина и Трампа": a meeting talked of as possible is neither held nor planned. */
function speculative(view: SentenceView, cue: Word): boolean {
  return cue.pos === 'NOUN' && SPECULATIVE.has(view.words[cue.index - 1]?.lemma ?? '');
}

/** "он не встречался с Лавровым", "так и не встретились": a meeting verb negated says none took place. */
function negatedVerb(view: SentenceView, cue: Word): boolean {
  if (cue.pos !== 'VERB' && cue.pos !== 'INFN') return false;
  const before = view.words.slice(Math.max(0, cue.index - 2), cue.index);
  // "не только встретился, но и …" is no denial.
  return before.at(-1)?.norm === 'не' || (before[0]?.norm === 'не' && before[1]?.pos === 'PRCL' && before[1].norm !== 'только');
}

/** "глава палестинской делегации на переговорах", "представитель России на переговорах": an office's title. */
function inTitle(view: SentenceView, cue: Word): boolean {
  const before = view.words.slice(Math.max(0, cue.index - 3), cue.index);
  return cue.pos === 'NOUN' && before.at(-1)?.norm === 'на' && before.slice(0, -1).some((w) => ROLE_WORDS.has(w.lemma));
}

/** "таких контактов не запрашивала": a meeting that a negated verb says nobody sought or held. */
function negatedObject(view: SentenceView, cue: Word): boolean {
  if (cue.pos !== 'NOUN') return false;
  const [first, last] = clauseOf(view, cue.index);
  // The negated verb governs the noun: nothing but names, prepositions and adjectives between them
  // ("контактов с Россией не запрашивала", "не проводили никаких встреч"; not "не ожидают прорывов по итогам переговоров").
  const filler = (w: Word) => inMention(view, w) || ['PREP', 'ADJF', 'NPRO', 'PRCL'].includes(w.pos);
  for (let n = first; n < last; n++) {
    const verb = view.words[n + 1]!;
    if (view.words[n]!.norm !== 'не' || verb.pos !== 'VERB' || TAKES_PLACE.has(verb.lemma)) continue;
    const between = n > cue.index ? view.words.slice(cue.index + 1, n) : view.words.slice(n + 2, cue.index);
    if (between.length <= 3 && between.every(filler)) return true;
  }
  return false;
}

/** "Накануне визита президент … выступил": the meeting dates another act; it names no one who met. */
function timeOnly(view: SentenceView, cue: Word): boolean {
  const before = view.words[cue.index - 1];
  const twoBefore = `${view.words[cue.index - 2]?.norm ?? ''} ${before?.norm ?? ''}`;
  if (!before || cue.pos !== 'NOUN' || !(TIME_BEFORE.has(before.norm) || TIME_BEFORE.has(twoBefore))) return false;
  // "после встречи с Лавровым", "накануне визита Лаврова", "после переговоров в Женеве": who met, or where,
  // follows the noun at once.
  const next = view.words[cue.index + 1];
  const startsMention = (w: Word | undefined, place = false) =>
    w !== undefined && view.mentions.some((m) => m.start === w.start && m.via !== 'adjective' && (!place || m.kind === 'Place' || m.kind === 'State'));
  const placed = next !== undefined && LOCATIVE.has(next.norm) && startsMention(view.words[cue.index + 2], true);
  return !startsMention(next) && !placed && next?.norm !== 'с' && next?.norm !== 'со';
}

const ANNIVERSARY = /(летие|годовщина|юбилей)$/;
const REACTIONS = new Set(['осудить', 'осуждать', 'раскритиковать', 'критиковать', 'приветствовать', 'прокомментировать', 'комментировать', 'назвать', 'оценить', 'протест', 'протестовать', 'против']);

/** The participants less those the sentence names around a meeting without them taking part. */
export function withoutOnlookers(view: SentenceView, cue: Word, first: number, participants: string[]): string[] {
  const namedAfter = (p: string, offset: number) => view.mentions.some((m) => m.entity === p && m.start > offset);
  const after = participants.filter((p) => namedAfter(p, cue.start));
  let sides = participants;
  // "Кан осудил визит Медведева на Курилы", "выразило протест против визита министра": who reacts does not take part.
  const reaction = view.words.slice(Math.max(first, cue.index - 5), cue.index).find((w) => REACTIONS.has(w.lemma));
  if (reaction) sides = sides.filter((p) => namedAfter(p, reaction.start));
  // "сведений о визите российского президента": a visit spoken of has the sides after it, not the speakers.
  const spokenOf = ['о', 'об', 'обо'].includes(view.words[cue.index - 1]?.norm ?? '') && !['с', 'со'].includes(view.words[cue.index + 1]?.norm ?? '');
  if (spokenOf && after.length > 0) sides = sides.filter((p) => after.includes(p));
  // "заявление к 75-летию встречи на Эльбе": an anniversary's meeting is the one remembered, with only its own sides.
  if (view.words.slice(Math.max(0, cue.index - 2), cue.index).some((w) => ANNIVERSARY.test(w.lemma))) sides = sides.filter((p) => after.includes(p));
  // "вместо Нетаньяху Иерусалим будет представлять…": who is replaced does not take part.
  const replaced = new Set(view.mentions.filter((m) => view.words[(wordAt(view, m.start)?.index ?? 0) - 1]?.norm === 'вместо').map((m) => m.entity));
  return sides.filter((p) => !replaced.has(p));
}
