// Types for the parts of az (OpenCorpora morphology) that diplograph uses.
declare module 'az' {
  interface AzTag {
    POS?: string;
    CAse?: string;
    GNdr?: string;
    NMbr?: string;
    toString(): string;
    [grammeme: string]: unknown;
  }
  interface AzParse {
    word: string;
    tag: AzTag;
    score: number;
    /** The az parser that read it: "Dictionary" for words the dictionary knows. */
    parser?: string;
    normalize(keepPOS?: boolean): AzParse;
    inflect(grammemes: Record<string, boolean>): AzParse | false;
  }
  interface AzMorph {
    (word: string, options?: Record<string, unknown>): AzParse[];
    init(path: string, callback: (error: Error | null) => void): void;
  }
  const Az: { Morph: AzMorph };
  export default Az;
}
