import { createReadStream } from 'node:fs';

export interface Line {
  text: string;
  /** 1-based. */
  number: number;
  /** Byte offset of the line's start, and its length in bytes without the newline. */
  offset: number;
  bytes: number;
}

/** The lines of a UTF-8 file with their byte offsets, streamed: memory is bounded by the longest line. */
export async function* readLines(path: string): AsyncGenerator<Line> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let offset = 0;
  let number = 0;
  const finish = (): Line => {
    const line = { text: Buffer.concat(pending, pendingBytes).toString('utf8'), number: ++number, offset, bytes: pendingBytes };
    offset += pendingBytes + 1;
    pending = [];
    pendingBytes = 0;
    return line;
  };
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    let from = 0;
    for (let nl = chunk.indexOf(10, from); nl >= 0; nl = chunk.indexOf(10, from)) {
      pending.push(chunk.subarray(from, nl));
      pendingBytes += nl - from;
      from = nl + 1;
      yield finish();
    }
    if (from < chunk.length) {
      pending.push(chunk.subarray(from));
      pendingBytes += chunk.length - from;
    }
  }
  if (pendingBytes > 0) yield finish();
}
