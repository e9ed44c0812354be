// Whether a meeting was held, is planned or was cancelled, from the verbs and words around its cue.
import { CANCELLED, HELD_VERBS, PLANNED, TAKES_PLACE, UPCOMING } from './cues.ts';
import { isYearless, type Tense } from './dates.ts';
import type { SentenceView, Word } from './sentence.ts';
import type { MeetingStatus } from './types.ts';

const AGREED = new Set(['договориться', 'условиться']);

/** The finite verb nearest the cue: in its clause, else in the sentence. */
function nearestVerb(view: SentenceView, first: number, last: number, cue: Word): Word | undefined {
  const nearest = (words: Word[]) => words.filter((w) => w.tense !== null).sort((a, b) => Math.abs(a.index - cue.index) - Math.abs(b.index - cue.index))[0];
  return nearest(view.words.slice(first, last + 1)) ?? nearest(view.words);
}

export function tenseOf(view: SentenceView, first: number, last: number, cue: Word): Tense | null {
  const verb = nearestVerb(view, first, last, cue);
  if (!verb) return null;
  return verb.tense === 'futr' ? 'future' : verb.tense === 'past' ? 'past' : null;
}

/** "Обама принимает Саркози", "переговоры проходят в Женеве": a meeting verb in the present reports one going on. */
const GOING_ON = new Set(['встречаться', 'принимать', 'проходить', 'проводить', 'вести', 'идти']);

export function goingOn(view: SentenceView, first: number, last: number, cue: Word): boolean {
  const verb = nearestVerb(view, first, last, cue);
  return verb?.tense === 'pres' && GOING_ON.has(verb.lemma);
}

/** Whether a meeting's date begins after the day an article was published. */
export function isAfter(date: string | null, published: string | null): boolean {
  if (date === null || published === null) return false;
  const start = date.split('/')[0]!;
  return isYearless(start) ? start.slice(2) > published.slice(5, 10) : start.padEnd(10, '-00') > published.slice(0, 10);
}

export function statusOf(view: SentenceView, first: number, last: number, tense: Tense | null, cue: Word, present: boolean): MeetingStatus {
  const lemmas = view.words.map((w) => w.lemma);
  const negatedHeld = view.words.some((w, i) => w.norm === 'не' && TAKES_PLACE.has(lemmas[i + 1] ?? ''));
  if (negatedHeld || lemmas.some((l) => CANCELLED.has(l))) return 'cancelled';
  const clause = view.words.slice(Math.max(0, first - 3), last + 1);
  // "договорились о встрече" plans one; "в ходе визита договорился о …" reports what was agreed at it.
  const plans = (w: Word) => PLANNED.has(w.lemma) && w.index !== cue.index && !(AGREED.has(w.lemma) && w.index > cue.index);
  if (clause.some(plans) || tense === 'future') return 'planned';
  // "продолжить переговоры", "пересечься с Россией", "новых встреч": a meeting wanted, not one reported.
  const before = view.words.slice(Math.max(0, cue.index - 2), cue.index);
  const reportedHeld = view.words.some((w) => HELD_VERBS.has(w.lemma) && w.tense === 'past' && w.pos !== 'INFN');
  if (cue.pos === 'INFN' || (before.some((w) => w.pos === 'INFN' || UPCOMING.has(w.lemma)) && !reportedHeld)) return 'planned';
  return tense === 'past' || present ? 'held' : 'planned';
}
