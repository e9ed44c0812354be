import { tokenize, type Token } from './tokens.ts';

/** A span of text: [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (and closing quotes) before a space and an upper-case letter, a digit or an
// opening quote — but not after an initial ("В. В. Путин", "С.А. Рябков", "Дж. Байден") or an abbreviation
// ("2021 г. Россия", "ул. Тверская").
const BOUNDARY = /[.!?…]+[»"”)]*(?=\s+[«"„(]?[\p{Lu}\d])/gu;
const ABBREVIATIONS = new Set([
  'г', 'гг', 'ул', 'д', 'им', 'т', 'е', 'см', 'ст', 'п', 'пр', 'проф', 'акад', 'ген', 'млн', 'млрд', 'тыс', 'руб',
  'долл', 'стр', 'обл', 'р', 'пос', 'корп', 'кв', 'тел', 'рис', 'табл', 'англ', 'нем', 'франц', 'лат', 'англ',
  'Дж', 'Mr', 'Mrs', 'Ms', 'Dr', 'St', 'No', 'vs', 'etc', 'Jr', 'Sr',
]);

/** Sentence spans inside one line of text (no sentence crosses a line break). */
export function splitSentences(line: string, offset = 0): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    if (match[0][0] === '.' && noBreakAfter(line, match.index)) continue;
    const end = match.index + match[0].length;
    spans.push({ start: start + offset, end: end + offset });
    start = end;
    while (start < line.length && /\s/.test(line[start]!)) start++;
  }
  let end = line.length;
  while (end > start && /\s/.test(line[end - 1]!)) end--;
  if (start < end) spans.push({ start: start + offset, end: end + offset });
  return spans;
}

/** Sentence spans of a whole text: paragraphs and lines are split first, so headlines stand alone. */
export function segmentSentences(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  for (const line of text.split('\n')) {
    if (line.trim() !== '') spans.push(...splitSentences(line, lineStart));
    lineStart += line.length + 1;
  }
  return spans;
}

/** The word before a period is an initial or an abbreviation. */
function noBreakAfter(line: string, periodIndex: number): boolean {
  const before = /([\p{L}]+)$/u.exec(line.slice(Math.max(0, periodIndex - 8), periodIndex));
  if (!before) return false;
  const word = before[1]!;
  return (word.length === 1 && word === word.toUpperCase()) || ABBREVIATIONS.has(word);
}

/** A sentence and its tokens. */
export interface TokenizedSentence {
  span: Span;
  tokens: readonly Token[];
}

let lastText: string | null = null;
let lastSentences: TokenizedSentence[] = [];

/**
 * The sentences of a text with their tokens. Mentions and events both read every sentence of an article in
 * turn: the last text's result is kept, so it is segmented and tokenized once. Callers must not change it.
 */
export function tokenizedSentences(text: string): readonly TokenizedSentence[] {
  if (text !== lastText) {
    lastSentences = segmentSentences(text).map((span) => ({ span, tokens: tokenize(text, span.start, span.end) }));
    lastText = text;
  }
  return lastSentences;
}
