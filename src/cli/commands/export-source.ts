import { readFile } from 'node:fs/promises';
import { parseSnapshot, SnapshotError } from '../../graph/snapshot.ts';
import type { Snapshot } from '../../schema/index.ts';
import { CliError } from '../errors.ts';
import { err } from '../io.ts';
import { resolveSnapshotPath } from './validate.ts';

/** Where export and diff read a snapshot from. */
export type SnapshotSource = (from: string) => Promise<Snapshot>;

/**
 * Sources by name; anything else is a path (graph.json or its directory). `neo4j` is wired to the
 * Neo4j reader by the neo4j commands; until then it says where to go.
 */
export const SNAPSHOT_SOURCES = new Map<string, SnapshotSource>([
  ['neo4j', () => Promise.reject(new CliError('reading from Neo4j is not wired into export yet: use `diplograph neo4j export`'))],
]);

/** Reads and validates a snapshot file (or the graph.json in a directory); SnapshotError lists every problem. */
export async function readSnapshot(path: string): Promise<Snapshot> {
  const file = await resolveSnapshotPath(path);
  const json = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${file}: cannot read (${error.code ?? error.message})`);
  });
  return parseSnapshot(json, file);
}

export function loadSource(from: string): Promise<Snapshot> {
  return (SNAPSHOT_SOURCES.get(from) ?? readSnapshot)(from);
}

/** Loads a source; an invalid snapshot is reported on stderr, one problem a line, and gives null. */
export async function loadOrReport(from: string): Promise<Snapshot | null> {
  try {
    return await loadSource(from);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    err(`${error.source}: invalid snapshot, ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}:`);
    for (const problem of error.problems) err(`  ${problem}`);
    return null;
  }
}
