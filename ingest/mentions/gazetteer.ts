import type { KbEntity } from '../kb/schema.ts';
import type { KnowledgeBase } from '../kb/load.ts';
import { nameKeys, textKeySet } from '../morph/keys.ts';
import { analyze } from '../morph/morph.ts';
import { tokenize, type Token } from '../segment/tokens.ts';
import type { Via } from './types.ts';

/** One way of naming a knowledge-base entity, as a sequence of word patterns. */
interface Alias {
  entity: KbEntity;
  via: Via;
  /** Only stands for the entity when the document also names it (Брюссель → НАТО). */
  contextual: boolean;
  /** upper: an abbreviation ("ЕП") matches only in capitals, never a word that spells it ("Еп"). */
  words: Array<{ keys: ReadonlySet<string>; keyList: readonly string[]; capitalized: boolean; upper: boolean; punctuation: string | null }>;
}

/** A knowledge-base match: a token range and every entity the words could name. */
export interface GazetteerMatch {
  first: number;
  last: number;
  candidates: Array<{ entity: KbEntity; via: Via; contextual: boolean }>;
}

export class Gazetteer {
  private readonly index = new Map<string, Alias[]>();
  /** State adjectives by each of their one-letter-short spellings: "росийский" → "российский". */
  private readonly misspelt = new Map<string, string>();

  constructor(kb: KnowledgeBase) {
    for (const entity of kb.entities.values()) {
      const add = (text: string, via: Via, contextual = false) => this.add(entity, text, via, contextual);
      for (const name of new Set([entity.name, ...entity.aliases])) add(name, 'name');
      if (entity.nameEn && entity.nameEn !== entity.name) add(entity.nameEn, 'name');
      for (const adjective of entity.adjectives ?? []) {
        add(adjective, 'adjective');
        if (entity.kind === 'State') this.addMisspellings(adjective.toLowerCase());
      }
      for (const metonym of entity.metonyms ?? []) add(metonym, 'metonym');
      for (const metonym of entity.contextMetonyms ?? []) add(metonym, 'metonym', true);
      if (entity.kind === 'Person') {
        const surname = entity.name.split(' ').at(-1)!;
        if (surname !== entity.name && surname.length > 2) add(surname, 'surname');
      }
    }
  }

  private add(entity: KbEntity, text: string, via: Via, contextual: boolean): void {
    const words = tokenize(text).map((t) => {
      const keys = new Set(t.isWord ? nameKeys(t.text) : [t.text]);
      return { keys, keyList: [...keys], capitalized: t.isCapitalized, upper: t.isUpper && t.text.length <= 4, punctuation: t.isWord ? null : t.text };
    });
    const first = words[0];
    if (!first) return;
    for (const key of first.keys) {
      const list = this.index.get(key) ?? [];
      list.push({ entity, via, contextual, words });
      this.index.set(key, list);
    }
  }

  private addMisspellings(adjective: string): void {
    if (adjective.length < MIN_MISSPELT || adjective.includes(' ')) return;
    for (let i = 0; i < adjective.length; i++) {
      const short = adjective.slice(0, i) + adjective.slice(i + 1);
      if (!this.misspelt.has(short)) this.misspelt.set(short, adjective);
    }
  }

  /**
   * The keys of a word, with the state adjective it misspells by one letter, missing or extra ("росийской",
   * "россиийской"): only for a word the dictionary does not know, so that no real word ("романский") is read as one.
   */
  private keysOf(token: Token): ReadonlySet<string> {
    const keys = textKeySet(token.text);
    if (token.isCapitalized || token.norm.length < MIN_MISSPELT) return keys;
    const readings = analyze(token.text);
    if (readings.length === 0 || readings.some((r) => !r.guessed)) return keys;
    const fixed = new Set<string>();
    for (const { lemma, pos } of readings) {
      // A guess that cut a prefix off ("пророссийских" → "российский") is another word, not a misspelling.
      if (pos !== 'ADJF' || lemma.slice(0, 2) !== token.norm.slice(0, 2)) continue;
      const missing = this.misspelt.get(lemma);
      if (missing) fixed.add(missing);
      for (let i = 0; i < lemma.length; i++) {
        const extra = lemma.slice(0, i) + lemma.slice(i + 1);
        if (this.index.has(extra)) fixed.add(extra);
      }
    }
    return fixed.size === 0 ? keys : new Set([...keys, ...[...fixed].filter((k) => this.index.has(k))]);
  }

