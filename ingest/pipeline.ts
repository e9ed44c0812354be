import { InputError } from './errors.ts';
import { toArticle, type Article } from './article.ts';
import { extractEvents, type EventExtraction } from './events/extract.ts';
import { defaultKnowledgeBase } from './kb/load.ts';
import { extractMentions, type EntityExtraction } from './mentions/extract.ts';
import { initMorph } from './morph/morph.ts';
import { FormatError } from './read/formats.ts';
import { listInputs, readInput, type ReadOptions } from './read/inputs.ts';

export type IngestEvent =
  | { type: 'article'; article: Article; extraction: ArticleExtraction }
  | { type: 'skipped'; error: InputError };

/** Reads and cleans every input, one at a time; a bad input becomes a 'skipped' event and the rest goes on. */
export async function* ingestInputs(paths: string[], options: ReadOptions): AsyncGenerator<IngestEvent> {
  await initMorph();
  for await (const input of listInputs(paths)) {
    if (input instanceof InputError) {
      yield { type: 'skipped', error: input };
      continue;
    }
    for await (const raw of readInput(input, options)) {
      if (raw instanceof InputError) {
        yield { type: 'skipped', error: raw };
        continue;
      }
      try {
        const article = toArticle(raw);
        yield { type: 'article', article, extraction: extractArticle(article) };
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        yield { type: 'skipped', error: new InputError(raw.path, error.message, { cause: error }) };
      }
    }
  }
}

export interface ArticleExtraction extends EntityExtraction {
  events: EventExtraction;
}

/** Everything extraction finds in one article: a pure function of its text and date. */
export function extractArticle(article: Article): ArticleExtraction {
  const kb = defaultKnowledgeBase();
  const entities = extractMentions(article.text, { date: article.published, kb });
  return { ...entities, events: extractEvents(article.text, entities.mentions, article.published, kb) };
}
