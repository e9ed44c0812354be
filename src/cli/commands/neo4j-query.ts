// diplograph query <name | file.cypher> [--param k=v …] [--json] [--list] | --file <script> [--write]
import { readFile } from 'node:fs/promises';
import { Neo4jError } from '../../neo4j/errors.ts';
import { bindParams, loadPack, parseQuery, type PackQuery } from '../../neo4j/pack.ts';
import { runQuery, runScript } from '../../neo4j/query.ts';
import { splitStatements } from '../../neo4j/script.ts';
import { CliError, UsageError } from '../errors.ts';
import { err, out } from '../io.ts';
import { neo4jCommand } from './neo4j-data.ts';
import { formatTable } from './neo4j-table.ts';

export interface QueryCliOptions {
  param: string[];
  json: boolean;
  list: boolean;
  file?: string;
  write: boolean;
}

function parseParams(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    const name = pair.slice(0, eq);
    if (eq <= 0 || !/^\w+$/.test(name)) throw new UsageError(`query: --param takes name=value, not "${pair}"`);
    params[name] = pair.slice(eq + 1);
  }
  return params;
}

async function readText(path: string, command: string): Promise<string> {
  return readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${command}: ${path}: cannot read (${error.code ?? error.message})`);
  });
}

function listPack(pack: PackQuery[]): void {
  for (const q of pack) {
    out(`${q.name}\n  ${q.description}`);
    for (const p of q.params) out(`  --param ${p.name}=<${p.type}>${p.default === undefined ? '' : ` (default ${p.default})`}  ${p.description}`);
    for (const e of q.examples) out(`  e.g. ${e}`);
    out('');
  }
  out(`${pack.length} queries in cypher/queries/; run one with 'diplograph query <name> --param name=value'`);
}

async function resolveQuery(target: string): Promise<{ query: PackQuery; declaredOnly: boolean }> {
  if (target.endsWith('.cypher') || target.includes('/')) {
    const query = parseQuery(await readText(target, 'query'), target);
    return { query, declaredOnly: query.params.length > 0 };
  }
  const pack = await loadPack();
  const query = pack.find((q) => q.name === target);
  if (!query) throw new CliError(`query: no query named "${target}" — 'diplograph query --list' shows the pack, or give a .cypher file`);
  return { query, declaredOnly: true };
}

export async function runQueryCommand(target: string | undefined, opts: QueryCliOptions): Promise<number> {
  if (opts.list) {
    listPack(await loadPack());
    return 0;
  }
  if (opts.write && !opts.file) throw new UsageError('query: --write only applies to scripts run with --file (single queries are always read-only)');
  if (opts.file) {
    if (target) throw new UsageError('query: give either a query or --file <script>, not both');
    const statements = splitStatements(await readText(opts.file, 'query'));
    return neo4jCommand('query', async (config) => {
      const r = await runScript(config, statements, opts.write);
      out(`ran ${r.statements} statement${r.statements === 1 ? '' : 's'} from ${opts.file} (${opts.write ? 'write' : 'read-only'}): ` +
        `${r.nodesCreated} nodes and ${r.relationshipsCreated} relationships created, ${r.propertiesSet} properties set`);
      return 0;
    });
  }
  if (!target) throw new UsageError("query: name a query (see 'diplograph query --list'), give a .cypher file, or --file <script>");
  const { query, declaredOnly } = await resolveQuery(target);
  return neo4jCommand(`query ${query.name}`, async (config) => {
    let params: Record<string, unknown>;
    try {
      params = bindParams(query, parseParams(opts.param), declaredOnly);
    } catch (error) {
      if (error instanceof Neo4jError) throw new UsageError(`query: ${error.message}`);
      throw error;
    }
    const result = await runQuery(config, query.cypher, params);
    if (opts.json) {
      for (const row of result.rows) out(JSON.stringify(row));
    } else {
      out(formatTable(result.keys, result.rows));
      err(`(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`);
    }
    return 0;
  });
}
