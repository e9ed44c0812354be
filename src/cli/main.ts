import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { KbError } from '../../ingest/kb/load.ts';
import { parseEncoding, type DecodeError } from '../../ingest/read/decode.ts';
import { DEFAULT_MAX_BYTES } from '../../ingest/read/inputs.ts';
import { registerExportCommands } from './commands/export.ts';
import { runIngest } from './commands/ingest.ts';
import { registerClaimsCommand } from './commands/claims.ts';
import { registerMentionsCommand } from './commands/mentions.ts';
import { registerNeo4jCommands } from './commands/neo4j.ts';
import { registerServeCommand } from './commands/serve.ts';
import { runSchema } from './commands/schema.ts';
import { runValidate } from './commands/validate.ts';
import type { SetExit } from './command.ts';
import { CliError } from './errors.ts';
import { err } from './io.ts';
import { VERSION } from './version.ts';

function encodingOption(value: string) {
  try {
    return parseEncoding(value);
  } catch (error) {
    throw new InvalidArgumentError((error as DecodeError).message);
  }
}

function sizeOption(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 16MB, 512KB or 1GB');
  const unit = (match[2] ?? 'b').toLowerCase()[0]!;
  const factor = { b: 1, k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[unit] ?? 1;
  return Math.round(Number(match[1]) * factor);
}

function program(setExit: SetExit): Command {
  const cli = new Command('diplograph')
    .description('Knowledge graphs of diplomacy from Russian news: who met whom, who proposed what, who rejected it.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  cli
    .command('ingest')
    .description('read articles (txt, md, html, jsonl; files, directories, "-" for stdin) into <out>/graph.json')
    .argument('[paths...]', 'files or directories to read; "-" reads standard input')
    .requiredOption('-o, --out <dir>', 'directory for graph.json and articles.jsonl')
    .option('--sample', 'also read the sample corpus that ships with diplograph', false)
    .addOption(new Option('--encoding <name>', 'force an encoding: utf-8, utf-16le, utf-16be, windows-1251, koi8-r').argParser(encodingOption))
    .option('--max-size <size>', 'refuse files (and JSONL lines) larger than this', sizeOption, DEFAULT_MAX_BYTES)
    .option('--explain', 'print what the cleaner dropped from each article, and why', false)
    .option('--strict', 'exit non-zero when any input was skipped', false)
    .action(async (paths: string[], opts: { out: string; sample: boolean; encoding?: ReturnType<typeof parseEncoding>; maxSize: number; explain: boolean; strict: boolean }) => {
      setExit(
        await runIngest(paths, {
          out: opts.out,
          sample: opts.sample,
          explain: opts.explain,
          strict: opts.strict,
          maxBytes: opts.maxSize,
          ...(opts.encoding ? { encoding: opts.encoding } : {}),
        }),
      );
    });

  cli
    .command('validate')
    .description('check a snapshot (graph.json or a directory holding it) against the schema and integrity rules')
    .argument('<snapshot>', 'graph.json or the directory holding it')
    .action(async (path: string) => setExit(await runValidate(path)));

  cli
    .command('schema')
    .description("print the snapshot's JSON Schema (generated from the zod schema)")
    .option('-o, --out <file>', 'write to a file instead of standard output')
    .action(async (opts: { out?: string }) => setExit(await runSchema(opts)));

  registerMentionsCommand(cli, setExit);
  registerClaimsCommand(cli, setExit);
  registerNeo4jCommands(cli, setExit);
  registerExportCommands(cli, setExit);
  registerServeCommand(cli, setExit);
  return cli;
}

/** Runs the command line; returns the exit code. One top-level catch turns known errors into one line. */
export async function main(argv: string[]): Promise<number> {
  let exitCode = 0;
  try {
    await program((code) => (exitCode = code)).parseAsync(argv);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof KbError) {
      err(`diplograph: knowledge base: ${error.message}`);
      return 1;
    }
    if (error instanceof CliError) {
      err(`diplograph: ${error.message}`);
      return error.exitCode;
    }
    throw error;
  }
}
