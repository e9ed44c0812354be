import { Worker } from 'node:worker_threads';
import type { RawArticle } from '../read/formats.ts';
import type { BatchResult, JobBatch, Processed } from './types.ts';

// The entry registers tsx, then imports worker.ts: workers run the TypeScript sources as the CLI does.
const ENTRY = new URL('./worker.mjs', import.meta.url);

interface Slot {
  worker: Worker;
  busy: number;
}

interface Job {
  slot: Slot;
  resolve: (results: Processed[]) => void;
  reject: (error: Error) => void;
}

/** Worker threads that clean and extract batches of raw articles; each batch goes to the least busy one. */
export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly jobs = new Map<number, Job>();
  private nextId = 0;
  private closing = false;

  constructor(
    size: number,
    private readonly keepDropped: boolean,
  ) {
    for (let i = 0; i < size; i++) this.slots.push(this.spawn());
  }

  run(raws: RawArticle[]): Promise<Processed[]> {
    const slot = this.slots.reduce((a, b) => (b.busy < a.busy ? b : a));
    const id = this.nextId++;
    slot.busy++;
    return new Promise((resolve, reject) => {
      this.jobs.set(id, { slot, resolve, reject });
      slot.worker.postMessage({ id, raws, keepDropped: this.keepDropped } satisfies JobBatch);
    });
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = new Worker(ENTRY);
    const slot: Slot = { worker, busy: 0 };
    worker.on('message', (message: BatchResult) => {
      const job = this.jobs.get(message.id);
      if (!job) return;
      this.jobs.delete(message.id);
      slot.busy--;
      if ('crash' in message) job.reject(new Error(`extraction failed in a worker thread: ${message.crash}`));
      else job.resolve(message.results);
    });
    // A worker that dies takes its batches with it: fail them rather than wait forever.
    const fail = (error: Error) => {
      for (const [id, job] of this.jobs) {
        if (job.slot !== slot) continue;
        this.jobs.delete(id);
        job.reject(error);
      }
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (!this.closing) fail(new Error(`an extraction worker thread exited with code ${code}`));
    });
    return slot;
  }
}
