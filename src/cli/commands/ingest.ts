import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Option } from 'commander';
import { countByKind, type KnowledgeGraph } from '../../graph/model.ts';
import { defaultKnowledgeBase } from '../../../ingest/kb/load.ts';
import { mergeStore } from '../../../ingest/parallel/merge.ts';
import { MentionLog } from '../../../ingest/parallel/mention-log.ts';
import { ingestInputs } from '../../../ingest/pipeline.ts';
import { DEFAULT_MAX_BYTES, type ReadOptions } from '../../../ingest/read/inputs.ts';
import type { Article } from '../../../ingest/article.ts';
import type { InputError } from '../../../ingest/errors.ts';
import type { RegisterCommands } from '../command.ts';
import { CliError, UsageError } from '../errors.ts';
import { err, out } from '../io.ts';
import { DEFAULT_WORKERS, encodingOption, sizeOption, workersOption } from './ingest-options.ts';
import { OutputDir } from './ingest-output.ts';
import { InputProgress } from './ingest-progress.ts';
import { printEvents } from './ingest-report.ts';

export const SAMPLE_DIR = join(dirname(fileURLToPath(import.meta.url)), '../../../ingest/sample');

export interface IngestOptions extends ReadOptions {
  out?: string;
  into?: string;
  explain: boolean;
  strict: boolean;
  sample: boolean;
  workers: number;
}

export const registerIngestCommand: RegisterCommands = (cli, setExit) => {
  cli
    .command('ingest')
    .description('read articles (txt, md, html, jsonl; files, directories, "-" for stdin) into <out>/graph.json')
    .argument('[paths...]', 'files or directories to read; "-" reads standard input')
    .option('-o, --out <dir>', 'directory for graph.json, articles.jsonl and extractions.jsonl')
    .option('--into <dir>', 'add the articles to the snapshot in <dir> (made by ingest --out), skipping those it holds')
    .option('--sample', 'also read the sample corpus that ships with diplograph', false)
    .addOption(new Option('--encoding <name>', 'force an encoding: utf-8, utf-16le, utf-16be, windows-1251, koi8-r').argParser(encodingOption))
    .option('--max-size <size>', 'refuse files (and JSONL lines) larger than this', sizeOption, DEFAULT_MAX_BYTES)
    .option('--workers <n>', 'extraction threads (1: extract on the main thread)', workersOption, DEFAULT_WORKERS)
    .option('--explain', 'print what the cleaner dropped from each article, and why', false)
    .option('--strict', 'exit non-zero when any input was skipped', false)
    .action(async (paths: string[], opts: Omit<IngestOptions, 'maxBytes'> & { maxSize: number }) => {
      const { maxSize, ...rest } = opts;
      setExit(await runIngest(paths, { ...rest, maxBytes: maxSize }));
    });
};

/** Reads articles into a snapshot at <dir>/graph.json, their cleaned texts at <dir>/articles.jsonl. */
export async function runIngest(paths: string[], options: IngestOptions): Promise<number> {
  const inputs = options.sample ? [SAMPLE_DIR, ...paths] : paths;
  if (inputs.length === 0) throw new UsageError('ingest: give files or directories to read, "-" for standard input, or --sample');
  const output = await OutputDir.open(targetDir('ingest', options), options.into !== undefined, 'ingest');
  const tally = newTally();
  try {
    const progress = await InputProgress.start(inputs);
    const { out: _out, into: _into, explain: _explain, strict: _strict, sample: _sample, ...read } = options;
    for await (const event of ingestInputs(inputs, { ...read, onRead: progress.read, keepDropped: options.explain })) {
      if (event.type === 'skipped') {
        progress.clear();
        err(`diplograph: skipped ${event.error.message}`);
        tally.skipped.push(event.error);
        continue;
      }
      tally.read++;
      const result = await output.add(event.record);
      tally[result]++;
      if (result === 'added' && event.article) explain(event.article);
    }
    progress.clear();
    if (tally.read === 0) throw new CliError(`ingest: nothing could be ingested (${tally.skipped.length} input${tally.skipped.length === 1 ? '' : 's'} skipped)`);
    await finish(output, tally, { command: 'ingest', into: options.into !== undefined, explain: options.explain, progress });
  } catch (error) {
    await output.abort();
    throw error;
  }
  return options.strict && tally.skipped.length > 0 ? 1 : 0;
}

export function targetDir(command: string, options: { out?: string; into?: string }): string {
  if ((options.out === undefined) === (options.into === undefined)) {
    throw new UsageError(`${command}: give --out <dir> for a new snapshot, or --into <dir> to add to one (not both)`);
  }
  return (options.out ?? options.into)!;
}

export interface Tally {
  read: number;
  added: number;
  duplicate: number;
  present: number;
  skipped: InputError[];
}

export const newTally = (): Tally => ({ read: 0, added: 0, duplicate: 0, present: 0, skipped: [] });

/** Merges every stored article into the graph, writes the directory and prints the summary. */
export async function finish(output: OutputDir, tally: Tally, how: { command: string; into: boolean; explain: boolean; progress?: InputProgress }): Promise<void> {
  const progress = how.progress ?? (await InputProgress.start([]));
  await output.seal();
  // MENTIONED_IN edges (most of them) are kept out of the graph, to be written straight to graph.json.
  const mentions = new MentionLog();
  let graph: KnowledgeGraph;
  let target: string;
  try {
    graph = mergeStore(output.store, defaultKnowledgeBase(), mentions, (done, total) => progress.step('merge', done, total, 'articles'));
    progress.note(`writing ${output.dir}/graph.json…`);
    target = await output.commit(graph, mentions);
  } finally {
    progress.clear();
  }
  const s = tally;
  const list = (counts: Record<string, number | undefined>) =>
    Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
  out(`${how.command}: ${s.read} article${s.read === 1 ? '' : 's'} read (${s.duplicate} duplicate${s.duplicate === 1 ? '' : 's'}), ${s.skipped.length} input${s.skipped.length === 1 ? '' : 's'} skipped`);
  if (how.into) out(`  added to ${output.dir}: ${s.added} new article${s.added === 1 ? '' : 's'}, ${s.present} already there; ${output.store.articles} in all`);
  for (const e of s.skipped) out(`  skipped ${e.message}`);
  out(`  nodes: ${list(countByKind(graph))}`);
  out(`  edges: ${list(mentions.countByType(graph))}`);
  out(`  wrote ${target}`);
  printEvents(graph, how.explain);
}

function explain(article: Article): void {
  out(`# ${article.path} → ${article.key}${article.title ? ` «${article.title}»` : ''}`);
  out(`  published: ${article.published ?? 'unknown'}; outlet: ${article.outlet ?? 'unknown'}; ${article.text.length} characters kept`);
  for (const d of article.dropped) out(`  dropped line ${d.line} (${d.reason}): ${d.text.length > 100 ? `${d.text.slice(0, 100)}…` : d.text}`);
}
