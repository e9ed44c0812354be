import type { KnowledgeBase } from '../kb/load.ts';
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
}

interface RolePattern {
  role: KbRole;
  words: Array<ReadonlySet<string>>;
}

/** Finds role phrases by their words' lemmas, longest first. */
export class RoleMatcher {
  private readonly patterns: RolePattern[];

  constructor(kb: KnowledgeBase) {
    this.patterns = kb.roles
      .flatMap((role) => role.aliases.map((alias) => ({ role, words: tokenize(alias).filter((t) => t.isWord).map((t) => new Set(nameKeys(t.text))) })))
      .filter((p) => p.words.length > 0)
      .sort((a, b) => b.words.length - a.words.length);
  }

  match(tokens: Token[]): RoleSpan[] {
    // Only a word's most likely reading counts: "после" is a preposition, not "посол".
    const keys = tokens.map((t) => new Set(t.isWord ? [t.norm, analyze(t.text)[0]?.lemma ?? t.norm] : []));
    const spans: RoleSpan[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const pattern = this.patterns.find((p) => p.words.every((word, j) => i + j < tokens.length && [...word].some((k) => keys[i + j]!.has(k))));
      if (!pattern) continue;
      // "президенты России и США" names several people; it resolves to no one.
      if (analyze(tokens[i]!.text)[0]?.tags.has('plur')) {
        i += pattern.words.length - 1;
        continue;
      }
      spans.push({ first: i, last: i + pattern.words.length - 1, role: pattern.role });
      i += pattern.words.length - 1;
    }
    return spans;
  }
}

/** Whether a date (any ISO precision) falls in a role spell [from, to]. */
export function inOffice(spell: { from: string; to?: string | undefined }, date: string): boolean {
  const day = date.slice(0, 10);
  return spell.from.slice(0, day.length) <= day && (!spell.to || spell.to >= day.slice(0, spell.to.length));
}
