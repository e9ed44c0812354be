import { validateSnapshot } from '../../src/graph/snapshot.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { API, DEFAULT_VIEWER_CONFIG, ViewerConfig } from '../shared/api.ts';

/**
 * Where the app's graph comes from. Today: the snapshot `diplograph serve` hands out.
 *
 * Seam for the Neo4j mode: when `/api/config` says `neo4j: true`, a second source will add methods such
 * as `expand(key): Promise<Snapshot>` (neighbours of a node, on double-click) and
 * `runQuery(name, params): Promise<Snapshot>` (named queries, read-only Cypher). Their answers are
 * snapshot fragments, merged into the data graph with `mergeSnapshot` (data.ts). App builds its derived
 * state (DataIndex, SearchIndex, display graph, legend) once today; that mode adds the step that rebuilds
 * it after a merge. Nothing below this interface needs to know which source is in use.
 */
export interface GraphSource {
  readonly config: ViewerConfig;
  load(): Promise<Snapshot>;
}

async function getJson(path: string): Promise<unknown> {
  const response = await fetch(path, { headers: { Accept: 'application/json' } });
  if (!response.ok) throw new Error(`${path}: the server answered ${response.status} ${response.statusText}`);
  return response.json();
}

export async function connect(): Promise<GraphSource> {
  const parsed = ViewerConfig.safeParse(await getJson(API.config).catch(() => DEFAULT_VIEWER_CONFIG));
  const config = parsed.success ? parsed.data : DEFAULT_VIEWER_CONFIG;
  return {
    config,
    // Validated here too: the page trusts no JSON it did not check (the schema is the same zod code).
    load: async () => validateSnapshot(await getJson(API.snapshot), API.snapshot),
  };
}
