import { InputError } from './errors.ts';
import { toArticle, type Article } from './article.ts';
import { extractEvents } from './events/extract.ts';
import { defaultKnowledgeBase } from './kb/load.ts';
import { extractMentions } from './mentions/extract.ts';
import { initMorph } from './morph/morph.ts';
import { extractInOrder } from './parallel/ordered.ts';
import { packRecord } from './parallel/record.ts';
import type { ArticleExtraction, PackedRecord, Processed } from './parallel/types.ts';
import { FormatError, type RawArticle } from './read/formats.ts';
import { listInputs, readInput, type ReadOptions } from './read/inputs.ts';

export type { ArticleExtraction, Processed };

export type IngestEvent =
  | { type: 'article'; record: PackedRecord; article: Article | null }
  | { type: 'skipped'; error: InputError };

export interface PipelineOptions extends ReadOptions {
  /** Extraction threads; 1 extracts on this thread. */
  workers?: number;
  /** Called on this thread as each raw article is read, with the input it came from and its size: for progress. */
  onRead?: (input: string, bytes: number) => void;
  /** Keep what cleaning dropped in each Article's `dropped` (for --explain; default true). */
  keepDropped?: boolean;
}

/**
 * Reads and cleans every input and extracts each article; a bad input becomes a 'skipped' event and the rest
 * goes on. Reading stays on this thread; with workers, cleaning and extraction run in worker threads, and
 * events still come in input order, so the result does not depend on the number of workers.
 */
export async function* ingestInputs(paths: string[], options: PipelineOptions): AsyncGenerator<IngestEvent> {
  const keepDropped = options.keepDropped ?? true;
  const local = async (raws: RawArticle[]) => {
    await initMorph();
    return raws.map((raw) => processRaw(raw, keepDropped));
  };
  for await (const item of extractInOrder(readAll(paths, options), options.workers ?? 1, local, keepDropped)) {
    if (item instanceof InputError) yield { type: 'skipped', error: item };
    else if (item.ok) yield { type: 'article', record: item.record, article: item.article };
    else yield { type: 'skipped', error: new InputError(inputLocation(item.path), item.message) };
  }
}

/** Where a problem is, as reading names it: JSONL record "file.jsonl#12" is "file.jsonl:12", as for a bad line. */
function inputLocation(path: string): string {
  return path.replace(/#(\d+)$/, ':$1');
}

async function* readAll(paths: string[], options: PipelineOptions): AsyncGenerator<RawArticle | InputError> {
  for await (const input of listInputs(paths)) {
    if (input instanceof InputError) {
      yield input;
      continue;
    }
    for await (const raw of readInput(input, options)) {
      if (!(raw instanceof InputError)) options.onRead?.(input, Buffer.byteLength(raw.text));
      yield raw;
    }
  }
}

/**
 * Cleans and extracts one raw article (what a worker does) into its packed record; no text left after cleaning
 * is a FormatError. With `keepDropped` the Article comes too, with what cleaning dropped (for --explain).
 */
export function processRaw(raw: RawArticle, keepDropped = true): Processed {
  try {
    const article = toArticle(raw);
    const extraction = extractArticle(article);
    return { ok: true, record: packRecord({ article, extraction }), article: keepDropped ? article : null };
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return { ok: false, path: raw.path, message: error.message };
  }
}

/** Everything extraction finds in one article: a pure function of its text and date. */
export function extractArticle(article: Article): ArticleExtraction {
  const kb = defaultKnowledgeBase();
  const entities = extractMentions(article.text, { date: article.published, kb });
  return { ...entities, events: extractEvents(article.text, entities.mentions, article.published, kb) };
}
