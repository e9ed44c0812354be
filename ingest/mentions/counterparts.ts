// "Лавров провёл переговоры со своим турецким коллегой": a colleague of a state is whoever holds there the
// office of the person named before, at the article's date.
import type { KnowledgeBase } from '../kb/load.ts';
import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { soleHolderAt, type RoleClaim } from './coref.ts';
import { inOffice } from './roles.ts';
import type { Mention } from './types.ts';

/** Person mentions for "<state adjective> коллега" phrases, each resolved to one office holder, or none. */
export function findCounterparts(sentences: ReadonlyArray<readonly Token[]>, mentions: readonly Mention[], claims: readonly RoleClaim[], kb: KnowledgeBase, date: string | null, text: string): Mention[] {
  if (!date) return [];
  const found: Mention[] = [];
  for (const tokens of sentences) {
    for (const t of tokens) {
      if (!t.norm.startsWith('коллег') || !analyze(t.text).some((r) => r.lemma === 'коллега' && r.pos === 'NOUN')) continue;
      const state = mentions.find((m) => m.kind === 'State' && m.via === 'adjective' && m.end <= t.start && text.slice(m.end, t.start).trim() === '');
      if (!state) continue;
      const colleague = mentions.filter((m) => m.kind === 'Person' && m.end <= state.start && m.start >= tokens[0]!.start).at(-1);
      const offices = colleague ? officesOf(colleague.entity, claims, kb, date) : [];
      const holder = offices.map((role) => soleHolderAt(kb, role, state.entity, date)).find((h) => h !== null);
      if (!holder || holder.id === colleague?.entity) continue;
      found.push({ start: state.start, end: t.end, text: text.slice(state.start, t.end), kind: 'Person', entity: holder.id, name: holder.name, via: 'role' });
    }
  }
  return found;
}

/** The offices a person holds at the date: as the text states them, else as the knowledge base has them. */
function officesOf(person: string, claims: readonly RoleClaim[], kb: KnowledgeBase, date: string): string[] {
  const stated = claims.filter((c) => c.person === person).map((c) => c.role);
  if (stated.length > 0) return [...new Set(stated)];
  return (kb.entities.get(person)?.roles ?? []).filter((r) => inOffice(r, date)).map((r) => r.role);
}
