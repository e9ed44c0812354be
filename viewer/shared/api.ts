import { z } from 'zod';

// The contract between `diplograph serve` and the browser app: paths and the shapes they answer with.
export const API = {
  snapshot: '/api/snapshot',
  config: '/api/config',
  /** Neo4j mode only (404 otherwise). GET: the named queries of cypher/queries. */
  queries: '/api/queries',
  /** Neo4j mode only. POST JSON QueryRequest: a named query or read-only Cypher text. */
  query: '/api/query',
  /** Neo4j mode only. POST JSON NeighboursRequest: a node's 1-hop neighbourhood. */
  neighbours: '/api/neighbours',
} as const;

/**
 * What the server offers beyond the snapshot. With a Neo4j connection the app adds its query panel
 * and expands nodes on double-click; the database's name is all it learns of the connection (the
 * URI, user and password stay in the server).
 */
export const ViewerConfig = z.union([
  z.strictObject({ neo4j: z.literal(false) }),
  z.strictObject({ neo4j: z.literal(true), database: z.string() }),
]);
export type ViewerConfig = z.infer<typeof ViewerConfig>;

export const DEFAULT_VIEWER_CONFIG: ViewerConfig = { neo4j: false };

export const QueryInfo = z.strictObject({
  name: z.string(),
  description: z.string(),
  params: z.array(z.strictObject({ name: z.string(), type: z.string(), default: z.string().optional(), description: z.string() })),
});
export type QueryInfo = z.infer<typeof QueryInfo>;
export const QueryList = z.strictObject({ queries: z.array(QueryInfo) });

/** Values travel as strings and become Cypher parameters on the server (typed as the query declares). */
const Params = z.record(z.string().max(100), z.string().max(10_000));
export const QueryRequest = z.union([
  z.strictObject({ name: z.string().min(1).max(200), params: Params }),
  z.strictObject({ cypher: z.string().max(20_000), params: Params }),
]);
export type QueryRequest = z.infer<typeof QueryRequest>;

export const NeighboursRequest = z.strictObject({ id: z.string().min(1).max(1000) });
export type NeighboursRequest = z.infer<typeof NeighboursRequest>;

/** `graph` is a snapshot fragment: the app checks it with validateSnapshot before merging it. */
export const QueryAnswer = z.strictObject({
  keys: z.array(z.string()),
  rows: z.array(z.record(z.string(), z.unknown())),
  rowsTruncated: z.boolean(),
  graph: z.unknown(),
  graphTruncated: z.boolean(),
});
export type QueryAnswer = z.infer<typeof QueryAnswer>;

export const NeighbourAnswer = z.strictObject({ graph: z.unknown(), total: z.number(), truncated: z.boolean() });
export type NeighbourAnswer = z.infer<typeof NeighbourAnswer>;

/** Every Neo4j endpoint answers a failure with a message meant for the page. */
export const ApiError = z.strictObject({ error: z.string() });
