// Runs in a worker thread: cleans and extracts the batches of raw articles the main thread sends.
import { parentPort } from 'node:worker_threads';
import { initMorph } from '../morph/morph.ts';
import { processRaw } from '../pipeline.ts';
import type { BatchResult, JobBatch } from './types.ts';

const port = parentPort;
if (!port) throw new Error('worker.ts runs only as a worker thread (see pool.ts)');
const ready = initMorph();

const crash = (id: number, error: unknown): BatchResult => ({ id, crash: error instanceof Error ? (error.stack ?? error.message) : String(error) });

port.on('message', (job: JobBatch) => {
  void ready.then(
    () => {
      let reply: BatchResult;
      try {
        reply = { id: job.id, results: job.raws.map((raw) => processRaw(raw, job.keepDropped)) };
      } catch (error) {
        reply = crash(job.id, error);
      }
      port.postMessage(reply);
    },
    (error: unknown) => port.postMessage(crash(job.id, error)),
  );
});
