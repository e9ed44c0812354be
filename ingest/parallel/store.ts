import { once } from 'node:events';
import { closeSync, createWriteStream, existsSync, openSync, readSync, type WriteStream } from 'node:fs';
import { InputError } from '../errors.ts';
import { FormatError } from '../read/formats.ts';
import { readLines } from './lines.ts';
import { parseRecord, type ExtractionRecord, type PackedRecord } from './record.ts';

/** Where an article's record is in the file, when it was published, and every path it was read from. */
export interface StoredArticle {
  key: string;
  /** The record of the smallest path: a repost's title, outlet and date do not depend on which came first. */
  offset: number;
  bytes: number;
  /** Milliseconds since the epoch; articles without a date sort last. */
  published: number;
  /** Every path it was read from, smallest first. */
  paths: string[];
  /** The paths an earlier run recorded. */
  earlier: ReadonlySet<string>;
}

export type AddResult = 'added' | 'duplicate' | 'present';

const NONE: ReadonlySet<string> = new Set();

/**
 * The extraction file of an output directory: every article read is appended as it comes, reposts too, and
 * only their place in the file stays in memory, so a corpus of any size is merged one record at a time.
 */
export class ExtractionStore {
  private readonly entries = new Map<string, StoredArticle>();
  /** Articles whose record changed after their text was first written (a repost from a smaller path). */
  readonly replaced = new Set<string>();
  private out: WriteStream | null = null;
  private size = 0;
  private fd: number | null = null;
  /** A write that failed (disk full…): thrown by the next add or close. */
  private failure: Error | null = null;

  private constructor(readonly path: string) {}

  /** Opens `path` for appending; the records an earlier run left there are indexed first. */
  static async open(path: string): Promise<ExtractionStore> {
    const store = new ExtractionStore(path);
    if (existsSync(path)) {
      for await (const line of readLines(path)) {
        store.size = line.offset + line.bytes + 1;
        if (line.text.trim() === '') continue;
        let record: ExtractionRecord;
        try {
          record = parseRecord(line.text);
        } catch (error) {
          if (error instanceof FormatError) throw new InputError(`${path}:${line.number}`, error.message);
          throw error;
        }
        store.index(record.article, line.offset, line.bytes);
      }
      for (const entry of store.entries.values()) entry.earlier = new Set(entry.paths);
      store.replaced.clear();
    }
    store.out = createWriteStream(path, { flags: 'a' });
    store.out.on('error', (error) => (store.failure ??= error));
    return store;
  }

  get articles(): number {
    return this.entries.size;
  }

  entry(key: string): StoredArticle | undefined {
    return this.entries.get(key);
  }

  /** Adds an extracted article, or a repost of one; one an earlier run read from the same path is left alone. */
  async add(record: PackedRecord): Promise<AddResult> {
    if (this.failure) throw this.failure;
    const { key, path, line } = record;
    const entry = this.entries.get(key);
    if (entry?.earlier.has(path)) return 'present';
    const bytes = Buffer.byteLength(line) - 1;
    this.index(record, this.size, bytes);
    this.size += bytes + 1;
    if (!this.out!.write(line)) await once(this.out!, 'drain');
    return entry ? 'duplicate' : 'added';
  }

  /** Flushes the file; after this the store is read-only. */
  async close(): Promise<void> {
    const out = this.out;
    this.out = null;
    if (out && !this.failure) await new Promise<void>((resolve, reject) => out.end((error?: Error | null) => (error ? reject(error) : resolve())));
    if (this.failure) throw this.failure;
  }

  /** Articles in the order the merge takes them: by publication time, then key — never the order they came in. */
  canonical(): StoredArticle[] {
    return [...this.entries.values()].sort((a, b) => a.published - b.published || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }

  /** Reads an article's record back (after close). */
  read(entry: StoredArticle): ExtractionRecord {
    this.fd ??= openSync(this.path, 'r');
    const buffer = Buffer.allocUnsafe(entry.bytes);
    let done = 0;
    while (done < entry.bytes) done += readSync(this.fd, buffer, done, entry.bytes - done, entry.offset + done);
    return parseRecord(buffer.toString('utf8'));
  }

  release(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }

  private index(article: { key: string; path: string; published: string | null }, offset: number, bytes: number): void {
    const { key, path } = article;
    const entry = this.entries.get(key);
    const time = article.published ? Date.parse(article.published) : NaN;
    const published = Number.isNaN(time) ? Number.MAX_SAFE_INTEGER : time;
    if (!entry) {
      this.entries.set(key, { key, offset, bytes, published, paths: [path], earlier: NONE });
      return;
    }
    if (path < entry.paths[0]!) {
      Object.assign(entry, { offset, bytes, published });
      this.replaced.add(key);
    }
    entry.paths.push(path);
    entry.paths.sort(byString);
  }
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
