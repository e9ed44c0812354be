import { stateAdjectives, type KnowledgeBase } from '../kb/load.ts';
import { analyze } from '../morph/morph.ts';
import type { Mention } from '../mentions/types.ts';
import { CONDITIONAL, DENIAL, HELD_VERBS, LOCATIVE, MEETING_NOUNS, MEETING_VERBS, PROPOSE_VERBS, REJECT_VERBS, ROLE_WORDS, SPEECH } from './cues.ts';
import { findDates, isYearless, shiftYearless, type Tense } from './dates.ts';
import { clauseOf, mentionsIn, wordAt, type SentenceView, type Word } from './sentence.ts';
import { withKnownEvent } from './known-events.ts';
import { findCues, FORUM } from './meeting-cues.ts';
import { notReported, withoutOnlookers } from './meeting-guards.ts';
import { goingOn, isAfter, statusOf, tenseOf } from './meeting-status.ts';
import type { MeetingFact, MeetingType } from './types.ts';


export interface MeetingContext {
  published: string | null;
  kb: KnowledgeBase;
  /** The date of the last meeting reported before, for "на следующий день". */
  previousDate: string | null;
  /** Who took part in the last meeting reported before, for "следующая встреча президентов". */
  previousSides?: readonly string[];
  /** The last summit or council reported before: a talk "на полях" takes its date and place. */
  forum: { date: string | null; place: string | null } | null;
  /** Meetings of forums reported before, by the forum's key: "на полях G20" takes the G20's. */
  forums?: ReadonlyMap<string, { date: string | null; place: string | null }>;
}

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
  let participants = pickParticipants(view, first, last, word, context);
  // "Миллер и Озерец, которые сегодня встречаются": a relative clause meets with its antecedent's people.
  if (participants.length === 0 && view.words[first]?.lemma === 'который' && first >= 2) {
    const [before, end] = clauseOf(view, first - 2);
    participants = pickParticipants(view, before, end, word, context);
  }
  // "Лавров прибыл в Анкару, где встретился с Чавушоглу": who came is who meets there.
  if (WHERE.has(view.words[first]?.norm ?? '') && first >= 2) {
    const [before, end] = clauseOf(view, first - 2);
    const people = pickParticipants(view, before, end, word, context).filter((p) => p.startsWith('person:'));
    participants = [...new Set([...people, ...participants])];
  }
  participants = withoutOnlookers(view, word, first, participants);
  // "Следующая встреча президентов", "переговоры сторон": the sides of the meeting reported before.
  // "Лидеры договорились встретиться": so are plural sides as the subject.
  const sides = view.words[word.index + 1];
  const pluralAs = (w: Word | undefined, grammaticalCase: string) => w !== undefined && GENERIC_SIDES.has(w.lemma) && analyze(w.text).some((r) => r.tags.has('plur') && r.tags.has(grammaticalCase));
  const generic = pluralAs(sides, 'gent') || view.words.slice(first, word.index).some((w) => pluralAs(w, 'nomn'));
  if (generic && (context.previousSides?.length ?? 0) >= 2 && !participants.some((p) => p.startsWith('person:'))) participants = [...context.previousSides!];
  // "Следующий раунд консультаций состоится в Москве": the next round of the same sides.
  const next = view.words.slice(Math.max(0, word.index - 2), word.index).some((w) => w.lemma === 'следующий' || w.lemma === 'очередной');
  if (next && participants.length === 0 && (context.previousSides?.length ?? 0) >= 2) participants = [...context.previousSides!];
  // "… встретиться в Париже — вместе с главой МИД Франции Лораном Фабиусом": named sides after "вместе с".
  const together = view.words.findIndex((w, i) => w.norm === 'вместе' && ['с', 'со'].includes(view.words[i + 1]?.norm ?? ''));
  if (together >= 0 && participants.length > 0) {
    const [, end] = clauseOf(view, together);
    const joined = mentionsIn(view, together, end).filter((m) => m.kind === 'Person').map((m) => m.entity);
    participants = [...new Set([...participants, ...joined])];
  }
  // "Во встрече также принял участие Кирилл Дмитриев": one more side of the meeting reported before.
  // ("с участием делегаций" names the sides themselves.)
  const takesPart = view.words.some((w, i) => w.lemma === 'участие' && ['принять', 'принимать'].includes(view.words[i - 1]?.lemma ?? ''));
  const joins = word.pos === 'NOUN' && takesPart && (context.previousSides?.length ?? 0) >= 2;
  if (joins) participants = [...new Set([...context.previousSides!, ...participants])];
  // "его встреча с Путиным": the possessive is the person the sentence is about.
  const possessive = view.words[word.index - 1];
  if (possessive && ['его', 'ее', 'её'].includes(possessive.norm)) {
    const subject = view.mentions.find((m) => m.kind === 'Person' && m.end <= possessive.start);
    if (subject && !participants.includes(subject.entity)) participants = [subject.entity, ...participants];
  }
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

const WHERE = new Set(['где', 'куда']);
const AIDES = new Set(['посланник', 'спецпосланник', 'помощник', 'советник', 'спецпредставитель', 'представитель', 'пресс-секретарь', 'посол']);

/** Plural nouns naming the sides of a meeting without naming them: "встреча президентов", "переговоры сторон". */
const GENERIC_SIDES = new Set(['президент', 'лидер', 'министр', 'глава', 'сторона', 'премьер', 'канцлер']);

