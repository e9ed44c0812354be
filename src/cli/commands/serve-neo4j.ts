// The Neo4j side of `diplograph serve`: whether to connect, the connection, and the empty graph a
// Neo4j session may start from.
import { createGraph } from '../../graph/model.ts';
import { toSnapshot } from '../../graph/snapshot.ts';
import { openNeo4jBrowse, type Neo4jBrowse } from '../../neo4j/browse.ts';
import { neo4jConfig } from '../../neo4j/config.ts';
import { Neo4jError } from '../../neo4j/errors.ts';
import { CliError } from '../errors.ts';
import { err } from '../io.ts';
import { GENERATOR } from '../version.ts';

/**
 * --neo4j asks for it (a failed connection is an error); --no-neo4j refuses it; with neither, a set
 * NEO4J_URI turns it on, since whoever set it meant this database (a failed connection then only warns).
 */
export function neo4jMode(flag: boolean | undefined, env: NodeJS.ProcessEnv = process.env): 'asked' | 'auto' | 'off' {
  if (flag !== undefined) return flag ? 'asked' : 'off';
  return env['NEO4J_URI'] ? 'auto' : 'off';
}

/** Opens the connection the viewer keeps while it runs; the credentials stay in this process. */
export async function connectNeo4j(flag: boolean | undefined): Promise<Neo4jBrowse | undefined> {
  const mode = neo4jMode(flag);
  if (mode === 'off') return undefined;
  const config = neo4jConfig();
  try {
    const browse = await openNeo4jBrowse(config, err);
    err(`diplograph: Neo4j mode: database ${config.database} at ${config.uri} (queries run read-only)`);
    return browse;
  } catch (error) {
    if (!(error instanceof Neo4jError)) throw error;
    if (mode === 'asked') throw new CliError(`serve: ${error.message}`, 1, { cause: error });
    err(`diplograph: warning: NEO4J_URI is set but ${error.message} — serving without the Neo4j mode (--no-neo4j skips it)`);
    return undefined;
  }
}

/** In Neo4j mode with no snapshot at hand the viewer starts empty and fills from queries. */
export function emptySnapshotJson(): string {
  return JSON.stringify(toSnapshot(createGraph(), { generator: GENERATOR, createdAt: new Date().toISOString() }));
}
