import type { KnowledgeBase } from '../kb/load.ts';
export type MeetingType = 'talks' | 'summit' | 'phone_call' | 'council' | 'consultations' | 'visit' | 'meeting';
export type MeetingStatus = 'held' | 'planned' | 'cancelled';

/** Offsets of the sentence a fact comes from, and of the word that fired the rule. */
export interface Provenance {
  sentence: { start: number; end: number };
  cue: { start: number; end: number; text: string };
  rule: string;
  confidence: number;
}

/** A meeting one sentence reports. */
export interface MeetingFact extends Provenance {
  meetingType: MeetingType;
  status: MeetingStatus;
  date: string | null;
  place: string | null;
  participants: string[];
  /** The known event (ingest/kb/data/events.json) this report is about. */
  event?: { id: string; name: string; wikidata?: string };
}

/** A proposal or refusal one sentence states. */
export interface ClaimFact extends Provenance {
  type: 'PROPOSED' | 'REJECTED';
  actor: string;
  /** A Treaty node key; proposals without a treaty's name get their own key. */
  target: string;
  /** For proposals named by a phrase rather than a treaty: the phrase. */
  targetName?: string;
  addressees: string[];
  date: string | null;
}

/** What a sentence's meetings are read against: the article's date and what its earlier sentences reported. */
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
