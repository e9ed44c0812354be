import type { KbEvent } from '../kb/schema.ts';
import type { KnowledgeBase } from '../kb/load.ts';
import { datesOverlap } from './meeting-dates.ts';
import type { MeetingFact } from './types.ts';

/** The known event a meeting report is about, if exactly one fits best; the report then takes its date and place. */
export function withKnownEvent(fact: MeetingFact, kb: KnowledgeBase): MeetingFact {
  const event = matchKnownEvent(fact, kb);
  if (!event) return fact;
  return {
    ...fact,
    date: event.from === event.to ? event.from : `${event.from}/${event.to}`,
    place: event.place ?? fact.place,
    // The knowledge base lists meetings that took place.
    status: fact.status === 'cancelled' ? fact.status : 'held',
    event: { id: event.id, name: event.name, ...(event.wikidata ? { wikidata: event.wikidata } : {}) },
  };
}

/**
 * Fits: the same place where both have one; a compatible date — or, for an undated report, the same place; and
 * the report's people among the event's (a report naming only states must share two with it when undated).
 */
export function matchKnownEvent(fact: MeetingFact, kb: KnowledgeBase): KbEvent | null {
  if (kb.events.length === 0 || (fact.date === null && fact.place === null)) return null;
  const people = fact.participants.filter((p) => p.startsWith('person:'));
  let best: KbEvent | null = null;
  let bestShared = 0;
  let tie = false;
  for (const event of kb.events) {
    if (fact.place && event.place && fact.place !== event.place) continue;
    if (fact.date === null ? event.place !== fact.place : !datesOverlap(fact.date, `${event.from}/${event.to}`)) continue;
    const members = new Set(event.participants);
    if (people.some((p) => !members.has(p))) continue;
    const shared = fact.participants.filter((p) => members.has(p)).length;
    if (shared < (fact.date === null && people.length === 0 ? 2 : 1)) continue;
    if (shared > bestShared) [best, bestShared, tie] = [event, shared, false];
    else if (shared === bestShared) tie = true;
  }
  return tie ? null : best;
}
