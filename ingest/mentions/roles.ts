import { stateAdjectives, type KnowledgeBase } from '../kb/load.ts';
import type { KbRole } from '../kb/schema.ts';
import { nameKeys } from '../morph/keys.ts';
import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { tokenize } from '../segment/tokens.ts';

/** An office named in the text: "глава МИД", "госсекретарь", "генсек". */
export interface RoleSpan {
  first: number;
  last: number;
  role: KbRole;
  /** "министры иностранных дел России и Турции": the office in several states, held by several people. */
  plural?: true;
}

interface RolePattern {
  role: KbRole;
  words: Array<ReadonlySet<string>>;
}

/** Finds role phrases by their words' lemmas, longest first. */
export class RoleMatcher {
  /** Patterns by the keys of their first word, each list longest first (the order of a scan of all patterns). */
  private readonly byFirstKey = new Map<string, RolePattern[]>();

  constructor(kb: KnowledgeBase) {
    const patterns = kb.roles
      .flatMap((role) => role.aliases.map((alias) => ({ role, words: tokenize(alias).filter((t) => t.isWord).map((t) => new Set(nameKeys(t.text))) })))
      .filter((p) => p.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
    for (const p of patterns) {
      for (const key of p.words[0]!) {
        const list = this.byFirstKey.get(key) ?? [];
        if (!list.includes(p)) list.push(p);
        this.byFirstKey.set(key, list);
      }
    }
    this.order = new Map(patterns.map((p, i) => [p, i]));
    this.stateAdjectives = stateAdjectives(kb);
  }

  /** "глава индийского МИД": a state's adjective may stand inside an office's name, after its first word. */
  private readonly stateAdjectives: ReadonlyMap<string, string>;

  private readonly order: Map<RolePattern, number>;

  /** Patterns whose first word the token can be, in scan order. */
  private candidates(keys: readonly string[]): RolePattern[] {
    let only: RolePattern[] | null = null;
    let several = false;
    for (const k of keys) {
      const list = this.byFirstKey.get(k);
      if (!list) continue;
      several = only !== null;
      only ??= list;
    }
    if (!several) return only ?? NONE;
    const found = new Set<RolePattern>();
    for (const k of keys) for (const p of this.byFirstKey.get(k) ?? NONE) found.add(p);
    return found.size <= 1 ? [...found] : [...found].sort((a, b) => this.order.get(a)! - this.order.get(b)!);
  }

  private stateAdjective(token: Token | undefined): boolean {
    if (!token?.isWord || token.isCapitalized) return false;
    const top = analyze(token.text)[0];
    return top?.pos === 'ADJF' && this.stateAdjectives.has(top.lemma);
  }

  match(tokens: readonly Token[]): RoleSpan[] {
    // Only a word's most likely reading counts: "после" is a preposition, not "посол".
    const keys = tokens.map(tokenKeys);
    const spans: RoleSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (keys[i]!.length === 0) continue;
      const candidates = this.candidates(keys[i]!);
      if (candidates.length === 0) continue;
      let skip = 0;
      let pattern = candidates.find((p) => fits(keys, i, p, 0));
      if (!pattern && this.stateAdjective(tokens[i + 1])) {
        pattern = candidates.find((p) => p.words.length > 1 && fits(keys, i, p, 1));
        skip = pattern ? 1 : 0;
      }
      if (!pattern) continue;
      // "президенты России и США" names several people, one per state. The head noun says so, not an adjective
      // before it ("государственным секретарём" reads first as a plural dative).
      const head = tokens.slice(i, i + pattern.words.length + skip).find((t) => analyze(t.text)[0]?.pos === 'NOUN') ?? tokens[i]!;
      const plural = analyze(head.text)[0]?.tags.has('plur') ? ({ plural: true } as const) : {};
      spans.push({ first: i, last: i + pattern.words.length - 1 + skip, role: pattern.role, ...plural });
      i += pattern.words.length - 1 + skip;
    }
    return spans;
  }
}

const NONE: RolePattern[] = [];
const NO_KEYS: string[] = [];

/** A word's form and the lemma of its most likely reading (module-level functions: hot closures cost here). */
function tokenKeys(t: Token): string[] {
  if (!t.isWord) return NO_KEYS;
  const lemma = analyze(t.text)[0]?.lemma ?? t.norm;
  return lemma === t.norm ? [t.norm] : [t.norm, lemma];
}

/** Whether the pattern's words are the tokens from `first` (its later words `skip` tokens further on). */
function fits(keys: readonly string[][], first: number, p: RolePattern, skip: number): boolean {
  for (let j = 0; j < p.words.length; j++) {
    const at = first + j + (j > 0 ? skip : 0);
    if (at >= keys.length || !keys[at]!.some((k) => p.words[j]!.has(k))) return false;
  }
  return true;
}

/** Offices that are one office under another name: a state's foreign minister is, in the US, its Secretary of State. */
const EQUIVALENT: Readonly<Record<string, readonly string[]>> = { foreign_minister: ['secretary_of_state'], secretary_of_state: ['foreign_minister'] };

/** The office and the offices equivalent to it. */
export function officesLike(role: string): readonly string[] {
  return [role, ...(EQUIVALENT[role] ?? [])];
}

/** Whether a date (any ISO precision) falls in a role spell [from, to]. */
export function inOffice(spell: { from: string; to?: string | undefined }, date: string): boolean {
  const day = date.slice(0, 10);
  return spell.from.slice(0, day.length) <= day && (!spell.to || spell.to >= day.slice(0, spell.to.length));
}
