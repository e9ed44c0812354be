import { InvalidArgumentError } from 'commander';
import type { RegisterCommands } from '../command.ts';
import { DEFAULT_BATCH_SIZE, runLoad, runNeo4jExport } from './neo4j-data.ts';
import { runQueryCommand, type QueryCliOptions } from './neo4j-query.ts';
import { runNeo4jStart, runNeo4jStatus, runNeo4jStop, type ServerOptions } from './neo4j-server.ts';

function positiveInt(what: string, max = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const n = Number(value);
    if (!/^\d+$/.test(value) || n < 1 || n > max) throw new InvalidArgumentError(`expected ${what}`);
    return n;
  };
}

const collect = (value: string, previous: string[]): string[] => [...previous, value];

const CONNECTION_HELP = `
Connection: NEO4J_URI (default: the server 'diplograph neo4j start' runs, else bolt://127.0.0.1:7687),
NEO4J_USER (neo4j), NEO4J_PASSWORD (diplograph-dev), NEO4J_DATABASE (neo4j).`;

/** Commands: neo4j start|stop|status|export, load, query (Neo4j). */
export const registerNeo4jCommands: RegisterCommands = (cli, setExit) => {
  const neo4j = cli.command('neo4j').description('run the local Neo4j server; export the graph from Neo4j');
  const serverOptions = <T extends { option: (flags: string, description: string) => T }>(c: T): T =>
    c.option('--data-dir <dir>', 'server home: store, logs, pid (default .diplograph/neo4j)');

  serverOptions(
    neo4j
      .command('start')
      .description('start the local Neo4j server, wait until it answers and print its Bolt URI')
      .option('--port <port>', 'Bolt port on 127.0.0.1 (default 7687)', positiveInt('a port number', 65535)),
  ).action(async (opts: ServerOptions) => setExit(await runNeo4jStart(opts)));
  serverOptions(neo4j.command('stop').description('stop the local Neo4j server')).action(async (opts: ServerOptions) =>
    setExit(await runNeo4jStop(opts)),
  );
  serverOptions(neo4j.command('status').description('is the local Neo4j server running? (exit 0 yes, 3 no)')).action((opts: ServerOptions) =>
    setExit(runNeo4jStatus(opts)),
  );
  neo4j
    .command('export')
    .description('read the graph back from Neo4j into <out>/graph.json (a validated snapshot)')
    .requiredOption('-o, --out <dir>', 'directory for graph.json')
    .addHelpText('after', CONNECTION_HELP)
    .action(async (opts: { out: string }) => setExit(await runNeo4jExport(opts)));

  cli
    .command('load')
    .description('load a snapshot into Neo4j (idempotent: nodes and relationships are merged by key)')
    .argument('<snapshot>', 'graph.json or the directory holding it')
    .option('--batch-size <n>', 'rows per transaction', positiveInt('a positive integer'), DEFAULT_BATCH_SIZE)
    .option('--retry-seconds <n>', 'keep retrying a batch this long while Neo4j is unreachable', positiveInt('a positive integer'), 60)
    .addHelpText('after', CONNECTION_HELP)
    .action(async (path: string, opts: { batchSize: number; retrySeconds: number }) => setExit(await runLoad(path, opts)));

  cli
    .command('query')
    .description('run a named query from cypher/queries (or a .cypher file) read-only, and print a table')
    .argument('[query]', "a query's name (see --list) or a .cypher file")
    .option('-p, --param <name=value>', 'a query parameter (repeatable); always sent as a parameter', collect, [])
    .option('--json', 'print one JSON object per row', false)
    .option('--list', 'list the queries with their descriptions and parameters', false)
    .option('--file <script>', 'run a script of statements ending in ";" (read-only unless --write)')
    .option('--write', 'allow the --file script to write (for exported Cypher scripts)', false)
    .addHelpText('after', CONNECTION_HELP)
    .action(async (target: string | undefined, opts: QueryCliOptions) => setExit(await runQueryCommand(target, opts)));
};
