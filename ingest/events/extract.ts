import type { KnowledgeBase } from '../kb/load.ts';
import type { Mention } from '../mentions/types.ts';
import { tokenizedSentences } from '../segment/sentences.ts';
import { findClaims } from './claims.ts';
import { DEMONSTRATIVES, SPEECH } from './cues.ts';
import { spreadKnownEvents } from './known-events.ts';
import { datesOverlap } from './meeting-dates.ts';
import { findMeetings, isForum } from './meetings.ts';
import { viewSentence, wordAt, type SentenceView } from './sentence.ts';
import type { ClaimFact, MeetingFact } from './types.ts';

export interface EventExtraction {
  meetings: MeetingFact[];
  claims: ClaimFact[];
}

/** Meetings, proposals and refusals in a cleaned text, given its entity mentions. Pure: text in, facts out. */
export function extractEvents(text: string, mentions: Mention[], published: string | null, kb: KnowledgeBase): EventExtraction {
  const meetings: MeetingFact[] = [];
  const claims: ClaimFact[] = [];
  let previousDate: string | null = null;
  let previousSides: readonly string[] = [];
  let forum: { date: string | null; place: string | null } | null = null;
  const forums = new Map<string, { date: string | null; place: string | null }>();
  let previousSpeaker: string | null = null;
  let topic: string[] = [];
  for (const { span, tokens } of tokenizedSentences(text)) {
    const view = viewSentence(text, span, mentions, tokens);
    const speaker = speakerOf(view) ?? (/^[«"„]/.test(view.text) || !/[«"„]/.test(view.text) ? previousSpeaker : null);
    const found = findMeetings(view, { published, kb, previousDate, previousSides, forum, forums }, topic);
    for (const meeting of found) {
      meetings.push(meeting);
      if (meeting.date) previousDate = meeting.date;
      previousSides = meeting.participants;
      if (meeting.meetingType === 'summit' || meeting.meetingType === 'council') forum = { date: meeting.date, place: meeting.place };
      // A meeting of a forum, or one placed in a sentence naming it ("переговоры в Дели … министров G20"), is where talks "на полях G20" happen.
      const named = view.mentions.filter((m) => m.kind === 'Organization' && isForum(m.name)).map((m) => m.entity);
      for (const p of new Set([...meeting.participants, ...(meeting.place ? named : [])])) {
        if (isForum(kb.entities.get(p)?.name)) forums.set(p, { date: meeting.date, place: meeting.place });
      }
    }
    const locative = (m: Mention) => /(^|\s)(в|во|на)\s+$/.test(text.slice(Math.max(0, m.start - 4), m.start));
    topic = view.mentions
      .filter((m) => (m.kind === 'State' || m.kind === 'Person') && m.via !== 'adjective' && !locative(m) && !kb.entities.get(m.entity)?.isSource)
      .map((m) => m.entity);
    topic = [...new Set(topic)];
    for (const claim of findClaims(view, { published, kb, speaker })) claims.push(resolveAnaphora(claim, claims, view));
    previousSpeaker = speakerOf(view) ?? (view.text.includes('»') ? null : previousSpeaker);
  }
  return { meetings: spreadKnownEvents(withCities(meetings, kb)), claims };
}

/**
 * "визит Путина в Сербию" in the headline, "визит в Белград" in the body: a meeting placed in a state takes the
 * city of that state where the article places the same meeting (a shared side, dates that agree).
 */
function withCities(meetings: MeetingFact[], kb: KnowledgeBase): MeetingFact[] {
  return meetings.map((fact) => {
    if (!fact.place || kb.entities.get(fact.place)?.kind !== 'State') return fact;
    const city = meetings.find(
      (other) =>
        other.place !== null &&
        kb.entities.get(other.place)?.partOf === fact.place &&
        other.participants.some((p) => fact.participants.includes(p)) &&
        (other.date === null || fact.date === null || datesOverlap(other.date, fact.date)),
    );
    return city ? { ...fact, place: city.place } : fact;
  });
}

const PROPOSAL_WORD = /^(предложени|инициатив|иде|требовани|призыв|просьб)\p{L}*$/iu;

/** "это предложение", "эту идею", "инициативы": a proposal named by its kind alone, maybe with a demonstrative. */
function pointsBack(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return (words.length === 1 || (words.length === 2 && DEMONSTRATIVES.has(words[0]!))) && PROPOSAL_WORD.test(words.at(-1)!);
}

/**
 * "отклонил это предложение": the proposal meant is the last one the article reported; "отверг предложение
 * Путина": the last one that Putin made.
 */
function resolveAnaphora(claim: ClaimFact, earlier: ClaimFact[], view: SentenceView): ClaimFact {
  if (!claim.targetName) return claim;
  const proposals = earlier.filter((c) => c.type === 'PROPOSED');
  let proposal: ClaimFact | undefined;
  if (pointsBack(claim.targetName)) proposal = proposals.at(-1);
  const owned = /^(предложени\p{L}*|инициатив\p{L}*|план\p{L}*)\s+(\S.*)$/iu.exec(claim.targetName);
  if (!proposal && owned) {
    const at = view.text.indexOf(claim.targetName);
    const ownerStart = view.span.start + at + claim.targetName.length - owned[2]!.length;
    const owner = at >= 0 ? view.mentions.find((m) => m.start === ownerStart) : undefined;
    if (owner) proposal = proposals.filter((c) => c.actor === owner.entity).at(-1);
  }
  // "отвергла идею международной миссии" after "попросил направить миссию": a word of the proposal named again.
  const named = /^(предложени|инициатив|иде|план|требовани|призыв)\p{L}*\s+(.+)$/iu.exec(claim.targetName);
  if (!proposal && named && claim.type === 'REJECTED') proposal = proposals.filter((c) => c.targetName && sharesWord(c.targetName, named[2]!)).at(-1);
  // A headline and the body state one proposal twice: the same actor, the same verb.
  if (!proposal && claim.type === 'PROPOSED') proposal = proposals.filter((c) => c.actor === claim.actor && c.targetName && firstWord(c.targetName) === firstWord(claim.targetName!)).at(-1);
  if (!proposal) return claim;
  const { targetName: _ignored, ...rest } = claim;
  return { ...rest, target: proposal.target, ...(proposal.targetName ? { targetName: proposal.targetName } : {}) };
}

const firstWord = (phrase: string) => phrase.split(/\s+/)[0]!.toLowerCase();
/** Word stems (first five letters of words of six or more) two phrases share. */
function sharesWord(a: string, b: string): boolean {
  const stems = (p: string) => new Set(p.toLowerCase().split(/[^\p{L}]+/u).filter((w) => w.length >= 6).map((w) => w.slice(0, 5)));
  const theirs = stems(b);
  return [...stems(a)].some((w) => theirs.has(w));
}

/** Who speaks in a quote: "— сказал Лавров", "приводит слова Блинкена", "по словам министра". */
function speakerOf(view: SentenceView): string | null {
  for (const m of view.mentions) {
    if (m.kind !== 'Person') continue;
    const w = wordAt(view, m.start);
    if (!w) continue;
    // "Мустафа Джемилев: Да, всё верно": an interview's speaker label.
    if (w.index === 0 && view.words.find((x) => x.start >= m.end)?.text === ':') return m.entity;
    // "Вы передавали письмо президенту Турции?": whom something is said to is not who says it.
    if (w.tags.has('datv')) continue;
    const before = view.words.slice(Math.max(0, w.index - 3), w.index).map((x) => x.lemma);
    if (before.some((l) => SPEECH.has(l) || l === 'слово')) return m.entity;
  }
  return null;
}
