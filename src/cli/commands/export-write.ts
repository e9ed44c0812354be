import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Chunks } from '../../export/index.ts';

const FLUSH_AT = 1 << 20;

/** Writes chunks in writes of about 1 MiB, waiting when the stream asks to; returns the bytes written. */
async function pump(chunks: Chunks, stream: Writable): Promise<number> {
  let bytes = 0;
  let buffer = '';
  const flush = async () => {
    bytes += Buffer.byteLength(buffer);
    if (!stream.write(buffer)) await once(stream, 'drain');
    buffer = '';
  };
  for (const chunk of chunks) {
    buffer += chunk;
    if (buffer.length >= FLUSH_AT) await flush();
  }
  await flush();
  return bytes;
}

/**
 * Writes chunks to `path` ("-": standard output). A file is written under a temporary name and
 * renamed when complete, so a failed export never leaves half a file behind.
 */
export async function writeChunks(path: string, chunks: Chunks): Promise<number> {
  if (path === '-') return pump(chunks, process.stdout);
  const partial = `${path}.partial-${process.pid}`;
  const stream = createWriteStream(partial);
  try {
    await once(stream, 'open');
    const bytes = await pump(chunks, stream);
    stream.end();
    await once(stream, 'finish');
    await rename(partial, path);
    return bytes;
  } catch (error) {
    stream.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}
