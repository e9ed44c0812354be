import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { extractMentions } from '../../../ingest/mentions/extract.ts';
import { initMorph } from '../../../ingest/morph/morph.ts';
import type { RegisterCommands } from '../command.ts';
import { CliError } from '../errors.ts';
import { err, out } from '../io.ts';

const Document = z.object({ id: z.union([z.string(), z.number()]).transform(String), text: z.string(), published: z.string().nullable().optional() });

/** `diplograph mentions`: JSONL {id, text} in, JSONL {id, mentions} out — the same extraction as ingest. */
export const registerMentionsCommand: RegisterCommands = (cli, setExit) => {
  cli
    .command('mentions')
    .description('find entity mentions: reads JSONL {id, text[, published]} and writes JSONL {id, mentions: [{start, end, text, kind, entity, name, via}]}')
    .argument('[file]', 'a JSONL file; "-" or nothing reads standard input', '-')
    .option('--roles', 'also list role phrases resolved to people ("глава МИД России")', false)
    .action(async (file: string, opts: { roles: boolean }) => setExit(await runMentions(file, opts.roles)));
};

async function runMentions(file: string, roles: boolean): Promise<number> {
  await initMorph();
  const input = file === '-' ? process.stdin : createReadStream(file);
  let readError: NodeJS.ErrnoException | null = null;
  input.on('error', (error: NodeJS.ErrnoException) => (readError = error));
  let lineNumber = 0;
  let bad = 0;
  try {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      lineNumber++;
      if (line.trim() === '') continue;
      const parsed = parseLine(line);
      if (typeof parsed === 'string') {
        bad++;
        err(`diplograph: skipped ${file === '-' ? 'stdin' : file}:${lineNumber}: ${parsed}`);
        continue;
      }
      const { mentions } = extractMentions(parsed.text, { date: parsed.published ?? null });
      const kept = roles ? mentions : mentions.filter((m) => m.via !== 'role');
      out(JSON.stringify({ id: parsed.id, mentions: kept.map(({ start, end, text, kind, entity, name, via }) => ({ start, end, text, kind, entity, name, via })) }));
    }
  } catch (error) {
    if (!readError) throw error;
    throw new CliError(`mentions: cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return bad > 0 && bad === lineNumber ? 1 : 0;
}

function parseLine(line: string): z.infer<typeof Document> | string {
  let data: unknown;
  try {
    data = JSON.parse(line);
  } catch (error) {
    return `invalid JSON (${(error as Error).message})`;
  }
  const parsed = Document.safeParse(data);
  return parsed.success ? parsed.data : `invalid record: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`;
}
