import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countByKind, countByType, createGraph } from '../../graph/model.ts';
import { toSnapshot } from '../../graph/snapshot.ts';
import { addArticle, addEntities, addStructure, ensureNode } from '../../../ingest/build.ts';
import { addEvents, addMetEdges, nameMeetings } from '../../../ingest/events/graph.ts';
import { defaultKnowledgeBase } from '../../../ingest/kb/load.ts';
import { ingestInputs } from '../../../ingest/pipeline.ts';
import { listInputs, type ReadOptions } from '../../../ingest/read/inputs.ts';
import type { Article } from '../../../ingest/article.ts';
import type { InputError } from '../../../ingest/errors.ts';
import { CliError, UsageError } from '../errors.ts';
import { err, out, Progress } from '../io.ts';
import { GENERATOR } from '../version.ts';
import { printEvents } from './ingest-report.ts';

export const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../ingest/sample');

export interface IngestOptions extends ReadOptions {
  out: string;
  explain: boolean;
  strict: boolean;
  sample: boolean;
}

/** Reads articles into a snapshot at <out>/graph.json, their cleaned texts at <out>/articles.jsonl. */
export async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  const inputs = options.sample ? [SAMPLE_DIR, ...paths] : paths;
  if (inputs.length === 0) throw new UsageError('ingest: give files or directories to read, "-" for standard input, or --sample');
  await mkdir(options.out, { recursive: true });
  const texts = createWriteStream(join(options.out, 'articles.jsonl'));
  const graph = createGraph();
  const skipped: InputError[] = [];
  let read = 0;
  let duplicates = 0;

  const total = await countInputs(inputs);
  const progress = new Progress('ingest', total);
  const seenPaths = new Set<string>();
  const kb = defaultKnowledgeBase();
  const partOf = new Map<string, string>();
  for await (const event of ingestInputs(inputs, options)) {
    const path = event.type === 'article' ? event.article.path : event.error.input;
    seenPaths.add(path.replace(/[#:]\d+$/, ''));
    progress.tick(seenPaths.size, path);
    if (event.type === 'skipped') {
      progress.clear();
      err(`diplograph: skipped ${event.error.message}`);
      skipped.push(event.error);
      continue;
    }
    read++;
    if (addArticle(graph, event.article) === 'duplicate') {
      duplicates++;
      continue;
    }
    for (const info of event.extraction.entities.values()) if (info.partOf) partOf.set(info.key, info.partOf);
    addEntities(graph, event.article, event.extraction, kb);
    addEvents(graph, event.article, event.extraction.events, (key) => ensureNode(graph, key, kb));
    texts.write(`${JSON.stringify({ key: event.article.key, path: event.article.path, text: event.article.text })}\n`);
    if (options.explain) explain(event.article);
  }
  progress.clear();
  await new Promise<void>((resolve, reject) => texts.end((error?: Error | null) => (error ? reject(error) : resolve())));

  if (read === 0) throw new CliError(`ingest: nothing could be ingested (${skipped.length} input${skipped.length === 1 ? '' : 's'} skipped)`);
  addMetEdges(graph);
  nameMeetings(graph);
  addStructure(graph, kb, (key) => kb.entities.get(key)?.partOf ?? partOf.get(key));
  const snapshot = toSnapshot(graph, { generator: GENERATOR, createdAt: new Date().toISOString() });
  const target = join(options.out, 'graph.json');
  await writeFile(target, `${JSON.stringify(snapshot, null, 1)}\n`);
  printSummary({ read, duplicates, skipped, target, kinds: countByKind(graph), types: countByType(graph) });
  printEvents(graph, options.explain);
  return options.strict && skipped.length > 0 ? 1 : 0;
}

async function countInputs(paths: string[]): Promise<number> {
  let count = 0;
  for await (const _ of listInputs(paths)) count++;
  return count;
}

function explain(article: Article): void {
  out(`# ${article.path} → ${article.key}${article.title ? ` «${article.title}»` : ''}`);
  out(`  published: ${article.published ?? 'unknown'}; outlet: ${article.outlet ?? 'unknown'}; ${article.text.length} characters kept`);
  for (const d of article.dropped) out(`  dropped line ${d.line} (${d.reason}): ${d.text.length > 100 ? `${d.text.slice(0, 100)}…` : d.text}`);
}

interface Summary {
  read: number;
  duplicates: number;
  skipped: InputError[];
  target: string;
  kinds: Record<string, number | undefined>;
  types: Record<string, number | undefined>;
}

function printSummary(s: Summary): void {
  const list = (counts: Record<string, number | undefined>) =>
    Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  out(`ingest: ${s.read} article${s.read === 1 ? '' : 's'} read (${s.duplicates} duplicate${s.duplicates === 1 ? '' : 's'}), ${s.skipped.length} input${s.skipped.length === 1 ? '' : 's'} skipped`);
  for (const e of s.skipped) out(`  skipped ${e.message}`);
  out(`  nodes: ${list(s.kinds)}`);
  out(`  edges: ${list(s.types)}`);
  out(`  wrote ${s.target}`);
}
