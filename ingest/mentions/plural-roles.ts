// "Министры иностранных дел России, Турции и Ирана": an office named in the plural before a list of states is
// held by one person in each, at the article's date.
import type { KnowledgeBase } from '../kb/load.ts';
import type { Token } from '../segment/tokens.ts';
import { soleHolderAt } from './coref.ts';
import type { RoleSpan } from './roles.ts';
import type { Mention } from './types.ts';

const LIST_JOINERS = new Set([',', 'и']);

/** A person mention over each state of the list after a plural office, when the knowledge base knows the one holder in each. */
export function pluralHolders(span: RoleSpan, tokens: readonly Token[], mentions: readonly Mention[], kb: KnowledgeBase, date: string | null): Mention[] {
  if (!date) return [];
  const found: Mention[] = [];
  let next = span.last + 1;
  for (;;) {
    const token = tokens[next];
    const state = token ? mentions.find((m) => m.start === token.start && m.kind === 'State' && m.via === 'name') : undefined;
    if (!state) break;
    const holder = soleHolderAt(kb, span.role.role, state.entity, date);
    // All or none: "министров Турции и Греции" with no Greek minister known stays two states, not a man and a state.
    if (!holder) return [];
    found.push({ start: state.start, end: state.end, text: state.text, kind: 'Person', entity: holder.id, name: holder.name, via: 'role' });
    next = tokens.findIndex((t) => t.start >= state.end);
    while (next >= 0 && tokens[next] && LIST_JOINERS.has(tokens[next]!.norm)) next++;
    if (next < 0) break;
  }
  return found.length >= 2 ? found : [];
}
