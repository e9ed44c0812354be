// The viewer's Neo4j mode (`diplograph serve --neo4j`): the query pack, read-only Cypher and a node's
// neighbourhood, answered as table rows plus a snapshot fragment. One driver for the server's life;
// every query runs in a READ session with a time limit, values only ever as parameters.
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import { EDGE_TYPES, NODE_KINDS, type Snapshot } from '../schema/index.ts';
import type { Neo4jConfig } from './config.ts';
import { checkConnection, openDriver, openSession } from './driver.ts';
import { describeNeo4jError, Neo4jError } from './errors.ts';
import { convertParam, loadPack, type ParamSpec } from './pack.ts';
import { toPlain } from './query.ts';
import { buildFragment, collect, emptyFound, type Found, type ReadQuery } from './subgraph.ts';

export interface QueryInfo {
  name: string;
  description: string;
  params: ParamSpec[];
}

export type BrowseRequest = { name: string; params: Record<string, string> } | { cypher: string; params: Record<string, string> };

export interface BrowseAnswer {
  keys: string[];
  /** Rows as plain JSON values (nodes as { labels, properties }); at most MAX_ROWS. */
  rows: Array<Record<string, unknown>>;
  rowsTruncated: boolean;
  graph: Snapshot;
  graphTruncated: boolean;
}

export interface NeighbourAnswer {
  graph: Snapshot;
  /** Relationships of the node in the database (of the snapshot's types), shown or not. */
  total: number;
  truncated: boolean;
}

/** A failure worth showing in the page: its message names no URI, user or password. */
export class BrowseError extends Error {
  override name = 'BrowseError';
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export interface Neo4jBrowse {
  readonly database: string;
  queries(): Promise<QueryInfo[]>;
  run(request: BrowseRequest): Promise<BrowseAnswer>;
  neighbours(id: string): Promise<NeighbourAnswer>;
  close(): Promise<void>;
}

export const MAX_ROWS = 1000;
const LIMITS = { maxNodes: 2000, maxRelationships: 5000 };
const NEIGHBOURS_MAX = 500;
const QUERY_TIMEOUT_MS = 30_000;

const NEIGHBOURS = `CALL () {
${NODE_KINDS.map((k) => `  MATCH (n:${k} {id: $id}) RETURN n`).join('\n  UNION\n')}
}
WITH n LIMIT 1
OPTIONAL MATCH (n)-[r]-(m) WHERE type(r) IN $types
WITH n, r, m LIMIT $max
RETURN n, r, m, COUNT { (n)-[x]-() WHERE type(x) IN $types } AS total`;

const CONNECTION_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.ClientError.Security.Unauthorized',
  'Neo.ClientError.Security.AuthenticationRateLimit',
  'Neo.ClientError.Database.DatabaseNotFound',
]);

/** What the page may read about a failure; the full message (with the URI) goes to the server's log. */
function pageError(error: unknown, config: Neo4jConfig, log: (line: string) => void): Error {
  if (error instanceof BrowseError || !(error instanceof Neo4jError || error instanceof neo4j.Neo4jError)) return error as Error;
  const described = describeNeo4jError(error, config);
  const scrub = (text: string): string => [config.uri, config.password].filter((s) => s.length >= 4).reduce((t, s) => t.replaceAll(s, '…'), text);
  const code = described.code;
  if (CONNECTION_CODES.has(code)) {
    log(`diplograph: serve: ${described.message}`);
    return new BrowseError("Neo4j cannot be reached right now — the terminal running 'diplograph serve' says why", 503);
  }
  if (code === 'Neo.ClientError.Statement.AccessMode') {
    return new BrowseError('Refused: this query writes to the database, and the viewer runs queries read-only. Nothing was changed.', 400);
  }
  if (code === 'Neo.ClientError.Statement.ParameterMissing') {
    return new BrowseError(`${scrub(described.message.replace(/ — pass it with --param.*$/, ''))} — give it in the parameters as name=value`, 400);
  }
  if (/TransactionTimedOut/.test(code)) return new BrowseError(`The query ran longer than ${QUERY_TIMEOUT_MS / 1000} s and was stopped.`, 400);
  return new BrowseError(scrub(described.message), code.startsWith('Neo.ClientError') ? 400 : 502);
}

/** A value as its declared type; a value that does not fit is the user's to fix (400). */
function convert(raw: string, type: ParamSpec['type'] | undefined, name: string): unknown {
  try {
    return convertParam(raw, type, name);
  } catch (error) {
    throw error instanceof Neo4jError ? new BrowseError(error.message, 400) : error;
  }
}

