// Loads a validated snapshot into Neo4j: schema first, then batched UNWIND … MERGE transactions.
// Every statement is a MERGE, so a rerun after a failure completes the load without duplicates.
import type { Driver, Session } from 'neo4j-driver';
import type { Snapshot } from '../schema/index.ts';
import type { Neo4jConfig } from './config.ts';
import { openSession, withDriver } from './driver.ts';
import { describeNeo4jError, isConnectionLoss, Neo4jError } from './errors.ts';
import { planLoad, type Batch, type Phase, type Row } from './load-plan.ts';
import { schemaStatements } from './script.ts';

export interface LoadOptions {
  /** Rows per transaction; default 5000. */
  batchSize?: number;
  /** How long to keep retrying a batch while the server is unreachable; default 60 s. */
  retryMs?: number;
  onProgress?: (progress: LoadProgress) => void;
}

export interface LoadProgress {
  phase: Phase;
  batchesDone: number;
  batchesTotal: number;
}

export interface LoadResult {
  schemaStatements: number;
  nodes: number;
  relationships: number;
  evidence: number;
  batches: number;
  ms: number;
}

export const DEFAULT_BATCH_SIZE = 5000;

/** A load that stopped part-way: says how far it got and that rerunning completes it. */
export class LoadError extends Neo4jError {
  override name = 'LoadError';
  constructor(
    cause: Neo4jError,
    readonly batchesWritten: number,
    readonly batchesTotal: number,
  ) {
    super(
      `${cause.message} (${batchesWritten} of ${batchesTotal} batches were written before the failure; rerun the same load to complete it — loading is idempotent)`,
      cause.code,
      { cause },
    );
  }
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export async function applySchema(driver: Driver, config: Neo4jConfig): Promise<number> {
  const statements = await schemaStatements();
  const session = openSession(driver, config, 'WRITE');
  try {
    for (const statement of statements) await runSchemaStatement(session, statement);
    await session.run('CALL db.awaitIndexes(300)');
  } catch (error) {
    throw describeNeo4jError(error, config);
  } finally {
    await session.close();
  }
  return statements.length;
}

const SCHEMA_ATTEMPTS = 8;

/**
 * One schema statement, again after a transient failure: loaders that start together on an empty database
 * all create the schema, and Neo4j may refuse one with DeadlockDetected; what another created meanwhile is done.
 */
async function runSchemaStatement(session: Session, statement: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await session.run(statement);
      return;
    } catch (error) {
      const code = (error as { code?: string }).code ?? '';
      if (/AlreadyExists$/.test(code)) return;
      if (!code.startsWith('Neo.TransientError') || attempt >= SCHEMA_ATTEMPTS) throw error;
      await sleep(100 * attempt + Math.random() * 100);
    }
  }
}

/** Node key -> elementId, filled by the node batches, read by the others. */
type ElementIds = Map<string, string>;

function bind(batch: Batch, eids: ElementIds): object[] {
  if (batch.phase === 'nodes') return batch.rows;
  const eid = (key: string | undefined) => (key === undefined ? undefined : eids.get(key));
  return batch.rows.map((r: Row) => ({ ...r, s: eid(r.source), t: eid(r.target), a: eid(r.article) }));
}

/** One batch in one transaction; the driver retries transient errors, this loop lost connections. */
async function writeBatch(driver: Driver, config: Neo4jConfig, batch: Batch, eids: ElementIds, retryMs: number): Promise<void> {
  const rows = bind(batch, eids);
  let deadline: number | undefined;
  for (let attempt = 1; ; attempt++) {
    const session = openSession(driver, config, 'WRITE');
    try {
      const result = await session.executeWrite((tx) => tx.run(batch.cypher, { rows }));
      const records = result.records;
      let written = records.length;
      if (batch.phase === 'nodes') for (const r of records) eids.set(String(r.get('id')), String(r.get('eid')));
      else written = Number(records[0]?.get('written') ?? 0);
      if (written !== rows.length) {
        throw new Neo4jError(`only ${written} of ${rows.length} ${batch.phase} in a batch were written: their nodes are missing`);
      }
      return;
    } catch (error) {
      deadline ??= Date.now() + retryMs;
      if (!isConnectionLoss(error) || Date.now() >= deadline) throw error;
      await sleep(Math.min(500 * attempt, 3000));
    } finally {
      await session.close().catch(() => undefined);
    }
  }
}

export async function loadSnapshot(snapshot: Snapshot, config: Neo4jConfig, options: LoadOptions = {}): Promise<LoadResult> {
  const started = Date.now();
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const retryMs = options.retryMs ?? 60_000;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new Neo4jError(`batch size must be a positive integer, not ${batchSize}`);
  const batches = planLoad(snapshot, batchSize, started);
  return withDriver(
    config,
    async (driver) => {
      const schema = await applySchema(driver, config);
      let done = 0;
      const eids: ElementIds = new Map();
      for (const batch of batches) {
        try {
          await writeBatch(driver, config, batch, eids, retryMs);
        } catch (error) {
          throw new LoadError(describeNeo4jError(error, config), done, batches.length);
        }
        done++;
        options.onProgress?.({ phase: batch.phase, batchesDone: done, batchesTotal: batches.length });
      }
      const evidence = batches.filter((b) => b.phase === 'evidence').reduce((n, b) => n + b.rows.length, 0);
      return { schemaStatements: schema, nodes: snapshot.nodes.length, relationships: snapshot.edges.length, evidence, batches: batches.length, ms: Date.now() - started };
    },
    { retryMs: Math.min(retryMs, 30_000) },
  );
}
