import { createHash } from 'node:crypto';
import { insertEvidence } from '../../src/graph/evidence.ts';
import { edgeKey, type KnowledgeGraph } from '../../src/graph/model.ts';
import type { Evidence, NodeOfKind } from '../../src/schema/index.ts';
import type { Article } from '../article.ts';
import { slug } from '../mentions/names.ts';
import type { EventExtraction } from './extract.ts';
import { isYearless } from './dates.ts';
import { candidateMeetings, indexMeeting } from './meeting-index.ts';
import { metPairs } from './met.ts';
import { dateAgreement, datesOverlap, isoOrNull, refineDate } from './meeting-dates.ts';
import type { ClaimFact, MeetingFact, Provenance } from './types.ts';

type MeetingNode = NodeOfKind<'Meeting'>;
const STATUS_RANK = { planned: 0, cancelled: 1, held: 2 } as const;
const TYPE_NAMES: Record<string, string> = {
  talks: 'Переговоры', summit: 'Саммит', phone_call: 'Телефонный разговор', council: 'Заседание', consultations: 'Консультации', visit: 'Визит', meeting: 'Встреча',
};

function evidenceOf(article: Article, fact: Provenance, date: string | null): Evidence {
  return {
    article: article.key,
    quote: article.text.slice(fact.sentence.start, fact.sentence.end),
    start: fact.sentence.start,
    end: fact.sentence.end,
    ...(date ? { date } : {}),
    cue: fact.cue,
    rule: fact.rule,
    confidence: fact.confidence,
  };
}

/** Adds an article's meetings and claims: one Meeting node per real meeting, however many articles report it. */
export function addEvents(graph: KnowledgeGraph, article: Article, events: EventExtraction, ensure: (key: string) => boolean): void {
  for (const fact of events.meetings) {
    const participants = fact.participants.filter(ensure);
    if (participants.length === 0) continue;
    const place = fact.place && ensure(fact.place) ? fact.place : null;
    const date = isoOrNull(fact.date);
    const evidence = evidenceOf(article, fact, date);
    const key = fact.event
      ? knownMeeting(graph, { ...fact, participants, place })
      : (findSameMeeting(graph, { ...fact, participants, place }, article.key) ?? newMeeting(graph, { ...fact, participants, place }));
    mergeMeeting(graph, key, { ...fact, participants, place });
    for (const p of participants) addClaimEdge(graph, 'PARTICIPATED_IN', p, key, evidence, date);
    indexMeeting(graph, key, article.key);
    if (place) addEvidenceEdge(graph, 'HELD_IN', key, place, evidence);
  }
  for (const claim of events.claims) {
    if (!ensure(claim.actor)) continue;
    const target = claim.targetName ? proposalNode(graph, claim) : ensure(claim.target) ? claim.target : null;
    if (!target || target === claim.actor) continue;
    addClaimEdge(graph, claim.type, claim.actor, target, evidenceOf(article, claim, claim.date), claim.date, claim.addressees.filter(ensure));
  }
}

function proposalNode(graph: KnowledgeGraph, claim: ClaimFact): string {
  if (!graph.hasNode(claim.target)) graph.addNode(claim.target, { kind: 'Treaty', name: claim.targetName!, subtype: 'proposal' });
  return claim.target;
}

function addClaimEdge(graph: KnowledgeGraph, type: 'PARTICIPATED_IN' | 'PROPOSED' | 'REJECTED', source: string, target: string, evidence: Evidence, date: string | null, addressees: string[] = []): void {
  const key = edgeKey(type, source, target);
  if (!graph.hasEdge(key)) {
    const base = { date, evidence: [evidence] };
    if (type === 'PROPOSED') graph.addDirectedEdgeWithKey(key, source, target, { type, ...base, ...(addressees.length ? { addressees: [...addressees].sort() } : {}) });
    else graph.addDirectedEdgeWithKey(key, source, target, { type, ...base });
    return;
  }
  const existing = graph.getEdgeAttributes(key);
  if (existing.type !== 'PARTICIPATED_IN' && existing.type !== 'PROPOSED' && existing.type !== 'REJECTED') return;
  const merged = { ...existing, evidence: mergeEvidence(existing.evidence, evidence), date: existing.date ?? date };
  if (merged.type === 'PROPOSED') {
    const all = [...new Set([...(merged.addressees ?? []), ...addressees])].sort();
    if (all.length > 0) merged.addressees = all;
  }
  graph.replaceEdgeAttributes(key, merged);
}