function bindNamed(name: string, specs: ParamSpec[], given: Record<string, string>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  const declared = new Map(specs.map((p) => [p.name, p]));
  for (const [key, raw] of Object.entries(given)) {
    const spec = declared.get(key);
    if (!spec) throw new BrowseError(`${name} has no parameter "${key}" (it takes ${specs.map((p) => p.name).join(', ') || 'none'})`, 400);
    params[key] = convert(raw, spec.type, key);
  }
  for (const spec of specs) {
    if (spec.name in params) continue;
    if (spec.default === undefined) throw new BrowseError(`${name} needs a value for ${spec.name} (${spec.description})`, 400);
    params[spec.name] = convert(spec.default === '""' ? '' : spec.default, spec.type, spec.name);
  }
  return params;
}

function bindText(given: Record<string, string>): Record<string, unknown> {
  const params: Record<string, unknown> = {};
  for (const [key, raw] of Object.entries(given)) {
    if (!/^\w+$/.test(key)) throw new BrowseError(`"${key}" is not a parameter name (letters, digits and _)`, 400);
    params[key] = convert(raw, undefined, key);
  }
  return params;
}

class Browse implements Neo4jBrowse {
  readonly database: string;

  constructor(
    private readonly driver: Driver,
    private readonly config: Neo4jConfig,
    private readonly log: (line: string) => void,
  ) {
    this.database = config.database;
  }

  async queries(): Promise<QueryInfo[]> {
    return (await loadPack()).map(({ name, description, params }) => ({ name, description, params }));
  }

  async run(request: BrowseRequest): Promise<BrowseAnswer> {
    if ('name' in request) {
      const query = (await loadPack()).find((q) => q.name === request.name);
      if (!query) throw new BrowseError(`no query named "${request.name}" in cypher/queries`, 400);
      return this.guard(() => this.execute(query.cypher, bindNamed(query.name, query.params, request.params)));
    }
    if (request.cypher.trim() === '') throw new BrowseError('type a Cypher query first', 400);
    return this.guard(() => this.execute(request.cypher, bindText(request.params)));
  }

  async neighbours(id: string): Promise<NeighbourAnswer> {
    return this.guard(() =>
      this.withSession(async (read, session) => {
        const rows = (await session.run(NEIGHBOURS, { id, types: EDGE_TYPES, max: neo4j.int(NEIGHBOURS_MAX) }, { timeout: QUERY_TIMEOUT_MS })).records;
        if (rows.length === 0) throw new BrowseError(`no node with id "${id}" in the database`, 404);
        const found = emptyFound();
        for (const row of rows) for (const value of row.values()) collect(value, found);
        found.strings.clear();
        const total = Number(rows[0]?.get('total') ?? 0);
        const fragment = await buildFragment(read, found, LIMITS, true);
        return { graph: fragment.snapshot, total, truncated: fragment.truncated || total > NEIGHBOURS_MAX };
      }),
    );
  }

  private async execute(cypher: string, params: Record<string, unknown>): Promise<BrowseAnswer> {
    return this.withSession(async (read, session) => {
      const result = session.run(cypher, params, { timeout: QUERY_TIMEOUT_MS });
      const keys = (await result.keys()).map(String);
      const rows: Array<Record<string, unknown>> = [];
      const found: Found = emptyFound();
      let rowsTruncated = false;
      for await (const record of result) {
        if (rows.length >= MAX_ROWS) {
          // Leaving the loop cancels the rest of the stream.
          rowsTruncated = true;
          break;
        }
        for (const value of record.values()) collect(value, found);
        rows.push(toPlain(record.toObject()) as Record<string, unknown>);
      }
      const fragment = await buildFragment(read, found, LIMITS, true);
      return { keys, rows, rowsTruncated, graph: fragment.snapshot, graphTruncated: fragment.truncated };
    });
  }

  private async withSession<T>(work: (read: ReadQuery, session: ReturnType<typeof openSession>) => Promise<T>): Promise<T> {
    const session = openSession(this.driver, this.config, 'READ');
    const read: ReadQuery = async (cypher, params) => (await session.run(cypher, params, { timeout: QUERY_TIMEOUT_MS })).records.map((r) => r.toObject() as Record<string, unknown>);
    try {
      return await work(read, session);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  private async guard<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw pageError(error, this.config, this.log);
    }
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}

/** Connects (failing early, with the fix, when Neo4j is down or the password wrong) and keeps the driver open. */
export async function openNeo4jBrowse(config: Neo4jConfig, log: (line: string) => void): Promise<Neo4jBrowse> {
  const driver = openDriver(config);
  try {
    await checkConnection(driver, config);
  } catch (error) {
    await driver.close();
    throw error;
  }
  return new Browse(driver, config, log);
}
