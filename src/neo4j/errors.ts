// Turns driver errors into one line that says what went wrong and how to fix it.
import { Neo4jError as DriverError } from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';

/** A failure talking to Neo4j, its message one line with the fix; the CLI prefixes the command. */
export class Neo4jError extends Error {
  override name = 'Neo4jError';
  constructor(
    message: string,
    readonly code = '',
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

const START_HINT = "start it with 'diplograph neo4j start' or set NEO4J_URI";

const firstLine = (text: string): string => (text.split('\n').find((l) => l.trim() !== '') ?? text).trim().slice(0, 300);

/** Connection-level failures: worth retrying when the server may come back. */
export function isConnectionLoss(error: unknown): boolean {
  const code = error instanceof DriverError ? error.code : '';
  return code === 'ServiceUnavailable' || code === 'SessionExpired';
}

export function describeNeo4jError(error: unknown, config: Neo4jConfig): Neo4jError {
  if (error instanceof Neo4jError) return error;
  const message = error instanceof Error ? error.message : String(error);
  const code = error instanceof DriverError ? error.code : '';
  const at = `Neo4j at ${config.uri}`;
  const wrap = (text: string): Neo4jError => new Neo4jError(text, code, { cause: error });
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    if (/ECONNREFUSED/.test(message)) return wrap(`${at} refused the connection — ${START_HINT}`);
    if (/ENOTFOUND|EAI_AGAIN/.test(message)) return wrap(`cannot resolve the host of ${config.uri} — check NEO4J_URI`);
    if (/timed? ?out|ETIMEDOUT/i.test(message)) return wrap(`${at} did not answer in time — check NEO4J_URI and that the server is running`);
    return wrap(`lost the connection to ${at} (${firstLine(message)}) — check that it is running, or ${START_HINT}`);
  }
  switch (code) {
    case 'Neo.ClientError.Security.Unauthorized':
      return wrap(`${at} rejected user '${config.user}': wrong user name or password — set NEO4J_USER and NEO4J_PASSWORD (the local server uses neo4j / diplograph-dev)`);
    case 'Neo.ClientError.Security.AuthenticationRateLimit':
      return wrap(`${at} locked user '${config.user}' after too many failed logins — fix NEO4J_PASSWORD and retry in a few seconds`);
    case 'Neo.ClientError.Database.DatabaseNotFound':
      return wrap(`${at} has no database '${config.database}' — set NEO4J_DATABASE to an existing database (default neo4j, the only one in Community Edition)`);
    case 'Neo.ClientError.Statement.AccessMode':
      return wrap("the query tries to write, but queries run read-only — use 'diplograph query --file <script> --write' to run a script that writes");
    case 'Neo.ClientError.Statement.SyntaxError':
      return wrap(`Cypher syntax error: ${firstLine(message)}`);
    case 'Neo.ClientError.Statement.ParameterMissing':
      return wrap(`${firstLine(message)} — pass it with --param name=value`);
  }
  if (/unknown scheme|url|uri/i.test(message) && !code) {
    return wrap(`NEO4J_URI '${config.uri}' is not a Neo4j address (${firstLine(message)}) — use bolt://host:7687, neo4j://… or neo4j+s://… for Aura`);
  }
  return wrap(code ? `${code}: ${firstLine(message)}` : firstLine(message));
}
