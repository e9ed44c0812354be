import { analyze } from '../morph/morph.ts';
import type { Mention } from '../mentions/types.ts';
import { tokenize, type Token } from '../segment/tokens.ts';
import type { Span } from '../segment/sentences.ts';

/** A token with its most likely reading. */
export interface Word extends Token {
  index: number;
  lemma: string;
  pos: string;
  tags: ReadonlySet<string>;
  /** Tense when the word can be a finite verb ("прошло" is read first as an adjective). */
  tense: 'past' | 'futr' | 'pres' | null;
}

/** One sentence ready for event rules: words, the mentions inside it, its clause boundaries. */
export interface SentenceView {
  span: Span;
  text: string;
  words: Word[];
  mentions: Mention[];
  /** Indexes of words that end a clause (commas, dashes, semicolons, quotes). */
  breaks: ReadonlySet<number>;
}

const NO_TAGS: ReadonlySet<string> = new Set();
const CLAUSE_BREAKS = new Set([',', ';', ':', '—', '–', '«', '»', '"', '(', ')']);

export function viewSentence(text: string, span: Span, all: Mention[], tokens: readonly Token[] = tokenize(text, span.start, span.end)): SentenceView {
  const words = tokens.map(toWord);
  const mentions = all.filter((m) => m.start >= span.start && m.end <= span.end);
  const breaks = new Set<number>();
  for (const w of words) if (CLAUSE_BREAKS.has(w.text) && !joins(w, words, mentions)) breaks.add(w.index);
  return { span, text: text.slice(span.start, span.end), words, mentions, breaks };
}

// Module-level functions, not closures per sentence: tsx names every closure it creates, which costs here.
function toWord(t: Token, index: number): Word {
  const readings = analyze(t.text);
  const top = readings[0];
  // A verb reading counts when it is likely, not one az guessed for an unknown word ("трёхстороннюю" as a verb).
  const verb = readings.find((r) => r.pos === 'VERB' && r.score >= 0.3 * (top?.score ?? 0) && r.score >= 0.2);
  const tense = verb ? (TENSES.find((x) => verb.tags.has(x)) ?? null) : null;
  // Fields listed, not spread: V8 clones `{ ...t, index }` on a slow path, a fifth of extraction's time.
  const { text, start, end, norm, isWord, isCapitalized, isUpper } = t;
  return { text, start, end, norm, isWord, isCapitalized, isUpper, index, lemma: top?.lemma ?? norm, pos: top?.pos ?? '', tags: top?.tags ?? NO_TAGS, tense };
}

const TENSES = ['past', 'futr', 'pres'] as const;

/** A break that joins rather than breaks: inside a name, a comma listing names of one kind, a dash between two sides. */
function joins(w: Word, words: Word[], mentions: Mention[]): boolean {
  if (mentions.some((m) => m.start < w.start && w.end < m.end)) return true;
  const before = words[w.index - 1]?.end ?? -1;
  const after = words[w.index + 1]?.start ?? -1;
  // "переговоры России, США и Китая".
  if (w.text === ',') {
    const kind = mentions.find((m) => m.end === before)?.kind;
    return kind !== undefined && kind === mentions.find((m) => m.start === after)?.kind;
  }
  // "Совет Россия — НАТО", "по линии Россия — ОБСЕ".
  return (w.text === '—' || w.text === '–') && mentions.some((m) => m.start === before || m.end === before) && mentions.some((m) => m.start === after || m.end === after);
}

/** The clause around a word: [first, last] word indexes between clause breaks. */
export function clauseOf(view: SentenceView, index: number): [number, number] {
  let first = index;
  for (;;) {
    while (first > 0 && !view.breaks.has(first - 1)) first--;
    const open = participialBefore(view, first);
    if (open === null) break;
    first = open;
  }
  let last = index;
  while (last < view.words.length - 1 && !view.breaks.has(last + 1)) last++;
  return [first, last];
}

/**
 * "Сергей Лавров, находящийся с визитом в Китае, провёл переговоры": a participial phrase between commas, or an
 * apposition between dashes, interrupts the clause it stands in without ending it. Given the first word after a
 * comma or dash, the mark that opens such a phrase before it, or null.
 */
function participialBefore(view: SentenceView, first: number): number | null {
  const close = first - 1;
  const mark = view.words[close]?.text;
  if (close < 1 || (mark !== ',' && mark !== '—')) return null;
  let open = close - 1;
  while (open > 0 && !view.breaks.has(open)) open--;
  if (open <= 0 || view.words[open]!.text !== mark) return null;
  // Between dashes, any apposition: "Министры России, Турции и Ирана — стран-гарантов процесса — провели".
  return mark === '—' || view.words[open + 1]?.pos === 'PRTF' ? open : null;
}

export function mentionsIn(view: SentenceView, first: number, last: number): Mention[] {
  const from = view.words[first]!.start;
  const to = view.words[last]!.end;
  return view.mentions.filter((m) => m.start < to && m.end > from);
}

/** Whether a word is part of a mention (one that `accept` takes, if given). */
export function inMention(view: SentenceView, w: Word, accept: (m: Mention) => boolean = () => true): boolean {
  return view.mentions.some((m) => m.start <= w.start && w.end <= m.end && accept(m));
}

export function wordAt(view: SentenceView, offset: number): Word | undefined {
  return view.words.find((w) => w.start === offset);
}