/** People, states and organizations that meet: named in the clause, else in the sentence; never a news agency. */
function pickParticipants(view: SentenceView, first: number, last: number, cue: Word, context: MeetingContext): string[] {
  const actor = (m: Mention) =>
    (m.kind === 'Person' || m.kind === 'State' || m.kind === 'Organization') && m.via !== 'adjective' && !context.kb.entities.get(m.entity)?.isSource;
  const inClause = mentionsIn(view, first, last).filter(actor);
  const people = inClause.some((m) => m.kind === 'Person');
  const qualifier = (m: Mention) => {
    const w = wordAt(view, m.start);
    const before = w ? view.words[w.index - 1] : undefined;
    // "Министр иностранных дел России Сергей Лавров": where the people are named, the state qualifies an office.
    const office = people && w ? view.words.slice(Math.max(0, w.index - 3), w.index).some((x) => ROLE_WORDS.has(x.lemma)) : false;
    // "ситуация на Украине": a state after "в"/"на" is where, not who.
    // "с эмигрантом из России Давидом Сарновым": where a person comes from, where people are named.
    const origin = people && before?.norm === 'из';
    // "консультации по Афганистану", "переговоры по Ирану": the state right after "по" is the topic.
    const topic = before?.norm === 'по' && before.index === cue.index + 1;
    // "посланником президента США Стивеном Уиткоффом": whose envoy he is, not who takes part.
    if (m.kind === 'Person') return m.via === 'role' && before !== undefined && AIDES.has(before.lemma);
    return office || origin || topic || (before !== undefined && LOCATIVE.has(before.norm));
  };
  // Two people named as meeting make it their meeting; the states around them are offices, places and topics.
  const twoPeople = new Set(inClause.filter((m) => m.kind === 'Person').map((m) => m.entity)).size >= 2;
  // …unless the meeting word names another side: "провести встречу с Россией".
  const withSide = (m: Mention) => {
    const w = wordAt(view, m.start);
    return w !== undefined && w.index > cue.index && w.index - cue.index <= 3 && ['с', 'со'].includes(view.words[w.index - 1]?.norm ?? '');
  };
  const chosen = inClause.filter((m) => !qualifier(m) && (!twoPeople || m.kind === 'Person' || withSide(m)));
  // The council itself is where they meet; its members are the participants: "Совет Россия — НАТО".
  const forum = chosen.find((m) => m.start === cue.start && m.kind === 'Organization');
  // "на полях саммита G20": the forum is where they meet, not one of them.
  const venue = (m: Mention) => m.kind === 'Organization' && FORUM.test(m.name) && chosen.some((p) => p.kind === 'Person');
  const keys: string[] = [];
  for (const m of chosen.filter((x) => !venue(x))) {
    // A council of two sides meets as its two sides: "Совет Россия — НАТО" is Russia and NATO.
    const members = m.kind === 'Organization' ? membersOf(m, context.kb) : [];
    keys.push(...(members.length > 0 ? members : m === forum ? [] : [m.entity]));
  }
  // Delegations named by adjectives: "российской и американской делегаций".
  const delegations = view.words.filter((w) => w.lemma === 'делегация' || w.lemma === 'сторона').map((w) => w.index);
  for (const m of view.mentions) {
    const w = wordAt(view, m.start);
    if (m.via === 'adjective' && m.kind === 'State' && w && delegations.some((d) => d > w.index && d - w.index <= 4)) keys.push(m.entity);
  }
  // "российско-американского саммита": the sides a compound adjective names before a meeting word of the clause.
  for (const w of view.words.slice(first, last)) {
    const next = view.words[w.index + 1];
    if (next && (next === cue || MEETING_NOUNS.has(next.lemma))) keys.push(...statesOfCompound(w.norm, context.kb));
  }
  return [...new Set(keys)];
}

const stemsByKb = new WeakMap<KnowledgeBase, Map<string, string>>();

/** States of a compound adjective: "российско-американский" → Russia, USA; "" for any other word. */
export function statesOfCompound(word: string, kb: KnowledgeBase): string[] {
  const parts = word.split('-');
  if (parts.length < 2 || parts.slice(0, -1).some((p) => !p.endsWith('о'))) return [];
  let stems = stemsByKb.get(kb);
  if (!stems) {
    stems = new Map();
    for (const [adjective, state] of stateAdjectives(kb)) stems.set(adjective.replace(/(ий|ый|ой)$/, ''), state);
    stemsByKb.set(kb, stems);
  }
  const known = stems;
  const stemOf = (part: string, last: boolean): string | undefined => {
    if (last) return known.get(part.replace(/(ими|ыми|ого|его|ому|ему|ий|ый|ой|им|ым|ом|ем|ая|яя|ую|юю|ое|ее|ие|ые|их|ых)$/, ''));
    const head = part.slice(0, -1);
    for (const suffix of ['', 'ск', 'ийск', 'анск']) if (known.has(head + suffix)) return known.get(head + suffix);
    return undefined;
  };
  const states = parts.map((p, i) => stemOf(p, i === parts.length - 1));
  return states.every((s) => s !== undefined) ? states : [];
}

function membersOf(forum: Mention, kb: KnowledgeBase): string[] {
  const sides = forum.name.replace(/^Совет\s+/, '').split(/\s+[—–-]\s+/);
  if (sides.length < 2) return [];
  const byName = (name: string) => [...kb.entities.values()].find((e) => e.name === name || e.aliases.includes(name))?.id;
  return sides.map((s) => byName(s.trim())).filter((k): k is string => k !== undefined);
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
