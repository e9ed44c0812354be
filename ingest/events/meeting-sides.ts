// Who meets: the people, states and organizations a meeting word's clause names, and those it refers back to.
import { stateAdjectives, type KnowledgeBase } from '../kb/load.ts';
import { analyze } from '../morph/morph.ts';
import type { Mention } from '../mentions/types.ts';
import { LOCATIVE, MEETING_NOUNS, ROLE_WORDS } from './cues.ts';
import { FORUM } from './meeting-cues.ts';
import { withoutOnlookers } from './meeting-guards.ts';
import { clauseOf, mentionsIn, wordAt, type SentenceView, type Word } from './sentence.ts';
import type { MeetingContext } from './types.ts';

const WHERE = new Set(['где', 'куда']);
const AIDES = new Set(['посланник', 'спецпосланник', 'помощник', 'советник', 'спецпредставитель', 'представитель', 'пресс-секретарь', 'посол']);

/** Plural nouns naming the sides of a meeting without naming them: "встреча президентов", "переговоры сторон". */
const GENERIC_SIDES = new Set(['президент', 'лидер', 'министр', 'глава', 'сторона', 'премьер', 'канцлер']);

/** The sides of the meeting a cue reports: named in its clause, or in the clause or the meeting it refers to. */
export function sidesOf(view: SentenceView, word: Word, first: number, last: number, context: MeetingContext): string[] {
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
  return participants;
}

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
