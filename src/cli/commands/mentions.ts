import { extractMentions, prepareMentions } from '../../../ingest/mentions/extract.ts';
import { initMorph } from '../../../ingest/morph/morph.ts';
import type { RegisterCommands } from '../command.ts';
import { out } from '../io.ts';
import { forEachDocument } from './jsonl-docs.ts';

/** `diplograph mentions`: JSONL {id, text} in, JSONL {id, mentions} out — the same extraction as ingest. */
export const registerMentionsCommand: RegisterCommands = (cli, setExit) => {
  cli
    .command('mentions')
    .description('find entity mentions: reads JSONL {id, text[, published]} and writes JSONL {id, mentions: [{start, end, text, kind, entity, name, via}]}')
    .argument('[file]', 'a JSONL file; "-" or nothing reads standard input', '-')
    .option('--roles', 'also list role phrases resolved to people ("глава МИД России")', false)
    .action(async (file: string, opts: { roles: boolean }) => {
      await initMorph();
      prepareMentions();
      const { lines, bad } = await forEachDocument(file, (doc) => {
        const { mentions } = extractMentions(doc.text, { date: doc.published ?? null });
        const kept = opts.roles ? mentions : mentions.filter((m) => m.via !== 'role');
        out(JSON.stringify({ id: doc.id, mentions: kept.map(({ start, end, text, kind, entity, name, via }) => ({ start, end, text, kind, entity, name, via })) }));
      });
      setExit(bad > 0 && bad === lines ? 1 : 0);
    });
};
