// diplograph load <snapshot> and diplograph neo4j export --out <dir>.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseSnapshot, SnapshotError } from '../../graph/snapshot.ts';
import { neo4jConfig, type Neo4jConfig } from '../../neo4j/config.ts';
import { Neo4jError } from '../../neo4j/errors.ts';
import { readSnapshotFromNeo4j } from '../../neo4j/export.ts';
import { DEFAULT_BATCH_SIZE, loadSnapshot } from '../../neo4j/load.ts';
import { CliError } from '../errors.ts';
import { out, Progress } from '../io.ts';
import { GENERATOR } from '../version.ts';
import { resolveSnapshotPath } from './validate.ts';

export interface LoadCliOptions {
  batchSize: number;
  retrySeconds: number;
}

/** Neo4j failures become one-line CLI errors prefixed with the command. */
export async function neo4jCommand<T>(command: string, work: (config: Neo4jConfig) => Promise<T>): Promise<T> {
  try {
    return await work(neo4jConfig());
  } catch (error) {
    if (error instanceof Neo4jError) throw new CliError(`${command}: ${error.message}`, 1, { cause: error });
    throw error;
  }
}

export async function runLoad(path: string, opts: LoadCliOptions): Promise<number> {
  const file = await resolveSnapshotPath(path).catch((error: unknown) => {
    throw error instanceof CliError ? new CliError(`load: ${error.message}`) : error;
  });
  const json = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new CliError(`load: ${file}: cannot read (${error.code ?? error.message})`);
  });
  let snapshot;
  try {
    snapshot = parseSnapshot(json, file);
  } catch (error) {
    if (!(error instanceof SnapshotError)) throw error;
    const n = error.problems.length;
    throw new CliError(
      `load: ${file} is not a valid snapshot (${n} problem${n === 1 ? '' : 's'}: ${error.problems.slice(0, 2).join('; ')}${n > 2 ? '; …' : ''}) — nothing was loaded; see every problem with 'diplograph validate ${path}'`,
    );
  }
  return neo4jCommand('load', async (config) => {
    let progress: Progress | undefined;
    const result = await loadSnapshot(snapshot, config, {
      batchSize: opts.batchSize,
      retryMs: opts.retrySeconds * 1000,
      onProgress: (p) => {
        progress ??= new Progress('load', p.batchesTotal);
        progress.tick(p.batchesDone, p.phase);
      },
    }).finally(() => progress?.clear());
    out(
      `loaded ${result.nodes} nodes, ${result.relationships} relationships and ${result.evidence} evidence into ${config.uri} (database ${config.database}) ` +
        `in ${result.batches} batch${result.batches === 1 ? '' : 'es'}, ${(result.ms / 1000).toFixed(1)} s`,
    );
    return 0;
  });
}

export async function runNeo4jExport(opts: { out: string }): Promise<number> {
  return neo4jCommand('neo4j export', async (config) => {
    const snapshot = await readSnapshotFromNeo4j(config, { generator: GENERATOR });
    await mkdir(opts.out, { recursive: true });
    const target = join(opts.out, 'graph.json');
    await writeFile(target, `${JSON.stringify(snapshot, null, 1)}\n`);
    out(`wrote ${target}: ${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges (from ${config.uri}, database ${config.database})`);
    return 0;
  });
}

export { DEFAULT_BATCH_SIZE };
