import type { Article } from '../article.ts';
import type { EventExtraction } from '../events/extract.ts';
import type { EntityExtraction } from '../mentions/extract.ts';
import type { RawArticle } from '../read/formats.ts';

/** Everything extraction finds in one article. */
export interface ArticleExtraction extends EntityExtraction {
  events: EventExtraction;
}

/**
 * A record as the store takes it: its line and the text line of articles.jsonl, serialized where it was
 * extracted (in a worker thread, a string crosses to the main thread far cheaper than the objects), and the
 * fields the store indexes it by.
 */
export interface PackedRecord {
  key: string;
  path: string;
  published: string | null;
  line: string;
  textLine: string;
}

/** One raw article after cleaning and extraction (its Article too when what cleaning dropped is kept), or why it has no text left. */
export type Processed =
  | { ok: true; record: PackedRecord; article: Article | null }
  | { ok: false; path: string; message: string };

/** Main thread → worker: a batch of raw articles. */
export interface JobBatch {
  id: number;
  raws: RawArticle[];
  /** Send back what cleaning dropped (for --explain); otherwise it is left in the worker. */
  keepDropped: boolean;
}

/** Worker → main thread: the batch's results in the same order, or the bug that stopped it. */
export type BatchResult = { id: number; results: Processed[] } | { id: number; crash: string };
