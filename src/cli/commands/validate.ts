import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSnapshot, SnapshotError } from '../../graph/snapshot.ts';
import { CliError } from '../errors.ts';
import { err, out } from '../io.ts';

/** A snapshot path: the file itself, or a directory holding graph.json. */
export async function resolveSnapshotPath(path: string): Promise<string> {
  const info = await stat(path).catch(() => null);
  if (!info) throw new CliError(`${path}: no such file or directory`);
  return info.isDirectory() ? join(path, 'graph.json') : path;
}

export async function runValidate(path: string): Promise<number> {
  const file = await resolveSnapshotPath(path);
  const json = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`${file}: cannot read (${error.code ?? error.message})`);
  });
  try {
    const snapshot = parseSnapshot(json, file);
    out(`${file}: valid snapshot (schema ${snapshot.attributes.schemaVersion}), ${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges`);
    return 0;
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    err(`${file}: invalid snapshot, ${error.problems.length} problem${error.problems.length === 1 ? '' : 's'}:`);
    for (const p of error.problems) err(`  ${p}`);
    return 1;
  }
}
