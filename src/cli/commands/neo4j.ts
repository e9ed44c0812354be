import type { RegisterCommands } from '../command.ts';

/** Commands: neo4j start|stop|status, load, query (Neo4j). */
export const registerNeo4jCommands: RegisterCommands = () => {
  // Filled in by the work on this area.
};
