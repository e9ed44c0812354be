// What the global setup shares with test files (vitest provide/inject).
export interface TestNeo4jServer {
  uri: string;
  port: number;
  dataDir: string;
  heap: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The run's Neo4j server; null when its runtime is not built or no Neo4j test is in the run. */
    neo4j: TestNeo4jServer | null;
  }
}
