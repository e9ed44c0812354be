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

export function normalizeWord(word: string): string {
  return word.toLowerCase().replace(/ё/g, 'е').replace(/[‐’]/g, (c) => (c === '‐' ? '-' : "'"));
}

/** Tokens of text[start, end), with offsets into the whole text. */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(start, end);
  for (const match of slice.matchAll(TOKEN)) {
    const word = match[0];
    const first = word[0]!;
    const isWord = /[\p{L}\p{N}]/u.test(first);
    const letters = word.replace(/[^\p{L}]/gu, '');
    tokens.push({
      text: word,
      start: start + match.index,
      end: start + match.index + word.length,
      norm: normalizeWord(word),
      isWord,
      isCapitalized: isWord && first !== first.toLowerCase(),
      isUpper: letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase(),
    });
  }
  return tokens;
}
