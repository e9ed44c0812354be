import { z } from 'zod';

// The contract between `diplograph serve` and the browser app: paths and the shapes they answer with.
export const API = {
  snapshot: '/api/snapshot',
  config: '/api/config',
} as const;

/**
 * What the server offers beyond the snapshot. `neo4j` is false until the Neo4j mode lands: then the
 * app may add its query panel (named queries, read-only Cypher, expand on double-click).
 */
export const ViewerConfig = z.strictObject({
  neo4j: z.boolean(),
});
export type ViewerConfig = z.infer<typeof ViewerConfig>;

export const DEFAULT_VIEWER_CONFIG: ViewerConfig = { neo4j: false };
