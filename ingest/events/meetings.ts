import type { Mention } from '../mentions/types.ts';
import { CONDITIONAL, DENIAL, HELD_VERBS, LOCATIVE, MEETING_VERBS, PROPOSE_VERBS, REJECT_VERBS, SPEECH } from './cues.ts';
import { findDates, isYearless, shiftYearless, type Tense } from './dates.ts';
import { clauseOf, mentionsIn, wordAt, type SentenceView, type Word } from './sentence.ts';
import { withKnownEvent } from './known-events.ts';
import { findCues, FORUM } from './meeting-cues.ts';
import { sidesOf } from './meeting-sides.ts';
import { notReported } from './meeting-guards.ts';
import { goingOn, isAfter, statusOf, tenseOf } from './meeting-status.ts';
import type { MeetingContext, MeetingFact, MeetingType } from './types.ts';

export type { MeetingContext };



export const isForum = (name: string | undefined): boolean => name !== undefined && FORUM.test(name);

/** The meetings a sentence reports, one per clause: who, where, when, what kind, and whether it was held. */
export function findMeetings(view: SentenceView, context: MeetingContext, topic: string[]): MeetingFact[] {
  if (view.text.trimEnd().endsWith('?')) return [];
  const facts: MeetingFact[] = [];
  const clauses = new Set<number>();
  for (const cue of findCues(view)) {
    const [first] = clauseOf(view, cue.word.index);
    if (clauses.has(first)) continue;
    clauses.add(first);
    const found = meetingAt(view, cue, context, topic);
    const fact = found ? withKnownEvent(found, context.kb) : null;
    if (fact) {
      facts.push(fact);
      if (fact.date) context = { ...context, previousDate: fact.date };
      context = { ...context, previousSides: fact.participants };
    }
  }
  return facts;
}

function meetingAt(view: SentenceView, cue: { word: Word; type: MeetingType }, context: MeetingContext, topic: string[]): MeetingFact | null {
  const { word, type } = cue;
  if (view.words.slice(0, word.index).some((w) => CONDITIONAL.has(w.norm) || DENIAL.has(w.lemma))) return null;
  if (notReported(view, word)) return null;
  // "предложил провести новый раунд переговоров", "отверг предложение перенести переговоры": a proposal, not a meeting.
  const proposer = view.words.slice(0, word.index).findIndex((w) => PROPOSE_VERBS.has(w.lemma) || REJECT_VERBS.has(w.lemma));
  // "предложил Путину встретиться лично": the meeting verb itself is what is proposed.
  if (proposer >= 0 && (word.pos === 'INFN' || view.words.slice(proposer + 1, word.index).some((w) => w.pos === 'INFN'))) return null;
  const [first, last] = clauseOf(view, word.index);
  let participants = sidesOf(view, word, first, last, context);
  // A telephone call has no place: "в ходе телефонного разговора … на Украину" names a topic.
  let place = type === 'phone_call' ? null : placeOf(view, first, last);
  // "посетил Париж": the visited place is the verb's object, without "в".
  if (!place && word.lemma === 'посетить') place = view.mentions.find((m) => (m.kind === 'Place' || m.kind === 'State') && m.via !== 'adjective' && m.start === view.words[word.index + 1]?.start)?.entity ?? null;
  const tense = tenseOf(view, first, last, word);
  const present = tense === null && goingOn(view, first, last, word);
  let status = statusOf(view, first, last, tense, word, present);
  // The verb's tense places a date without a year, but a plan looks ahead even from a past verb ("договорились
  // встретиться в июле": the July to come); with no verb, a plan or a meeting going on is of the article's day.
  const planned = status === 'planned';
  let date = dateOf(view, word, context, planned && tense === 'past' ? 'future' : (tense ?? (planned || present ? 'present' : 'past')));
  // "завтра встречается", "20 марта принимает": the present tense of a day still to come is a plan.
  if (present && status === 'held' && isAfter(date, context.published)) status = 'planned';
  // "провели переговоры на полях саммита": a side meeting happens where and when the summit does.
  const named = view.mentions.map((m) => context.forums?.get(m.entity)).find((f) => f !== undefined);
  const venue = named ?? context.forum;
  if (/на полях|в кулуарах/i.test(view.text) && venue) {
    date ??= venue.date;
    place ??= venue.place;
  }
  // "Переговоры по этому вопросу прошли 9 и 10 января в Женеве": who takes part was said in the sentence before.
  // Only a report that the meeting took place: "встречу в Рейкьявике встретили тревожно" is a reaction to one.
  const reported = view.words.slice(first, last + 1).some((w) => HELD_VERBS.has(w.lemma) || (w.pos === 'VERB' && MEETING_VERBS.has(w.lemma)));
  const fromTopic = participants.length === 0 && reported && (date !== null || place !== null);
  if (fromTopic) participants = topic;
  // A meeting is a report of one: two sides, or one side with a date or a place.
  if (participants.length === 0 || (participants.length === 1 && date === null && place === null)) return null;
  return {
    meetingType: type,
    status,
    date,
    place,
    participants,
    sentence: view.span,
    cue: { start: word.start, end: word.end, text: word.text },
    rule: `meeting:${word.lemma}`,
    confidence: fromTopic ? 0.5 : participants.length >= 2 ? 0.8 : 0.6,
  };
}