  /** Longest matches, left to right; a match lists every entity its words could name. */
  match(tokens: readonly Token[]): GazetteerMatch[] {
    const keysOf = tokens.map((t) => (t.isWord ? this.keysOf(t) : punctuationKeys(t.text)));
    const matches: GazetteerMatch[] = [];
    for (let i = 0; i < tokens.length; ) {
      let best: GazetteerMatch | null = null;
      // Each key's list holds aliases of its own: no alias comes twice.
      for (const key of keysOf[i]!) {
        for (const alias of this.index.get(key) ?? NO_ALIASES) {
          const last = i + alias.words.length - 1;
          if (!fits(alias, tokens, keysOf, i)) continue;
          const candidate = { entity: alias.entity, via: alias.via, contextual: alias.contextual };
          if (!best || last > best.last) best = { first: i, last, candidates: [candidate] };
          else if (last === best.last && !best.candidates.some((c) => c.entity === alias.entity)) best.candidates.push(candidate);
        }
      }
      if (best) {
        matches.push(best);
        i = best.last + 1;
      } else i++;
    }
    return matches;
  }
}

function fits(alias: Alias, tokens: readonly Token[], keysOf: Array<ReadonlySet<string>>, start: number): boolean {
  if (start + alias.words.length > tokens.length) return false;
  for (let j = 0; j < alias.words.length; j++) if (!fitsWord(alias, j, tokens, keysOf, start)) return false;
  return true;
}

/** Whether the alias's j-th word is the token at start + j (a loop, not a closure per alias tried). */
function fitsWord(alias: Alias, j: number, tokens: readonly Token[], keysOf: Array<ReadonlySet<string>>, start: number): boolean {
  const word = alias.words[j]!;
  const token = tokens[start + j]!;
  if (word.punctuation !== null) return !token.isWord && token.text === word.punctuation;
  if (!token.isWord || (word.capitalized && !token.isCapitalized) || (word.upper && !startsUpper(token.text))) return false;
  // Words of one name sit next to each other: no line break between them.
  if (j > 0 && tokens[start + j - 1]!.end < token.start - 1) return false;
  // A capitalized word opening a sentence may be a common noun ("Политики обсудили"): an inflected form
  // counts only when the dictionary reads it as a proper name.
  if (start + j === 0 && word.capitalized && !word.keys.has(token.norm) && !PROPER.some((tag) => analyze(token.text)[0]?.tags.has(tag))) return false;
  // A surname is no inflected place name: "Ливанов" is not "Ливан".
  if (alias.entity.kind !== 'Person' && !word.keys.has(token.norm) && analyze(token.text)[0]?.tags.has('Surn')) return false;
  // An array walks without the iterator objects a set's walk allocates.
  const keys = keysOf[start + j]!;
  for (let k = 0; k < word.keyList.length; k++) if (keys.has(word.keyList[k]!)) return true;
  return false;
}

const NO_ALIASES: Alias[] = [];
const punctuation = new Map<string, ReadonlySet<string>>();

/** A punctuation token's one key, a set made once per mark. */
function punctuationKeys(text: string): ReadonlySet<string> {
  let keys = punctuation.get(text);
  if (!keys) {
    keys = new Set([text]);
    if (punctuation.size < 10_000) punctuation.set(text, keys);
  }
  return keys;
}

// "МИДе", "НАТО": an abbreviation keeps its capitals when inflected.
const startsUpper = (word: string) => word.length > 1 && word[1] !== word[1]!.toLowerCase();

const PROPER = ['Name', 'Surn', 'Patr', 'Geox', 'Orgn', 'Abbr'];
/** Shorter words are too alike to tell a misspelling from another word. */
const MIN_MISSPELT = 7;
