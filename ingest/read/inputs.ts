import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from '../errors.ts';
import { decode, DecodeError, type Encoding } from './decode.ts';
import { formatOf, FormatError, KNOWN_EXTENSIONS, parseHtml, parseJsonlRecord, parseMarkdown, sniffFormat, type Format, type RawArticle } from './formats.ts';

export interface ReadOptions {
  encoding?: Encoding;
  /** Files (and JSONL lines) larger than this are refused rather than read into memory. */
  maxBytes: number;
  /** Where "-" reads from. */
  stdin?: NodeJS.ReadableStream;
}

export const DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

/** Expands directories (recursively, sorted) into file paths; "-" stays stdin. Problems are yielded, not thrown. */
export async function* listInputs(paths: string[]): AsyncGenerator<string | InputError> {
  for (const path of paths) {
    if (path === '-') {
      yield path;
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield new InputError(path, `cannot read: ${systemReason(error)}`, { cause: error });
      continue;
    }
    if (info.isDirectory()) yield* listDirectory(path);
    else yield path;
  }
}

async function* listDirectory(dir: string): AsyncGenerator<string | InputError> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    yield new InputError(dir, `cannot read directory: ${systemReason(error)}`, { cause: error });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* listDirectory(path);
    else yield path;
  }
}

/** Reads one input into raw articles (many for JSONL); each problem is yielded as an InputError. */
export async function* readInput(path: string, options: ReadOptions): AsyncGenerator<RawArticle | InputError> {
  const declared = path === '-' ? null : formatOf(path);
  if (path !== '-' && declared === null) {
    yield new InputError(path, `unknown extension (expected ${KNOWN_EXTENSIONS.join(', ')})`);
    return;
  }
  if (declared === 'jsonl') {
    yield* readJsonl(path, options);
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = path === '-' ? await readStream(options.stdin ?? process.stdin, options.maxBytes) : await readFileBounded(path, options.maxBytes);
  } catch (error) {
    yield error instanceof InputError ? error : new InputError(path, `cannot read: ${systemReason(error)}`, { cause: error });
    return;
  }
  try {
    yield* parseDocument(path, bytes, declared, options);
  } catch (error) {
    if (error instanceof DecodeError || error instanceof FormatError) yield new InputError(path, error.message, { cause: error });
    else throw error;
  }
}

function* parseDocument(path: string, bytes: Uint8Array, declared: Format | null, options: ReadOptions): Generator<RawArticle | InputError> {
  if (bytes.length === 0) throw new FormatError('empty file');
  const { text } = decode(bytes, options.encoding);
  if (text.trim() === '') throw new FormatError('empty file (only whitespace)');
  const format = declared ?? sniffFormat(text);
  if (format === 'html') yield parseHtml(text, path);
  else if (format === 'md') yield parseMarkdown(text, path);
  else if (format === 'jsonl') yield* parseJsonlLines(text.split('\n'), path);
  else yield { path, text };
}

function* parseJsonlLines(lines: string[], path: string): Generator<RawArticle | InputError> {
  for (const [index, line] of lines.entries()) {
    if (line.trim() !== '') yield jsonlArticle(line, path, index + 1);
  }
}

function jsonlArticle(line: string, path: string, lineNumber: number): RawArticle | InputError {
  const where = `${path}#${lineNumber}`;
  try {
    return parseJsonlRecord(line, where);
  } catch (error) {
    if (error instanceof FormatError) return new InputError(`${path}:${lineNumber}`, error.message, { cause: error });
    throw error;
  }
}

/** Streams a JSONL file line by line so that files of any size are read in bounded memory. */
async function* readJsonl(path: string, options: ReadOptions): AsyncGenerator<RawArticle | InputError> {
  const decoder = new TextDecoder(options.encoding ?? 'utf-8');
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let oversized = false;
  let lineNumber = 0;
  let sawAny = false;
  const finishLine = (): RawArticle | InputError | null => {
    lineNumber++;
    const tooBig = oversized;
    const bytes = Buffer.concat(pending);
    pending = [];
    pendingBytes = 0;
    oversized = false;
    if (tooBig) return new InputError(`${path}:${lineNumber}`, `line larger than the ${formatBytes(options.maxBytes)} limit (raise it with --max-size)`);
    const line = decoder.decode(bytes).replace(/^\ufeff/, '');
    if (line.trim() === '') return null;
    sawAny = true;
    return jsonlArticle(line, path, lineNumber);
  };
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
        if (!oversized) pending.push(chunk.subarray(from, nl));
        from = nl + 1;
        const result = finishLine();
        if (result) yield result;
      }
      if (from < chunk.length && !oversized) {
        pending.push(chunk.subarray(from));
        pendingBytes += chunk.length - from;
        if (pendingBytes > options.maxBytes) {
          oversized = true;
          pending = [];
        }
      }
    }
  } catch (error) {
    yield new InputError(path, `cannot read: ${systemReason(error)}`, { cause: error });
    return;
  }
  if (pending.length > 0 || oversized) {
    const result = finishLine();
    if (result) yield result;
  }
  if (!sawAny && lineNumber <= 1) yield new InputError(path, 'empty file');
}

async function readFileBounded(path: string, maxBytes: number): Promise<Uint8Array> {
  const info = await stat(path);
  if (!info.isFile()) throw new InputError(path, 'not a regular file');
  if (info.size > maxBytes) throw new InputError(path, `file of ${formatBytes(info.size)} is over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);
  return readFile(path);
}

async function readStream(stream: NodeJS.ReadableStream, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer | string>) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > maxBytes) throw new InputError('-', `standard input is over the ${formatBytes(maxBytes)} limit (raise it with --max-size)`);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

function systemReason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  const reasons: Record<string, string> = {
    ENOENT: 'no such file or directory',
    EACCES: 'permission denied',
    EISDIR: 'is a directory',
    ELOOP: 'too many symbolic links',
  };
  return (code && reasons[code]) ?? (error as Error).message;
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(bytes % 1024 === 0 ? 0 : 1)} KiB`;
  return `${bytes} B`;
}