/** Where: a place after "в"/"на" in the clause (a city before a country), else a place elsewhere in the sentence. */
function placeOf(view: SentenceView, first: number, last: number): string | null {
  const located = (m: Mention) => {
    const w = wordAt(view, m.start);
    const before = w ? view.words[w.index - 1] : undefined;
    if (m.via === 'adjective') return m.kind === 'Place';
    // "посол России в США": where an office is, not where the meeting is.
    const office = w ? view.words.slice(Math.max(0, w.index - 4), w.index).some((x) => x.lemma === 'посол' || x.lemma === 'постпред' || x.lemma === 'посольство') : false;
    // "сообщили в Кремле", "в МИД заявили": where the news comes from.
    const after = view.words.find((x) => x.start >= m.end);
    const source = (w !== undefined && SPEECH.has(view.words[w.index - 2]?.lemma ?? '')) || SPEECH.has(after?.lemma ?? '');
    return (m.kind === 'Place' || (m.kind === 'State' && m.via === 'name')) && before !== undefined && LOCATIVE.has(before.norm) && !office && !source;
  };
  const inClause = mentionsIn(view, first, last).filter(located);
  const place = inClause.find((m) => m.kind === 'Place') ?? inClause[0] ?? view.mentions.find((m) => located(m) && m.kind === 'Place');
  return place?.entity ?? null;
}

function dateOf(view: SentenceView, cue: Word, context: MeetingContext, tense: Tense | 'present'): string | null {
  const dates = findDates(view.text, context.published, view.span.start, tense === 'past' ? 'past' : 'future').filter((d) => d.date !== '');
  if (dates.length > 0) {
    const nearest = dates.reduce((a, b) => (Math.abs(a.start - cue.start) <= Math.abs(b.start - cue.start) ? a : b));
    return nearest.date;
  }
  const relative = /(на следующий день|через день|в тот же день|в этот же день)/i.exec(view.text);
  const said = relative?.[1]!.toLowerCase();
  const shift = said === 'через день' ? 2 : said === 'на следующий день' ? 1 : 0;
  if (relative && context.previousDate && isYearless(context.previousDate)) return shiftYearless(context.previousDate, shift);
  if (relative && context.previousDate && /^\d{4}-\d{2}-\d{2}/.test(context.previousDate)) {
    const base = new Date(`${context.previousDate.slice(-10)}T12:00:00Z`);
    base.setUTCDate(base.getUTCDate() + shift);
    return base.toISOString().slice(0, 10);
  }
  // A meeting the article speaks of in the present ("ждет ответов от встречи") is the one of its day.
  return tense === 'present' && !/(следующ|осень|весн|летом|зимой|позже|новую|новой|нового)/i.test(view.text) && context.published ? context.published.slice(0, 10) : null;
}
