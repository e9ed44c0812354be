/** A sentence inside a line, with offsets into that line. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? … (plus closing quotes) before a space and an upper-case letter, digit or opening quote,
// except after an initial ("В. Путин") or a common abbreviation ("г.", "ул.").
const BOUNDARY = /[.!?…]+[»"”)]*(?=\s+[«"„(]?[\p{Lu}\d])/gu;
const NO_BREAK_BEFORE = /(?:^|[\s(«])(?:\p{Lu}|Дж|г|гг|ул|д|им|т|т\.е|т\.д|т\.п|см|ст|п|пр|проф|акад|ген|млн|млрд|тыс|руб|долл|стр|No|Mr|Mrs|Dr|St)\.$/u;

/** Rough sentence spans for cleaning; extraction uses the full segmenter. */
export function splitSentences(line: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of line.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (NO_BREAK_BEFORE.test(line.slice(Math.max(0, match.index - 6), match.index + 1))) continue;
    spans.push({ start, end });
    start = end;
    while (start < line.length && /\s/.test(line[start]!)) start++;
  }
  if (start < line.length) spans.push({ start, end: line.length });
  return spans;
}
