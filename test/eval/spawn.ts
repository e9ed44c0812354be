// Runs a JSONL-in, JSONL-out command once over all documents, on one core, and times it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface Command {
  cmd: string;
  args: string[];
  cwd?: string;
}

export interface JsonlRun {
  /** Parsed output lines. */
  records: unknown[];
  /** Output lines that were not JSON. */
  badLines: number;
  seconds: number;
}

export const TASKSET = ['/usr/bin/taskset', '/bin/taskset'].find((p) => existsSync(p));

/** Whether runs are pinned to one core (taskset), for the report. */
export const PINNED = TASKSET !== undefined;

/** One core: pinned with taskset where there is one, and single-threaded math libraries. */
function oneCore(command: Command): { cmd: string; args: string[]; env: NodeJS.ProcessEnv } {
  const env = { ...process.env, CI: '1', OMP_NUM_THREADS: '1', OPENBLAS_NUM_THREADS: '1', MKL_NUM_THREADS: '1' };
  if (!TASKSET) return { cmd: command.cmd, args: command.args, env };
  return { cmd: TASKSET, args: ['-c', '0', command.cmd, ...command.args], env };
}

export class RunError extends Error {}

/** Writes `{ id, text }` lines to the command's stdin (minding backpressure) while reading its stdout. */
export async function runJsonl(command: Command, docs: Iterable<{ id: string; text: string }>, timeoutMs = 30 * 60_000): Promise<JsonlRun> {
  const { cmd, args, env } = oneCore(command);
  const started = performance.now();
  const child = spawn(cmd, args, { cwd: command.cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-4000)));
  child.stdin.on('error', () => {}); // EPIPE when the command dies early; its exit status tells why
  const closed = new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code));
  });
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);

  const records: unknown[] = [];
  let badLines = 0;
  const reading = (async () => {
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      if (line.trim() === '') continue;
      try {
        records.push(JSON.parse(line));
      } catch {
        badLines++;
      }
    }
  })();

  let done = false;
  void closed.finally(() => (done = true)).catch(() => {});
  for (const doc of docs) {
    if (done) break;
    if (!child.stdin.write(`${JSON.stringify({ id: doc.id, text: doc.text })}\n`)) {
      await Promise.race([new Promise((resolve) => child.stdin.once('drain', resolve)), closed.catch(() => null)]);
    }
  }
  child.stdin.end();

  try {
    const code = await closed;
    await reading;
    const seconds = (performance.now() - started) / 1000;
    if (code !== 0) {
      const last = stderr.trim().split('\n').slice(-3).join(' | ');
      throw new RunError(`exit ${code ?? 'by signal'}${last ? `: ${last}` : ''}`);
    }
    return { records, badLines, seconds };
  } catch (error) {
    if (error instanceof RunError) throw error;
    throw new RunError((error as Error).message);
  } finally {
    clearTimeout(timer);
  }
}
