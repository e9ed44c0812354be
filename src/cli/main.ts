import { Command, CommanderError } from 'commander';
import { KbError } from '../../ingest/kb/load.ts';
import { registerExportCommands } from './commands/export.ts';
import { registerIngestCommand } from './commands/ingest.ts';
import { registerExtractCommands } from './commands/ingest-extract.ts';
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

function program(setExit: SetExit): Command {
  const cli = new Command('diplograph')
    .description('Knowledge graphs of diplomacy from Russian news: who met whom, who proposed what, who rejected it.')
    .version(VERSION)
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();

  registerIngestCommand(cli, setExit);
  registerExtractCommands(cli, setExit);

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