function addEvidenceEdge(graph: KnowledgeGraph, type: 'HELD_IN', source: string, target: string, evidence: Evidence): void {
  const key = edgeKey(type, source, target);
  if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, source, target, { type, evidence: [evidence] });
  else {
    const existing = graph.getEdgeAttributes(key);
    if (existing.type === 'HELD_IN') graph.replaceEdgeAttributes(key, { ...existing, evidence: mergeEvidence(existing.evidence ?? [], evidence) });
  }
}

/** Evidence order: by article, then offset; one per (article, offset). */
const byArticleThenStart = (a: Evidence, b: Evidence) => (a.article < b.article ? -1 : a.article > b.article ? 1 : a.start - b.start);

function mergeEvidence(list: Evidence[], item: Evidence): Evidence[] {
  insertEvidence(list, item, byArticleThenStart);
  return list;
}

function reportedIn(graph: KnowledgeGraph, meeting: string, article: string): boolean {
  return graph.someInEdge(meeting, (_e, attrs) => attrs.type === 'PARTICIPATED_IN' && attrs.evidence.some((ev) => ev.article === article));
}

/** The date a Meeting node stands for: its ISO date, else its day without a year. */
const meetingDate = (attrs: MeetingNode): string | null => attrs.date ?? attrs.monthDay ?? null;

/**
 * The existing Meeting this report is about: compatible dates, the same place, shared participants. Of several,
 * the best match: the most alike in participants (shared over all), then in date, then the first created.
 */
function findSameMeeting(graph: KnowledgeGraph, fact: MeetingFact, article: string): string | null {
  let best: string | null = null;
  let bestScore = [-1, -1, -Infinity];
  // Only meetings the index offers (see meeting-index.ts); one offered twice comes to the same result.
  for (const [key, order] of candidateMeetings(graph, fact.participants, fact.date, fact.place ? placeName(graph, fact.place) : null, article)) {
    const attrs = graph.getNodeAttributes(key);
    if (attrs.kind !== 'Meeting') continue;
    if ((attrs.meetingType === 'phone_call') !== (fact.meetingType === 'phone_call')) continue;
    if (attrs.place && fact.place && attrs.place !== placeName(graph, fact.place)) continue;
    const date = meetingDate(attrs);
    const dated = date !== null && fact.date !== null;
    if (dated && !datesOverlap(date, fact.date!)) continue;
    // Without a date on both sides, only the same place (or the same article) and two shared participants make it one.
    if (!dated && (!attrs.place || !fact.place) && !reportedIn(graph, key, article)) continue;
    const theirs = new Set(graph.inNeighbors(key));
    const shared = fact.participants.filter((p) => theirs.has(p)).length;
    const needed = dated ? 1 : Math.min(2, fact.participants.length, theirs.size);
    if (shared < Math.max(1, needed)) continue;
    // Two talks of one minister on one day at one summit are two meetings: one side in common is not enough,
    // unless one report names only some of the other's sides.
    const within = shared === new Set(fact.participants).size || shared === theirs.size;
    if (!within && shared < 2) continue;
    const score = [shared / new Set([...theirs, ...fact.participants]).size, dateAgreement(date, fact.date), -order];
    if (score[0]! > bestScore[0]! || (score[0] === bestScore[0] && (score[1]! > bestScore[1]! || (score[1] === bestScore[1] && score[2]! > bestScore[2]!)))) {
      best = key;
      bestScore = score;
    }
  }
  return best;
}


function placeName(graph: KnowledgeGraph, key: string): string {
  return graph.hasNode(key) ? graph.getNodeAttribute(key, 'name') : key;
}

function newMeeting(graph: KnowledgeGraph, fact: MeetingFact): string {
  const who = createHash('sha256').update([...fact.participants].sort().join('|')).digest('hex').slice(0, 8);
  const base = `meeting:${fact.date ? slug(fact.date) : 'undated'}-${fact.place ? fact.place.split(':')[1] : 'somewhere'}-${who}`;
  // Two meetings of the same people, both undated and placeless, are still two meetings (a call and a visit).
  let key = base;
  for (let n = 2; graph.hasNode(key); n++) key = `${base}-${n}`;
  const names = fact.participants.map((p) => placeName(graph, p)).join(' — ');
  const where = fact.place ? placeName(graph, fact.place) : null;
  const attrs: MeetingNode = {
    kind: 'Meeting',
    name: `${TYPE_NAMES[fact.meetingType]}: ${names}${where || fact.date ? ` (${[where, fact.date].filter(Boolean).join(', ')})` : ''}`,
    ...withDate(fact.date),
    place: where,
    status: fact.status,
    meetingType: fact.meetingType,
  };
  graph.addNode(key, attrs);
  return key;
}

