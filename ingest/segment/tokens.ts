export interface Token {
  text: string;
  start: number;
  end: number;
  /** Lower case with ё folded to е: what dictionaries and the knowledge base are keyed by. */
  norm: string;
  /** Letters (and digits) only; hyphenated words ("Нью-Йорк", "российско-американские") are one token. */
  isWord: boolean;
  /** Starts with an upper-case letter. */
  isCapitalized: boolean;
  /** Two or more letters, all upper case ("НАТО", "МИД"). */
  isUpper: boolean;
}

const TOKEN = /[\p{L}\p{N}]+(?:[-‐'’][\p{L}\p{N}]+)*|\S/gu;

const FOLDED = /[ё‐’]/;

export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words have nothing to fold: skip the replacements (every token of every text comes here).
  return FOLDED.test(lower) ? lower.replace(/ё/g, 'е').replace(/[‐’]/g, (c) => (c === '‐' ? '-' : "'")) : lower;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** Tokens of text[start, end), with offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  // exec, not matchAll: no iterator result per token.
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(slice); match !== null; match = TOKEN.exec(slice)) {
    const word = match[0];
    const first = word[0]!;
    const isWord = LETTER_OR_DIGIT.test(first);
    const isCapitalized = isWord && first !== first.toLowerCase();
    // A word that starts with a lower-case letter is not all upper case: no need to look at its letters.
    const letters = first !== first.toUpperCase() ? '' : word.replace(NOT_LETTER, '');
    tokens.push({
      text: word,
      start: start + match.index,
      end: start + match.index + word.length,
      norm: normalizeWord(word),
      isWord,
      isCapitalized,
      isUpper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    });
  }
  return tokens;
}
