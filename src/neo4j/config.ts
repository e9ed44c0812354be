// Where load, query and export find Neo4j: the NEO4J_* variables, else the local server.
import { DEFAULT_NEO4J_PASSWORD, neo4jStatus } from './server/process.ts';

export interface Neo4jConfig {
  uri: string;
  user: string;
  password: string;
  database: string;
}

export const DEFAULT_NEO4J_URI = 'bolt://127.0.0.1:7687';

/**
 * NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE; without NEO4J_URI, the local server started
 * with 'diplograph neo4j start' (its port may not be the default), else bolt://127.0.0.1:7687.
 */
export function neo4jConfig(env: NodeJS.ProcessEnv = process.env, localDataDir?: string): Neo4jConfig {
  const nonEmpty = (name: string): string | undefined => (env[name] ? env[name] : undefined);
  const local = nonEmpty('NEO4J_URI') ? undefined : neo4jStatus(localDataDir === undefined ? {} : { dataDir: localDataDir }).uri;
  return {
    uri: nonEmpty('NEO4J_URI') ?? local ?? DEFAULT_NEO4J_URI,
    user: nonEmpty('NEO4J_USER') ?? 'neo4j',
    password: env['NEO4J_PASSWORD'] ?? DEFAULT_NEO4J_PASSWORD,
    database: nonEmpty('NEO4J_DATABASE') ?? 'neo4j',
  };
}
