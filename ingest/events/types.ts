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
