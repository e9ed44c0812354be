import { rename, rm } from 'node:fs/promises';
import { Option } from 'commander';
import { InputError } from '../../../ingest/errors.ts';
import { readLines } from '../../../ingest/parallel/lines.ts';
import { packRecord, parseRecord } from '../../../ingest/parallel/record.ts';
import { ExtractionStore } from '../../../ingest/parallel/store.ts';
import { ingestInputs } from '../../../ingest/pipeline.ts';
import { FormatError } from '../../../ingest/read/formats.ts';
import { DEFAULT_MAX_BYTES, type ReadOptions } from '../../../ingest/read/inputs.ts';
import type { RegisterCommands } from '../command.ts';
import { CliError } from '../errors.ts';
import { err, out } from '../io.ts';
import { finish, newTally, targetDir, type Tally } from './ingest.ts';
import { DEFAULT_WORKERS, encodingOption, sizeOption, workersOption } from './ingest-options.ts';
import { OutputDir } from './ingest-output.ts';

// Extraction on several machines: each runs `extract` over its share of the corpus; `merge` then builds
// one snapshot from all the extraction files, equal to what `ingest` makes of the whole corpus at once.

export const registerExtractCommands: RegisterCommands = (cli, setExit) => {
  cli
    .command('extract')
    .description('clean and extract articles into an extraction file (JSONL, one record per article) for `diplograph merge`')
    .argument('<paths...>', 'files or directories to read, as for ingest; "-" reads standard input')
    .requiredOption('-o, --out <file>', 'the extraction file to write')
    .addOption(new Option('--encoding <name>', 'force an encoding: utf-8, utf-16le, utf-16be, windows-1251, koi8-r').argParser(encodingOption))
    .option('--max-size <size>', 'refuse files (and JSONL lines) larger than this', sizeOption, DEFAULT_MAX_BYTES)
    .option('--workers <n>', 'extraction threads (1: extract on the main thread)', workersOption, DEFAULT_WORKERS)
    .action(async (paths: string[], opts: { out: string; encoding?: ReadOptions['encoding']; maxSize: number; workers: number }) => {
      const read = { maxBytes: opts.maxSize, workers: opts.workers, ...(opts.encoding ? { encoding: opts.encoding } : {}) };
      setExit(await runExtract(paths, opts.out, read));
    });

  cli
    .command('merge')
    .description('merge extraction files (from `diplograph extract`, or the extractions.jsonl of ingest directories) into one snapshot')
    .argument('<files...>', 'extraction files')
    .option('-o, --out <dir>', 'directory for graph.json, articles.jsonl and extractions.jsonl')
    .option('--into <dir>', 'add the articles to the snapshot in <dir>, skipping those it holds')
    .action(async (files: string[], opts: { out?: string; into?: string }) => setExit(await runMerge(files, opts)));
};

export async function runExtract(paths: string[], file: string, options: ReadOptions & { workers: number }): Promise<number> {
  const partial = `${file}.partial-${process.pid}`;
  await rm(partial, { force: true });
  const store = await ExtractionStore.open(partial);
  const tally = newTally();
  try {
    for await (const event of ingestInputs(paths, { ...options, keepDropped: false })) {
      if (event.type === 'skipped') skip(tally, event.error);
      else tally[await store.add(event.record)]++;
    }
    await store.close();
    if (tally.added === 0) throw new CliError(`extract: nothing could be extracted (${plural(tally.skipped.length, 'input')} skipped)`);
    await rename(partial, file);
  } catch (error) {
    await store.close().catch(() => {});
    await rm(partial, { force: true });
    throw error;
  }
  tally.read = tally.added + tally.duplicate;
  out(`extract: ${plural(tally.read, 'article')} read (${plural(tally.duplicate, 'duplicate')}), ${plural(tally.skipped.length, 'input')} skipped`);
  out(`  wrote ${file}`);
  return 0;
}

export async function runMerge(files: string[], options: { out?: string; into?: string }): Promise<number> {
  const output = await OutputDir.open(targetDir('merge', options), options.into !== undefined, 'merge');
  const tally = newTally();
  try {
    for (const file of files) {
      try {
        for await (const line of readLines(file)) {
          if (line.text.trim() === '') continue;
          try {
            tally[await output.add(packRecord(parseRecord(line.text)))]++;
            tally.read++;
          } catch (error) {
            if (!(error instanceof FormatError)) throw error;
            skip(tally, new InputError(`${file}:${line.number}`, error.message));
          }
        }
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code !== 'ENOENT' && code !== 'EACCES' && code !== 'EISDIR') throw error;
        skip(tally, new InputError(file, `cannot read: ${code === 'ENOENT' ? 'no such file or directory' : code === 'EACCES' ? 'permission denied' : 'is a directory'}`));
      }
    }
    if (tally.read === 0) throw new CliError(`merge: nothing could be merged (${plural(tally.skipped.length, 'input')} skipped)`);
    await finish(output, tally, { command: 'merge', into: options.into !== undefined, explain: false });
  } catch (error) {
    await output.abort();
    throw error;
  }
  return 0;
}

function skip(tally: Tally, error: InputError): void {
  err(`diplograph: skipped ${error.message}`);
  tally.skipped.push(error);
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
