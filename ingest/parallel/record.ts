import type { Article } from '../article.ts';
import type { EntityInfo } from '../mentions/types.ts';
import { FormatError } from '../read/formats.ts';
import type { ArticleExtraction, PackedRecord } from './types.ts';

export type { PackedRecord };

// One line of an extraction file (<out>/extractions.jsonl, `diplograph extract`): a cleaned article with
// everything extraction found in it — all the merge needs, so that merging never extracts again.

export interface ExtractionRecord {
  article: Article;
  extraction: ArticleExtraction;
}

export function packRecord({ article, extraction }: ExtractionRecord): PackedRecord {
  const { key, path, published, text } = article;
  return { key, path, published, line: articleLine(article, extraction), textLine: `${JSON.stringify({ key, path, text })}\n` };
}

export function articleLine(article: Article, extraction: ArticleExtraction): string {
  const { dropped: _dropped, ...kept } = article;
  const { entities, ...rest } = extraction;
  return `${JSON.stringify({ ...kept, extraction: { ...rest, entities: [...entities] } })}\n`;
}

const KEY = /^article:[0-9a-f]{16}$/;
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses one line, checking the shape the merge relies on; throws FormatError naming what is wrong. */
export function parseRecord(line: string): ExtractionRecord {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    throw new FormatError(`invalid JSON (${(error as Error).message})`);
  }
  if (!isObject(data) || typeof data.key !== 'string' || !KEY.test(data.key) || typeof data.path !== 'string') {
    throw new FormatError('not an extraction record (needs "key": "article:<16 hex>" and "path")');
  }
  const x = data.extraction;
  const events = isObject(x) ? x.events : undefined;
  if (typeof data.text !== 'string' || typeof data.hash !== 'string' || !isObject(x) || !Array.isArray(x.mentions) || !Array.isArray(x.roles) || !Array.isArray(x.entities) || !isObject(events) || !Array.isArray(events.meetings) || !Array.isArray(events.claims)) {
    throw new FormatError('incomplete extraction record (needs "text", "hash" and "extraction" with mentions, roles, entities and events)');
  }
  const { extraction: _x, ...article } = data as unknown as Omit<Article, 'dropped'> & { extraction: unknown };
  const extraction = { ...(x as unknown as Omit<ArticleExtraction, 'entities'>), entities: new Map(x.entities as Array<[string, EntityInfo]>) };
  return { article: { ...article, dropped: [] }, extraction };
}
