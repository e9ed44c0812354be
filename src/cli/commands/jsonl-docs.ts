import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { CliError } from '../errors.ts';
import { err } from '../io.ts';

export const JsonlDocument = z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string(), published: z.string().nullable().optional() });
export type JsonlDocument = z.infer<typeof JsonlDocument>;

/** Reads JSONL documents {id, text[, published]} from a file or stdin; bad lines are reported and skipped. Returns the counts. */
export async function forEachDocument(file: string, handle: (doc: JsonlDocument) => void): Promise<{ lines: number; bad: number }> {
  const input = file === '-' ? process.stdin : createReadStream(file);
  let readError: NodeJS.ErrnoException | null = null;
  input.on('error', (error: NodeJS.ErrnoException) => (readError = error));
  let lines = 0;
  let bad = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lines++;
      if (line.trim() === '') continue;
      const parsed = parseLine(line);
      if (typeof parsed === 'string') {
        bad++;
        err(`diplograph: skipped ${file === '-' ? 'stdin' : file}:${lines}: ${parsed}`);
      } else handle(parsed);
    }
  } catch (error) {
    if (!readError) throw error;
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return { lines, bad };
}

function parseLine(line: string): JsonlDocument | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`;
  }
  const parsed = JsonlDocument.safeParse(data);
  return parsed.success ? parsed.data : `invalid record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
}
