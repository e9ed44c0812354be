import { analyze } from '../morph/morph.ts';
import type { Token } from '../segment/tokens.ts';
import { slug } from './names.ts';
import type { Mention } from './types.ts';

const OPEN = new Set(['«', '"', '“', '„']);
const CLOSE = new Set(['»', '"', '”', '“']);
// "сообщает «Лента.ру»", "в интервью «Свободной прессе»", "по данным «Ведомостей»": a quoted name that speaks is a medium.
const SPEAKING = new Set(['сообщать', 'писать', 'передавать', 'информировать', 'интервью', 'данные', 'рассказать', 'заявить', 'сообщить']);
const LEGAL_FORMS = new Set(['ооо', 'оао', 'зао', 'пао', 'ао', 'гуп', 'фгуп']);

interface Quote {
  open: number;
  close: number;
  tokens: readonly Token[];
}

/** "Единой России" and "Единая Россия" give one key: every word without its last two letters. */
const keyOf = (words: readonly Token[]) => words.map((t) => (t.norm.length > 4 ? t.norm.slice(0, -2) : t.norm)).join(' ');

function quotesIn(tokens: readonly Token[]): Quote[] {
  const quotes: Quote[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!OPEN.has(tokens[i]!.text) || !tokens[i + 1]?.isCapitalized) continue;
    const close = tokens.findIndex((t, j) => j > i + 1 && j <= i + 6 && CLOSE.has(t.text));
    if (close < 0) continue;
    quotes.push({ open: i, close, tokens: tokens.slice(i + 1, close) });
    i = close;
  }
  return quotes;
}

/**
 * Quoted names without a descriptor ("«Билайн» станет…", "Инициатива «Яблока»") are organizations when the article
 * names them so elsewhere ("партии «Яблоко»"), when they speak ("сообщает «Лента.ру»"), when a legal form glosses
 * them ("«Билайн» (ОАО «ВымпелКом»)") or when they stand in a list with organizations ("МТС, «Вымпелком» и «Мегафон»").
 */
export function quotedOrganizations(sentences: ReadonlyArray<readonly Token[]>, mentions: readonly Mention[], text: string): Mention[] {
  const named = new Map<string, Mention>();
  const all = sentences.map((tokens) => ({ tokens, quotes: quotesIn(tokens) }));
  for (const { quotes } of all) {
    for (const q of quotes) {
      const owner = mentions.find((m) => m.kind === 'Organization' && m.via !== 'adjective' && m.start <= q.tokens[0]!.start && q.tokens.at(-1)!.end <= m.end);
      if (owner) named.set(keyOf(q.tokens), owner);
    }
  }
  const added: Mention[] = [];
  for (const { tokens, quotes } of all) {
    for (const q of quotes) {
      const start = q.tokens[0]!.start;
      const end = q.tokens.at(-1)!.end;
      if (mentions.some((m) => m.start < tokens[q.close]!.end && tokens[q.open]!.start < m.end)) continue;
      const same = named.get(keyOf(q.tokens));
      if (!same && !isOrganization(tokens, q, mentions)) continue;
      const name = same?.name ?? `«${q.tokens.map((t) => t.text).join(' ')}»`;
      const entity = same?.entity ?? `org:${slug(name)}`;
      added.push({ start, end, text: text.slice(start, end), kind: 'Organization', entity, name, via: same ? 'name' : 'pattern' });
    }
  }
  return added;
}

function isOrganization(tokens: readonly Token[], q: Quote, mentions: readonly Mention[]): boolean {
  const before = tokens[q.open - 1];
  if (before?.isWord && analyze(before.text).some((r) => SPEAKING.has(r.lemma))) return true;
  if (tokens[q.close + 1]?.text === '(' && LEGAL_FORMS.has(tokens[q.close + 2]?.norm ?? '')) return true;
  const orgAt = (t: Token | undefined, side: 'start' | 'end') => Boolean(t && mentions.some((m) => m.kind === 'Organization' && m.via !== 'adjective' && m[side] === t[side]));
  const listed = (glue: Token | undefined) => glue?.text === ',' || glue?.norm === 'и';
  // "МТС, «Вымпелком»": an organization before the comma; "«Вымпелком» и «Мегафон»": a quoted one after "и" counts too.
  if (listed(before) && (orgAt(tokens[q.open - 2], 'end') || CLOSE.has(tokens[q.open - 2]?.text ?? ''))) return orgAt(tokens[q.open - 2], 'end') || listedQuote(tokens, q.open - 2, mentions);
  return listed(tokens[q.close + 1]) && orgAt(tokens[q.close + 2], 'start');
}

/** The quote that ends at `close` is itself in a list after an organization: "МТС, «Вымпелком» и «Мегафон»". */
function listedQuote(tokens: readonly Token[], close: number, mentions: readonly Mention[]): boolean {
  const open = tokens.slice(0, close).findLastIndex((t) => OPEN.has(t.text));
  const glue = tokens[open - 1];
  const prev = tokens[open - 2];
  return Boolean((glue?.text === ',' || glue?.norm === 'и') && prev && mentions.some((m) => m.kind === 'Organization' && m.end === prev.end));
}
