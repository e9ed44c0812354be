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
    event: { id: event.id, name: event.name, ...(event.wikidata ? { wikidata: event.wikidata } : {}) },
  };
}

/**
 * Fits: the same place where both have one; a compatible date — or, for an undated report, the same place; the
 * report's sides among the event's, two of them when the report lacks a date or a place.
 */
export function matchKnownEvent(fact: MeetingFact, kb: KnowledgeBase): KbEvent | null {
  if (kb.events.length === 0 || (fact.date === null && fact.place === null)) return null;
  // Without a place, only a day says which event: "переговоры России и США в марте" could be any of several.
  if (fact.place === null && !/^(\d{4}|-)-\d{2}-\d{2}$/.test(fact.date ?? '')) return null;
  const people = fact.participants.filter((p) => p.startsWith('person:'));
  let best: KbEvent | null = null;
  let bestShared = 0;
  let tie = false;
  for (const event of kb.events) {
    if (fact.place && event.place && fact.place !== event.place) continue;
    if (fact.date === null ? event.place !== fact.place : !datesOverlap(fact.date, rangeOf(event))) continue;
    const members = membersOf(event);
    if (people.some((p) => !members.has(p))) continue;
    // A ministry stands for its state here: "МИД России" at a meeting of Russia.
    const shared = fact.participants.filter((p) => members.has(p) || members.has(kb.entities.get(p)?.partOf ?? '')).length;
    // A side the event did not have makes it another meeting, unless the report agrees with it on three others.
    if (shared < fact.participants.length && shared < 3) continue;
    if (shared < (fact.date === null || fact.place === null ? Math.min(2, event.participants.length) : 1)) continue;
    if (shared > bestShared) [best, bestShared, tie] = [event, shared, false];
    else if (shared === bestShared) tie = true;
  }
  return tie ? null : best;
}

const ranges = new WeakMap<KbEvent, string>();

/** An event's dates as one range, made once. */
function rangeOf(event: KbEvent): string {
  let range = ranges.get(event);
  if (range === undefined) ranges.set(event, (range = `${event.from}/${event.to}`));
  return range;
}

const memberSets = new WeakMap<KbEvent, ReadonlySet<string>>();

/** An event's participants as a set, made once: every meeting report of every article is matched against all events. */
function membersOf(event: KbEvent): ReadonlySet<string> {
  let members = memberSets.get(event);
  if (!members) memberSets.set(event, (members = new Set(event.participants)));
  return members;
}

/**
 * Reports in one article of a meeting on the same day as a known event it names elsewhere are that event:
 * "переговоров с Блинкеном" beside "встреча Лаврова и Блинкена в Женеве 21 января". So is an undated report of
 * the event's own sides with its status — a headline ("Путин и Байден обсудили по телефону…") over a dated body.
 */
export function spreadKnownEvents(facts: MeetingFact[]): MeetingFact[] {
  const known = facts.filter((f) => f.event);
  return facts.map((fact) => {
    if (fact.event) return fact;
    const same = known.find(
      (k) =>
        k.date !== null &&
        (k.meetingType === 'phone_call') === (fact.meetingType === 'phone_call') &&
        (fact.place === null || fact.place === k.place) &&
        (fact.date !== null
          ? datesOverlap(k.date, fact.date) && fact.participants.some((p) => k.participants.includes(p))
          : fact.status === k.status && fact.participants.every((p) => k.participants.includes(p))),
    );
    return same ? { ...fact, date: same.date, place: same.place, status: same.status, event: same.event! } : fact;
  });
}
