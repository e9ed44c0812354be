import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import { IsoDateTime } from '../src/schema/index.ts';
import { cleanArticle, type Dropped } from './clean/clean.ts';
import { parseDateline } from './clean/dateline.ts';
import { FormatError, type RawArticle } from './read/formats.ts';

/** A cleaned article: what extraction reads and what becomes an Article node. */
export interface Article {
  key: string;
  hash: string;
  path: string;
  title: string | null;
  published: string | null;
  outlet: string | null;
  url?: string;
  /** Cleaned text: evidence offsets point into it. */
  text: string;
  dropped: Dropped[];
}

/** Cleans a raw article and gives it its id: the hash of its normalized cleaned body. */
export function toArticle(raw: RawArticle): Article {
  const cleaned = cleanArticle(raw.text, { title: raw.title ?? null });
  if (cleaned.body.trim() === '') throw new FormatError('no article text left after cleaning (only headlines, feeds or page furniture)');
  const hash = createHash('sha256').update(normalizeForHash(cleaned.body)).digest('hex');
  return {
    key: `article:${hash.slice(0, 16)}`,
    hash,
    path: raw.path,
    title: cleaned.title,
    published: normalizePublished(raw.published) ?? cleaned.published,
    outlet: raw.outlet?.trim() || null,
    ...(raw.url !== undefined ? { url: raw.url } : {}),
    text: cleaned.text,
    dropped: cleaned.dropped,
  };
}

/** Whitespace and letter case differences between reposts do not make another article. */
function normalizeForHash(body: string): string {
  return body.normalize('NFC').replace(/\s+/g, ' ').trim().toLowerCase().replace(/ё/g, 'е');
}

/** Publication dates come as ISO, as Russian datelines, or as RFC 2822 strings. */
export function normalizePublished(value: string | null | undefined): string | null {
  const text = value?.trim();
  if (!text) return null;
  if (IsoDateTime.safeParse(text).success) return text;
  const dateline = parseDateline(text);
  if (dateline) return dateline.published;
  const millis = Date.parse(text);
  return Number.isNaN(millis) ? null : new Date(millis).toISOString().replace('.000Z', 'Z');
}

export function articleName(article: Article): string {
  return article.title ?? basename(article.path.replace(/#\d+$/, ''));
}
