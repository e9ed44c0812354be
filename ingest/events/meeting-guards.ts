// Meeting words that report no meeting: a title, a negated object, a bare time frame.
import { LOCATIVE, ROLE_WORDS, TAKES_PLACE, TIME_BEFORE } from './cues.ts';
import { clauseOf, inMention, type SentenceView, type Word } from './sentence.ts';


/** Whether the meeting word reports no meeting at all. */
export function notReported(view: SentenceView, cue: Word): boolean {
  return timeOnly(view, cue) || negatedObject(view, cue) || inTitle(view, cue);
}

/** "глава палестинской делегации на переговорах", "представитель России на переговорах": an office's title. */
function inTitle(view: SentenceView, cue: Word): boolean {
  const before = view.words.slice(Math.max(0, cue.index - 3), cue.index);
  return cue.pos === 'NOUN' && before.at(-1)?.norm === 'на' && before.slice(0, -1).some((w) => ROLE_WORDS.has(w.lemma));
}

/** "таких контактов не запрашивала": a meeting that a negated verb says nobody sought or held. */
function negatedObject(view: SentenceView, cue: Word): boolean {
  if (cue.pos !== 'NOUN') return false;
  const [first, last] = clauseOf(view, cue.index);
  // The negated verb governs the noun: nothing but names, prepositions and adjectives between them
  // ("контактов с Россией не запрашивала", "не проводили никаких встреч"; not "не ожидают прорывов по итогам переговоров").
  const filler = (w: Word) => inMention(view, w) || ['PREP', 'ADJF', 'NPRO', 'PRCL'].includes(w.pos);
  for (let n = first; n < last; n++) {
    const verb = view.words[n + 1]!;
    if (view.words[n]!.norm !== 'не' || verb.pos !== 'VERB' || TAKES_PLACE.has(verb.lemma)) continue;
    const between = n > cue.index ? view.words.slice(cue.index + 1, n) : view.words.slice(n + 2, cue.index);
    if (between.length <= 3 && between.every(filler)) return true;
  }
  return false;
}

/** "Накануне визита президент … выступил": the meeting dates another act; it names no one who met. */
function timeOnly(view: SentenceView, cue: Word): boolean {
  const before = view.words[cue.index - 1];
  const twoBefore = `${view.words[cue.index - 2]?.norm ?? ''} ${before?.norm ?? ''}`;
  if (!before || cue.pos !== 'NOUN' || !(TIME_BEFORE.has(before.norm) || TIME_BEFORE.has(twoBefore))) return false;
  // "после встречи с Лавровым", "накануне визита Лаврова", "после переговоров в Женеве": who met, or where,
  // follows the noun at once.
  const next = view.words[cue.index + 1];
  const startsMention = (w: Word | undefined, place = false) =>
    w !== undefined && view.mentions.some((m) => m.start === w.start && m.via !== 'adjective' && (!place || m.kind === 'Place'));
  const placed = next !== undefined && LOCATIVE.has(next.norm) && startsMention(view.words[cue.index + 2], true);
  return !startsMention(next) && !placed && next?.norm !== 'с' && next?.norm !== 'со';
}
