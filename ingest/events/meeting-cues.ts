// The words that report a meeting in a sentence: meeting nouns and verbs, talking by telephone, hosting a guest.
import { analyze } from '../morph/morph.ts';
import { LOCATIVE, MEETING_NOUNS, MEETING_VERBS, ROLE_WORDS } from './cues.ts';
import { isDayWord, isMonthName } from './dates.ts';
import { clauseOf, inMention, wordAt, type SentenceView, type Word } from './sentence.ts';
import type { MeetingType } from './types.ts';

/** Bodies whose sessions are meetings: "в рамках Совета Россия — НАТО", "на полях G20". */
export const FORUM = /^(Совет|Совбез|Генассамблея|G20|G7|БРИКС|ШОС|ОДКБ|АСЕАН|АТЭС|Совет министров)/;

/** The meeting words of a sentence, in order, with the kind of meeting each names. */
export function findCues(view: SentenceView): Array<{ word: Word; type: MeetingType }> {
  const cues: Array<{ word: Word; type: MeetingType }> = [];
  for (const word of view.words) {
    let type = MEETING_NOUNS.get(word.lemma) ?? MEETING_VERBS.get(word.lemma) ?? null;
    const byPhone = type !== null && view.words.slice(Math.max(0, word.index - 3), word.index + 4).some((w) => w.lemma === 'телефонный' || w.lemma === 'телефон');
    if (type && byPhone) type = 'phone_call';
    else if (type === 'phone_call' && word.lemma === 'разговор') type = 'talks';
    // "вызван для консультаций", "комната для встреч": a purpose, not a meeting reported.
    const purpose = view.words[word.index - 1]?.norm === 'для';
    if (!type && HOSTING.has(word.lemma) && word.pos === 'VERB' && receivesGuest(view, word)) type = 'meeting';
    if (!type && TALKING.has(word.lemma) && word.pos === 'VERB' && byTelephone(view, word)) type = 'phone_call';
    if (type && !purpose && (word.pos === 'NOUN' || word.pos === 'VERB' || word.pos === 'INFN')) cues.push({ word, type });
  }
  for (const m of view.mentions) {
    if (m.kind === 'Organization' && FORUM.test(m.name)) {
      const word = wordAt(view, m.start);
      const before = word ? view.words.slice(Math.max(0, word.index - 3), word.index).map((w) => w.lemma) : [];
      if (word && (before.includes('рамка') || before.includes('поле') || before.includes('заседание'))) cues.push({ word, type: 'council' });
    }
  }
  return cues.sort((a, b) => a.word.index - b.word.index);
}

/** "обсудили по телефону зерновую сделку": talking by telephone is a call. */
const TALKING = new Set(['обсудить', 'обсуждать', 'обменяться', 'беседовать', 'побеседовать', 'говорить']);

function byTelephone(view: SentenceView, verb: Word): boolean {
  const near = view.words.slice(verb.index + 1, verb.index + 4);
  const before = view.words.slice(Math.max(0, verb.index - 3), verb.index);
  const phone = (words: Word[]) => words.some((w, i) => (w.lemma === 'телефон' && words[i - 1]?.norm === 'по') || w.lemma === 'телефонный');
  return phone(near) || phone(before);
}

/** "принял в Астане министра…": hosting a guest is meeting one; "принял решение", "принял предложение" are not. */
const HOSTING = new Set(['принять', 'принимать']);
const POSSESSIVES = new Set(['своего', 'свою', 'своих', 'его', 'ее', 'её', 'их']);

/** The verb's object is a person: a role word or a name right after it, a place ("в Астане") allowed between. */
function receivesGuest(view: SentenceView, verb: Word): boolean {
  if (guestBeforeHost(view, verb)) return true;
  // Where and when may stand between: "принял в Астане", "принял в своей резиденции в Токио", "принял 16 марта", "принял в среду".
  const named = (w: Word) => inMention(view, w, (m) => m.kind === 'Place' || m.kind === 'State');
  const locative = (w: Word) => analyze(w.text).some((r) => r.tags.has('loct'));
  const circumstance = (w: Word) => LOCATIVE.has(w.norm) || named(w) || /^\d/.test(w.text) || (w.pos === 'NOUN' && isMonthName(w.norm)) || isDayWord(w.norm) || locative(w);
  let next = view.words[verb.index + 1];
  for (let skipped = 0; next && skipped < 6 && circumstance(next) && !view.mentions.some((m) => m.start === next!.start && m.kind === 'Person'); skipped++) {
    next = view.words[next.index + 1];
  }
  // "своего французского коллегу": a possessive and adjectives may stand before the guest.
  while (next && (POSSESSIVES.has(next.norm) || (next.pos === 'ADJF' && !inMention(view, next, (m) => m.kind === 'Person')))) next = view.words[next.index + 1];
  if (!next) return false;
  const person = view.mentions.some((m) => m.start === next.start && m.kind === 'Person');
  // "министра" reads first as genitive; any accusative reading of a role word will do.
  const guestWord = ROLE_WORDS.has(next.lemma) || next.lemma === 'коллега';
  return person || (guestWord && analyze(next.text).some((r) => r.tags.has('accs') && r.lemma === next.lemma));
}

/** "госсекретаря принял в Кремле Владимир Путин": the guest, not in the nominative, before the verb; the host after it. */
function guestBeforeHost(view: SentenceView, verb: Word): boolean {
  const prev = view.words[verb.index - 1];
  if (!prev || !view.mentions.some((m) => m.kind === 'Person' && m.end === prev.end) || analyze(prev.text).some((r) => r.tags.has('nomn'))) return false;
  const [, last] = clauseOf(view, verb.index);
  const host = view.mentions.find((m) => m.kind === 'Person' && m.start > verb.end && m.end <= view.words[last]!.end);
  const hostEnd = host ? view.words.find((w) => w.end === host.end) : undefined;
  return hostEnd !== undefined && analyze(hostEnd.text).some((r) => r.tags.has('nomn'));
}
