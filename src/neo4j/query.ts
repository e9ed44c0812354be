// Runs Cypher for the query command: one statement in a READ session, or a script (statement by
// statement, auto-commit) in READ or, when asked, WRITE mode. Values go in as parameters only.
import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from './config.ts';
import { openSession, withDriver } from './driver.ts';
import { describeNeo4jError, Neo4jError } from './errors.ts';

export interface QueryResult {
  keys: string[];
  rows: Array<Record<string, unknown>>;
}

export interface ScriptResult {
  statements: number;
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
}

/** Neo4j values as plain JSON-able ones: temporals as ISO strings, nodes and relationships as maps. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (neo4j.isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (neo4j.isNode(value)) return { labels: value.labels, properties: toPlain(value.properties) };
  if (neo4j.isRelationship(value)) return { type: value.type, properties: toPlain(value.properties) };
  if (neo4j.isPath(value)) return { nodes: [value.start, ...value.segments.map((s) => s.end)].map(toPlain), relationships: value.segments.map((s) => toPlain(s.relationship)) };
  if (
    neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value) || neo4j.isTime(value) ||
    neo4j.isLocalTime(value) || neo4j.isDuration(value) || neo4j.isPoint(value)
  ) {
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toPlain);
  if (typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  return value;
}

export async function runQuery(config: Neo4jConfig, cypher: string, params: Record<string, unknown>): Promise<QueryResult> {
  return withDriver(config, async (driver) => {
    const session = openSession(driver, config, 'READ');
    try {
      const result = session.run(cypher, params);
      const keys = (await result.keys()).map(String);
      const { records } = await result;
      return { keys, rows: records.map((r) => toPlain(r.toObject()) as Record<string, unknown>) };
    } catch (error) {
      throw describeNeo4jError(error, config);
    } finally {
      await session.close();
    }
  });
}

export async function runScript(config: Neo4jConfig, statements: string[], write: boolean): Promise<ScriptResult> {
  return withDriver(config, async (driver) => {
    const session = openSession(driver, config, write ? 'WRITE' : 'READ');
    const totals: ScriptResult = { statements: 0, nodesCreated: 0, relationshipsCreated: 0, propertiesSet: 0 };
    try {
      for (const statement of statements) {
        const summary = await session.run(statement).summary();
        const updates = summary.counters.updates();
        totals.statements++;
        totals.nodesCreated += updates.nodesCreated;
        totals.relationshipsCreated += updates.relationshipsCreated;
        totals.propertiesSet += updates.propertiesSet;
      }
      return totals;
    } catch (error) {
      const described = describeNeo4jError(error, config);
      throw new Neo4jError(`statement ${totals.statements + 1} of ${statements.length}: ${described.message}`, described.code, { cause: error });
    } finally {
      await session.close();
    }
  });
}
