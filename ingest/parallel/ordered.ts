import { InputError } from '../errors.ts';
import type { RawArticle } from '../read/formats.ts';
import { WorkerPool } from './pool.ts';
import type { Processed } from './types.ts';

// Batches keep messages few and workers busy; the bounds keep memory flat whatever the corpus size.
const BATCH_ARTICLES = 16;
const BATCH_BYTES = 1 << 20;
const BATCHES_PER_WORKER = 2;

type Extract = (raws: RawArticle[]) => Promise<Processed[]>;

/**
 * Extracts raw articles in batches — in worker threads when `workers` > 1, else with `local` — and yields
 * the results in input order, read errors in their place. At most `workers × 2` batches are in flight, so
 * neither the texts read ahead nor the results waiting for an earlier one grow with the corpus. An input
 * that fits in one batch is extracted with `local`: threads are not worth starting for it.
 */
export async function* extractInOrder(source: AsyncIterable<RawArticle | InputError>, workers: number, local: Extract, keepDropped = true): AsyncGenerator<Processed | InputError> {
  const items = source[Symbol.asyncIterator]();
  const ready = new Map<number, Processed | InputError>();
  const maxInFlight = Math.max(1, workers) * BATCHES_PER_WORKER;
  const maxAhead = maxInFlight * BATCH_ARTICLES * 2;
  let pool = null as WorkerPool | null; // (set inside dispatch)
  let seqs: number[] = [];
  let raws: RawArticle[] = [];
  let bytes = 0;
  let read = 0;
  let emitted = 0;
  let inFlight = 0;
  let dispatched = 0;
  let exhausted = false;
  let failure = null as { error: unknown } | null;
  let wake: (() => void) | null = null;

  const dispatch = () => {
    const batch = { seqs, raws };
    [seqs, raws, bytes] = [[], [], 0];
    if (!pool && workers > 1 && !(exhausted && dispatched === 0)) pool = new WorkerPool(workers, keepDropped);
    dispatched++;
    inFlight++;
    (pool ? pool.run(batch.raws) : local(batch.raws))
      .then((results) => results.forEach((result, i) => ready.set(batch.seqs[i]!, result)))
      .catch((error: unknown) => (failure ??= { error }))
      .finally(() => {
        inFlight--;
        wake?.();
      });
  };

  try {
    for (;;) {
      if (failure) throw failure.error;
      while (ready.has(emitted)) {
        const item = ready.get(emitted)!;
        ready.delete(emitted++);
        yield item;
      }
      if (exhausted && emitted === read && inFlight === 0 && raws.length === 0) return;
      if (!exhausted && inFlight < maxInFlight && read - emitted < maxAhead) {
        const next = await items.next();
        if (next.done) {
          exhausted = true;
          if (raws.length > 0) dispatch();
          continue;
        }
        const seq = read++;
        if (next.value instanceof InputError) ready.set(seq, next.value);
        else {
          seqs.push(seq);
          raws.push(next.value);
          bytes += next.value.text.length;
          if (raws.length >= BATCH_ARTICLES || bytes >= BATCH_BYTES) dispatch();
        }
        continue;
      }
      if (raws.length > 0) {
        dispatch();
        continue;
      }
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  } finally {
    await pool?.close();
  }
}
