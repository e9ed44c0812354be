import { readFile } from 'node:fs/promises';
import { parseSnapshot, SnapshotError } from '../../graph/snapshot.ts';
import { readSnapshotFromNeo4j } from '../../neo4j/export.ts';
import type { Snapshot } from '../../schema/index.ts';
import { CliError } from '../errors.ts';
import { err } from '../io.ts';
import { GENERATOR } from '../version.ts';
import { neo4jCommand } from './neo4j-data.ts';
import { resolveSnapshotPath } from './validate.ts';

/** Where export and diff read a snapshot from; `command` prefixes the one-line errors. */
export type SnapshotSource = (from: string, command: string) => Promise<Snapshot>;

/**
 * Sources by name; anything else is a path (graph.json or its directory). `neo4j` reads the graph back
 * from Neo4j (NEO4J_* variables, else the local server), checked like `diplograph neo4j export`; its
 * failures are one line with the fix.
 */
export const SNAPSHOT_SOURCES = new Map<string, SnapshotSource>([
  ['neo4j', (_from, command) => neo4jCommand(command, (config) => readSnapshotFromNeo4j(config, { generator: GENERATOR }))],
]);

/** Reads and validates a snapshot file (or the graph.json in a directory); SnapshotError lists every problem. */
export async function readSnapshot(path: string): Promise<Snapshot> {
  const file = await resolveSnapshotPath(path);
  const json = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${file}: cannot read (${error.code ?? error.message})`);
  });
  return parseSnapshot(json, file);
}

export function loadSource(from: string, command: string): Promise<Snapshot> {
  return (SNAPSHOT_SOURCES.get(from) ?? readSnapshot)(from, command);
}

/** Loads a source; an invalid snapshot is reported on stderr, one problem a line, and gives null. */
export async function loadOrReport(from: string, command: string): Promise<Snapshot | null> {
  try {
    return await loadSource(from, command);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    err(`${error.source}: invalid snapshot, ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}:`);
    for (const problem of error.problems) err(`  ${problem}`);
    return null;
  }
}
