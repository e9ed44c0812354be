/** One reading of a word: its lemma (lower case, ё folded), part of speech, and grammemes. */
export interface Reading {
  lemma: string;
  pos: string;
  /** OpenCorpora grammemes: nomn/gent/datv/accs/ablt/loct, masc/femn/neut, sing/plur, Name/Surn/Patr/Geox/Orgn/Abbr… */
  tags: ReadonlySet<string>;
  score: number;
  /** Guessed from the word's ending: the dictionary does not know the word. */
  guessed?: true;
}
