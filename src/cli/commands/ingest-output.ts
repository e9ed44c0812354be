import { once } from 'node:events';
import { createWriteStream, existsSync, type WriteStream } from 'node:fs';
import { copyFile, mkdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { KnowledgeGraph } from '../../graph/model.ts';
import { InputError } from '../../../ingest/errors.ts';
import { readLines } from '../../../ingest/parallel/lines.ts';
import type { MentionLog } from '../../../ingest/parallel/mention-log.ts';
import type { PackedRecord } from '../../../ingest/parallel/record.ts';
import { ExtractionStore, type AddResult } from '../../../ingest/parallel/store.ts';
import { CliError } from '../errors.ts';
import { GENERATOR } from '../version.ts';
import { writeSnapshotFile } from './ingest-snapshot.ts';

const FILES = ['graph.json', 'articles.jsonl', 'extractions.jsonl'] as const;

/**
 * An output directory being written: articles.jsonl and extractions.jsonl grow under temporary names as
 * articles come, and graph.json is written last; each file replaces the old one by a rename, so a run that
 * fails leaves the directory as it was. With `into`, the directory's articles are kept and new ones added.
 */
export class OutputDir {
  private constructor(
    readonly dir: string,
    readonly store: ExtractionStore,
    private readonly texts: WriteStream,
  ) {}

  static async open(dir: string, into: boolean, command: string): Promise<OutputDir> {
    if (into) {
      const missing = FILES.find((name) => !existsSync(join(dir, name)));
      if (missing) throw new CliError(`${command}: cannot add to ${dir}: it has no ${missing} (make it with 'diplograph ingest --out ${dir}' first)`);
    } else await mkdir(dir, { recursive: true });
    for (const name of FILES) await rm(partial(dir, name), { force: true });
    if (into) for (const name of ['articles.jsonl', 'extractions.jsonl']) await copyFile(join(dir, name), partial(dir, name));
    let store: ExtractionStore;
    try {
      store = await ExtractionStore.open(partial(dir, 'extractions.jsonl'));
    } catch (error) {
      await rm(partial(dir, 'extractions.jsonl'), { force: true });
      await rm(partial(dir, 'articles.jsonl'), { force: true });
      if (error instanceof InputError) throw new CliError(`${command}: cannot add to ${dir}: ${join(dir, 'extractions.jsonl')}${error.input.slice(error.input.lastIndexOf(':'))}: ${error.reason}`);
      throw error;
    }
    return new OutputDir(dir, store, createWriteStream(partial(dir, 'articles.jsonl'), { flags: into ? 'a' : 'w' }));
  }

  /** Records an article (its cleaned text goes to articles.jsonl when it is new). */
  async add(record: PackedRecord): Promise<AddResult> {
    const result = await this.store.add(record);
    if (result === 'added' && !this.texts.write(record.textLine)) await once(this.texts, 'drain');
    return result;
  }

  /** Flushes articles.jsonl and extractions.jsonl; the store can then be read back for the merge. */
  async seal(): Promise<void> {
    await this.store.close();
    await end(this.texts);
    if (this.store.replaced.size > 0) await this.replaceTexts();
  }

  /** A repost read from a smaller path names the article (see ExtractionStore): its text is the one evidence points into. */
  private async replaceTexts(): Promise<void> {
    const from = partial(this.dir, 'articles.jsonl');
    const to = `${from}.new`;
    const stream = createWriteStream(to);
    for await (const line of readLines(from)) {
      const key = line.text === '' ? '' : (JSON.parse(line.text) as { key: string }).key;
      const entry = this.store.replaced.has(key) ? this.store.entry(key) : undefined;
      const { path, text } = entry ? this.store.read(entry).article : { path: '', text: '' };
      if (!stream.write(entry ? `${JSON.stringify({ key, path, text })}\n` : `${line.text}\n`)) await once(stream, 'drain');
    }
    this.store.release();
    await end(stream);
    await rename(to, from);
  }

  /** Replaces the directory's files: the texts and extractions first, the snapshot last. */
  async commit(graph: KnowledgeGraph, mentions?: MentionLog): Promise<string> {
    await rename(partial(this.dir, 'extractions.jsonl'), join(this.dir, 'extractions.jsonl'));
    await rename(partial(this.dir, 'articles.jsonl'), join(this.dir, 'articles.jsonl'));
    const target = join(this.dir, 'graph.json');
    await writeSnapshotFile(target, graph, { generator: GENERATOR, createdAt: new Date().toISOString() }, mentions);
    return target;
  }

  async abort(): Promise<void> {
    // Writes may still be pending: the files are being thrown away, so are their errors.
    this.texts.on('error', () => {});
    this.texts.destroy();
    await this.store.close().catch(() => {});
    for (const name of FILES) await rm(partial(this.dir, name), { force: true });
    await rm(`${partial(this.dir, 'articles.jsonl')}.new`, { force: true });
  }
}

function end(stream: WriteStream): Promise<void> {
  return new Promise<void>((resolve, reject) => stream.end((error?: Error | null) => (error ? reject(error) : resolve())));
}

function partial(dir: string, name: string): string {
  return join(dir, `${name}.partial-${process.pid}`);
}
