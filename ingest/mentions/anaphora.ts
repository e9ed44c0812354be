import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import type { Mention } from './types.ts';

// Head nouns that, alone and in lower case, refer back to an organization the article has named:
// "сборной России" … "сборной", "японское правительство" … "правительство".
// Not "компании", "партии", "института": alone they are as often any company, party or institute (in nerel.train
// 0 of 114, 2 of 98 and 0 of 27 bare ones are annotated).
const HEADS = new Set([
  'правительство', 'кабмин', 'парламент', 'сборная', 'концерн', 'автоконцерн', 'корпорация', 'госкорпорация', 'театр', 'экипаж', 'телеканал',
]);
// "других компаний", "эти партии", "каждый театр": a determiner makes the noun a class, not the body named before.
const DETERMINERS = new Set(['другой', 'каждый', 'любой', 'многий', 'некоторый', 'иной', 'весь', 'ряд', 'один', 'никакой', 'какой', 'свой', 'чей']);
const OPEN = new Set(['«', '"', '“', '„']);

const headCache = new Map<string, string | null>();
/** The head lemma a lower-case word may stand for in the singular, or null. */
function headLemma(t: Token): string | null {
  let lemma = headCache.get(t.text);
  if (lemma === undefined) {
    const reading = analyze(t.text).find((r) => r.pos === 'NOUN' && HEADS.has(r.lemma) && !r.tags.has('plur'));
    lemma = reading?.lemma ?? null;
    if (headCache.size > 100_000) headCache.clear();
    headCache.set(t.text, lemma);
  }
  return lemma;
}

const lemmasOf = (m: Mention, tokens: readonly Token[]): Set<string> =>
  new Set(tokens.filter((t) => t.start >= m.start && t.end <= m.end && !t.isUpper).flatMap((t) => analyze(t.text).filter((r) => r.pos === 'NOUN').map((r) => r.lemma)));

/**
 * A bare organization head noun ("правительство", "сборной", "концерна") that is not followed by a name refers to
 * the latest organization mentioned before it whose own words share that head; without one it names nothing.
 * `sentences` are the article's tokens sentence by sentence; `mentions` are sorted by start.
 */
export function resolveAnaphora(sentences: ReadonlyArray<readonly Token[]>, mentions: readonly Mention[], text: string): Mention[] {
  const added: Mention[] = [];
  const orgs = mentions.filter((m) => m.kind === 'Organization' && m.via !== 'adjective' && m.via !== 'role');
  if (orgs.length === 0) return added;
  const heads = new Map<Mention, Set<string>>();
  let next = 0;
  for (const tokens of sentences) {
    const from = tokens[0]?.start ?? 0;
    const to = tokens.at(-1)?.end ?? 0;
    while (next < mentions.length && mentions[next]!.end <= from) next++;
    const here: Mention[] = [];
    for (let k = next; k < mentions.length && mentions[k]!.start < to; k++) here.push(mentions[k]!);
    tokens.forEach((t, i) => {
      if (!t.isWord || t.isCapitalized || here.some((m) => m.start < t.end && t.start < m.end)) return;
      const lemma = headLemma(t);
      if (!lemma || followedByName(tokens, i) || determined(tokens[i - 1])) return;
      for (let k = orgs.length - 1; k >= 0; k--) {
        const o = orgs[k]!;
        if (o.end > t.start) continue;
        let words = heads.get(o);
        if (!words) heads.set(o, (words = lemmasOf(o, sentences.find((s) => s.length > 0 && s[0]!.start <= o.start && o.end <= s.at(-1)!.end) ?? [])));
        if (!words.has(lemma)) continue;
        added.push({ start: t.start, end: t.end, text: text.slice(t.start, t.end), kind: 'Organization', entity: o.entity, name: o.name, via: 'anaphora' });
        break;
      }
    });
  }
  return added;
}

/** "компании Microsoft", "партии «Яблоко»", "сборную страны": what follows the noun says which one. */
function followedByName(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (!next) return false;
  return next.isCapitalized || OPEN.has(next.text) || (next.isWord && ['NOUN', 'ADJF'].includes(analyze(next.text)[0]?.pos ?? '') && analyze(next.text)[0]!.tags.has('gent'));
}

/** "других компаний", "проправительственная партия": a determiner or an adjective describes another one. */
function determined(before: Token | undefined): boolean {
  return Boolean(before?.isWord && (analyze(before.text)[0]?.pos === 'ADJF' || analyze(before.text).some((r) => DETERMINERS.has(r.lemma) || r.pos === 'NUMR')));
}
