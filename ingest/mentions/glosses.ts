import type { Token } from '../segment/tokens.ts';
import type { Mention } from './types.ts';

const LATIN_WORD = /^[\p{Script=Latin}\d][\p{Script=Latin}\d'’.-]*$/u;

/**
 * "Джоэл Саймон (Joel Simon)", "Аль Аин (Al Ain)": a name in Latin letters in parentheses right after a mention
 * spells the same entity in the original, so it takes that mention's entity (not "a company", as Latin names
 * otherwise are) and spans everything inside the parentheses ("Sami al-Haj").
 */
export function readGlosses(tokens: readonly Token[], mentions: readonly Mention[], text: string): { removed: Set<Mention>; added: Mention[] } {
  const removed = new Set<Mention>();
  const added: Mention[] = [];
  tokens.forEach((open, i) => {
    if (open.text !== '(') return;
    const close = tokens.findIndex((t, j) => j > i && t.text === ')');
    if (close < i + 2 || close > i + 8) return;
    const inside = tokens.slice(i + 1, close);
    if (!inside.every((t) => LATIN_WORD.test(t.text) || t.text === '&') || !inside[0]!.isCapitalized) return;
    const before = tokens[i - 1];
    const named = before && mentions.find((m) => m.end === before.end && m.via !== 'adjective' && m.via !== 'role' && m.kind !== 'Treaty');
    if (!named) return;
    const start = inside[0]!.start;
    const end = inside.at(-1)!.end;
    const within = mentions.filter((m) => m.start >= start && m.end <= end && !removed.has(m));
    if (within.some((m) => m.kind === named.kind && m.entity === named.entity)) return;
    // The gloss replaces the company a Latin name was taken for; places inside a name stay ("Bank of China").
    for (const m of within) if (m.kind === 'Organization' || m.kind === 'Person') removed.add(m);
    added.push({ start, end, text: text.slice(start, end), kind: named.kind, entity: named.entity, name: named.name, via: 'name' });
  });
  return { removed, added };
}