/** The node of a known event: one key per event, its name and Wikidata id from the knowledge base. */
function knownMeeting(graph: KnowledgeGraph, fact: MeetingFact): string {
  const event = fact.event!;
  const key = `meeting:${event.id.slice('event:'.length)}`;
  if (!graph.hasNode(key)) {
    graph.addNode(key, {
      kind: 'Meeting',
      name: event.name,
      ...(event.wikidata ? { wikidata: event.wikidata } : {}),
      ...withDate(fact.date),
      place: fact.place ? placeName(graph, fact.place) : null,
      status: fact.status,
      meetingType: fact.meetingType,
      event: event.id,
    });
  }
  return key;
}

/** A later or more precise report refines the meeting: a planned meeting reported held becomes held. */
function mergeMeeting(graph: KnowledgeGraph, key: string, fact: MeetingFact): void {
  const { monthDay, ...attrs } = graph.getNodeAttributes(key) as MeetingNode;
  graph.replaceNodeAttributes(key, {
    ...attrs,
    ...withDate(refineDate(attrs.date ?? monthDay ?? null, fact.date)),
    place: attrs.place ?? (fact.place ? placeName(graph, fact.place) : null),
    status: STATUS_RANK[fact.status] > STATUS_RANK[attrs.status] ? fact.status : attrs.status,
    ...(attrs.meetingType === 'meeting' && fact.meetingType !== 'meeting' ? { meetingType: fact.meetingType } : {}),
  });
}

/** A Meeting's date attributes: an ISO date, or none and the day without its year. */
function withDate(date: string | null): { date: string | null; monthDay?: string } {
  return date && isYearless(date) ? { date: null, monthDay: date } : { date };
}

/** Names meetings from what all reports together say (a later report may add the date or the place). */
export function nameMeetings(graph: KnowledgeGraph): void {
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== 'Meeting' || attrs.event) return;
    const names = graph.filterInNeighbors(key, (n) => graph.getNodeAttribute(n, 'kind') !== 'Article').map((n) => graph.getNodeAttribute(n, 'name'));
    const where = [attrs.place, attrs.date ?? (attrs.monthDay ? `${attrs.monthDay.slice(2)}, year unknown` : null)].filter(Boolean).join(', ');
    graph.setNodeAttribute(key, 'name', `${TYPE_NAMES[attrs.meetingType ?? 'meeting']}: ${names.join(' — ')}${where ? ` (${where})` : ''}`);
  });
}

/** MET between the people, and between the states, of every held meeting. */
export function addMetEdges(graph: KnowledgeGraph): void {
  graph.forEachNode((meeting, attrs) => {
    if (attrs.kind !== 'Meeting' || attrs.status !== 'held') return;
    const participants: Array<{ key: string; kind: string }> = [];
    graph.forEachInEdge(meeting, (_e, edge, source) => {
      if (edge.type === 'PARTICIPATED_IN') participants.push({ key: source, kind: graph.getNodeAttribute(source, 'kind') });
    });
    for (const [a, b] of metPairs(participants)) addMet(graph, meeting, attrs.date, a, b);
  });
}

function addMet(graph: KnowledgeGraph, meeting: string, date: string | null, a: string, b: string): void {
  const evidenceOfEdge = (p: string) => {
    const e = graph.getEdgeAttributes(edgeKey('PARTICIPATED_IN', p, meeting));
    return e.type === 'PARTICIPATED_IN' ? e.evidence : [];
  };
  const fromB = new Set(evidenceOfEdge(b).map((e) => `${e.article}:${e.start}`));
  const shared = evidenceOfEdge(a).filter((e) => fromB.has(`${e.article}:${e.start}`));
  // A copy: participation lists grow in place, a MET edge keeps what it had.
  const evidence = shared.length > 0 ? shared : [...evidenceOfEdge(a)];
  const key = edgeKey('MET', a, b, meeting);
  if (!graph.hasEdge(key)) graph.addDirectedEdgeWithKey(key, a, b, { type: 'MET', date, evidence, meeting });
}
