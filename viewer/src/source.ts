import { validateSnapshot } from '../../src/graph/snapshot.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { API, ApiError, DEFAULT_VIEWER_CONFIG, NeighbourAnswer, QueryAnswer, QueryList, ViewerConfig, type QueryInfo, type QueryRequest } from '../shared/api.ts';

/** A query's answer with its graph checked: rows for the table, a fragment to merge. */
export interface QueryResult extends Omit<QueryAnswer, 'graph'> {
  graph: Snapshot;
}

export interface NeighbourResult extends Omit<NeighbourAnswer, 'graph'> {
  graph: Snapshot;
}

/** The Neo4j mode's calls; present only when `/api/config` says `neo4j: true`. */
export interface Neo4jSource {
  readonly database: string;
  queries(): Promise<QueryInfo[]>;
  runQuery(request: QueryRequest): Promise<QueryResult>;
  /** A node's 1-hop neighbourhood, with its edges' evidence (the double-click). */
  expand(key: string): Promise<NeighbourResult>;
}

/**
 * Where the app's graph comes from: the snapshot `diplograph serve` hands out and, in Neo4j mode,
 * fragments of the database (snapshot-shaped, merged into the data graph by App.applyFragment).
 */
export interface GraphSource {
  readonly config: ViewerConfig;
  load(): Promise<Snapshot>;
  readonly neo4j: Neo4jSource | null;
}

/** The server's own words on a failure ({ error } from the Neo4j routes), else the status line. */
async function failure(path: string, response: Response): Promise<Error> {
  const body = ApiError.safeParse(await response.json().catch(() => null));
  return new Error(body.success ? body.data.error : `${path}: the server answered ${response.status} ${response.statusText}`);
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw await failure(path, response);
  return response.json();
}

/** Everything that reaches Neo4j is a same-origin POST of JSON (the server refuses anything else). */
async function postJson(path: string, body: unknown): Promise<unknown> {
  const response = await fetch(path, { method: 'POST', headers: { Accept: 'application/json', 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw await failure(path, response);
  return response.json();
}

function parse<T>(schema: { parse(data: unknown): T }, data: unknown, path: string): T {
  try {
    return schema.parse(data);
  } catch {
    throw new Error(`${path}: the server's answer does not have the expected shape`);
  }
}

function neo4jSource(database: string): Neo4jSource {
  return {
    database,
    queries: async () => parse(QueryList, await getJson(API.queries), API.queries).queries,
    runQuery: async (request) => {
      const answer = parse(QueryAnswer, await postJson(API.query, request), API.query);
      // Validated here too: the page trusts no JSON it did not check (the schema is the same zod code).
      return { ...answer, graph: validateSnapshot(answer.graph, API.query) };
    },
    expand: async (key) => {
      const answer = parse(NeighbourAnswer, await postJson(API.neighbours, { id: key }), API.neighbours);
      return { ...answer, graph: validateSnapshot(answer.graph, API.neighbours) };
    },
  };
}

export async function connect(): Promise<GraphSource> {
  const parsed = ViewerConfig.safeParse(await getJson(API.config).catch(() => DEFAULT_VIEWER_CONFIG));
  const config = parsed.success ? parsed.data : DEFAULT_VIEWER_CONFIG;
  return {
    config,
    load: async () => validateSnapshot(await getJson(API.snapshot), API.snapshot),
    neo4j: config.neo4j ? neo4jSource(config.database) : null,
  };
}
