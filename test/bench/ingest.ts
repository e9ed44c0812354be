// Runs `diplograph ingest` (or any command) as a user would, timing it and reading its peak memory: the
// process's own getrusage maxRSS, which counts every thread, workers included. Used by the scale tests and
// by test/bench/run.ts.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Section } from '../eval/table.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { TASKSET } from '../eval/spawn.ts';
import { writeCorpus } from './corpus.ts';

export interface MeasuredRun {
  status: number;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Peak resident set size of the whole process, bytes. */
  maxRss: number;
  /** User + system CPU time of the whole process (every thread), seconds. */
  cpu: number;
  /** Load average over the last minute when the run ended: how much else the machine was doing. */
  load: number;
}

// Preloaded before the CLI: writes the process's peak RSS (KiB on Linux) and CPU time (µs) where the parent can read them.
const REPORT_RSS =
  'data:text/javascript,import{writeFileSync}from"node:fs";process.on("exit",()=>{const u=process.resourceUsage();' +
  'writeFileSync(process.env.DIPLOGRAPH_MAXRSS_FILE,JSON.stringify([u.maxRSS,u.userCPUTime+u.systemCPUTime]))})';

/** `pinned`: held to one core with taskset (where there is one), every thread of the process included. */
export async function runMeasured(args: string[], options: { timeoutMs?: number; cwd?: string; pinned?: boolean } = {}): Promise<MeasuredRun> {
  const dir = tempDir('diplograph-rss-');
  const rssFile = join(dir, 'maxrss');
  const started = performance.now();
  const node = [process.execPath, '--import', REPORT_RSS, join(ROOT, 'src/cli/bin.mjs'), ...args];
  const [cmd, ...argv] = options.pinned && TASKSET ? [TASKSET, '-c', '0', ...node] : node;
  const child = spawn(cmd!, argv, {
    cwd: options.cwd ?? ROOT,
    env: { ...process.env, CI: '1', DIPLOGRAPH_MAXRSS_FILE: rssFile },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 30 * 60_000);
  const status = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve(code ?? -1));
  });
  clearTimeout(timer);
  const seconds = (performance.now() - started) / 1000;
  let [maxRss, cpu] = [0, 0];
  try {
    const [kib, micros] = JSON.parse(readFileSync(rssFile, 'utf8')) as [number, number];
    [maxRss, cpu] = [kib * 1024, micros / 1e6];
  } catch {
    // killed before it could report
  }
  rmSync(dir, { recursive: true, force: true });
  return { status, stdout, stderr, seconds, maxRss, cpu, load: loadavg()[0] ?? 0 };
}

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** graph.json without its createdAt: what two runs over the same articles must agree on, byte for byte. */
export function snapshotText(dir: string): string {
  return readFileSync(join(dir, 'graph.json'), 'utf8').replace(/"createdAt": "[^"]*"/, '"createdAt": "-"');
}

export interface IngestFigures {
  sections: Section[];
  /** End-to-end articles/s. */
  rate1: number;
  rate2: number;
  rss2: number;
  extractScaling: number;
  /** The most 2 workers could gain over 1 end to end on this machine, from the 2-worker run's CPU time. */
  ceiling: number;
  /** 2 workers over 1 worker held to one core; null without taskset. */
  coreScaling: number | null;
  largeRss: number | null;
  extrapolated100k: number;
  /** articles.jsonl of the 2-worker run: the cleaned texts, for the natasha comparison. */
  texts: string;
  rm(): void;
}

/** Corpus, ingest on 1 and 2 workers, merge alone, and (when `large` > 0) peak memory on a large corpus. */
export async function ingestSections(articles: number, large: number, say: (text: string) => void): Promise<IngestFigures> {
  const dir = tempDir('diplograph-bench-');
  const corpus = join(dir, 'corpus.jsonl');
  const bytes = await writeCorpus(corpus, articles, 1);
  const runs: Array<MeasuredRun & { workers: number; out: string }> = [];
  for (const workers of [1, 2]) {
    const out = join(dir, `out-${workers}`);
    say(`  ingest --workers ${workers}…`);
    runs.push({ ...checked(await runMeasured(['ingest', corpus, '--out', out, '--workers', String(workers)])), workers, out });
  }
  const [one, two] = runs as [(typeof runs)[0], (typeof runs)[0]];
  // The 1-worker run's garbage collector and compiler threads use the second core for free; held to one
  // core, it shows what 1 → 2 cores gives.
  say('  ingest --workers 1 held to one core…');
  const pinned = TASKSET ? checked(await runMeasured(['ingest', corpus, '--out', join(dir, 'out-pinned'), '--workers', '1'], { pinned: true })) : null;
  // Extraction alone, measured rather than derived: `extract` is ingest without the merge and the snapshot.
  const extracts: MeasuredRun[] = [];
  for (const workers of [1, 2]) {
    say(`  extract --workers ${workers}…`);
    extracts.push(checked(await runMeasured(['extract', corpus, '--out', join(dir, `extract-${workers}.jsonl`), '--workers', String(workers)])));
  }
  const [extractOne, extractTwo] = extracts as [MeasuredRun, MeasuredRun];
  say('  merge alone…');
  const merge = checked(await runMeasured(['merge', join(two.out, 'extractions.jsonl'), '--out', join(dir, 'merged')]));
  const small = join(dir, 'small.jsonl');
  writeFileSync(small, readFileSync(join(two.out, 'extractions.jsonl'), 'utf8').split('\n').slice(0, 100).join('\n'));
  const base = checked(await runMeasured(['merge', small, '--out', join(dir, 'merged-small')]));
  const cleaned = meanTextLength(join(two.out, 'articles.jsonl'));
  const rate = (r: MeasuredRun) => articles / r.seconds;
  // Two cores can do no more than two CPU seconds a second: the 2-worker run cannot take less than half its CPU time.
  const ceiling = (single: MeasuredRun, double: MeasuredRun) => single.seconds / (double.cpu / 2);
  // Memory: extraction threads are a constant (they do not keep articles); the merge holds the graph, ∝ articles.
  const slope = (merge.maxRss - base.maxRss) / articles;
  const extrapolated100k = Math.max(two.maxRss, base.maxRss + slope * 100_000);

  let largeRun: MeasuredRun | null = null;
  let largeBytes = 0;
  if (large > 0) {
    const big = join(dir, 'large.jsonl');
    largeBytes = await writeCorpus(big, large, 2);
    say(`  ingest of ${large} articles (default workers)…`);
    largeRun = checked(await runMeasured(['ingest', big, '--out', join(dir, 'out-large')]));
    rmSync(big, { force: true });
    rmSync(join(dir, 'out-large'), { recursive: true, force: true });
  }
  const row = (r: MeasuredRun & { workers: number }) => [String(r.workers), r.seconds.toFixed(1), rate(r).toFixed(0), (rate(r) / r.workers).toFixed(0), r.cpu.toFixed(0), (articles / r.cpu).toFixed(0), mib(r.maxRss), r.load.toFixed(1)];
  const sections: Section[] = [
    {
      title: 'Corpus',
      blocks: [
        `${articles} articles generated by test/bench/corpus.ts (our own Russian templates over the knowledge base's people, states, ` +
          'organizations, places and treaties; page furniture, datelines, photo credits, ads, teasers, link rows and news feeds around ' +
          `the body; one in ten as HTML): a JSONL of ${mib(bytes)}, ${(bytes / articles).toFixed(0)} bytes a record on average; ` +
          `${cleaned.toFixed(0)} characters a cleaned text on average.`,
      ],
    },
    {
      title: 'Ingest',
      blocks: [
        '`diplograph ingest corpus.jsonl --out dir --workers N`, end to end (start-up, reading, cleaning, extraction, merge, writing ' +
          'graph.json, articles.jsonl and extractions.jsonl). `--workers 1` extracts on the main thread; 2 means two worker threads ' +
          'while the main thread reads and merges.',
        { head: ['workers', 'seconds', 'articles/s', 'articles/s per core', 'CPU s', 'articles per CPU s', 'peak RSS', 'load after'], rows: [row(one), row(two)] },
        'CPU s counts every thread; "articles per CPU s" is what one core does when nothing else runs, and the load average ' +
          '(1 minute, at the end of each run) says how much else was running on the 2 cores.',
        `Snapshots from 1 and 2 workers identical (but for createdAt): ${snapshotText(one.out) === snapshotText(two.out) ? 'yes' : 'NO'}.`,
        pinned
          ? `The 1-worker run keeps one core busy and puts its garbage collector and compiler threads on the other (CPU s over ` +
            `seconds: ${(one.cpu / one.seconds).toFixed(2)} cores); held to one core with taskset it takes ${pinned.seconds.toFixed(1)} s ` +
            `(${rate(pinned).toFixed(0)} articles/s), so going from 1 core to 2 gives ${(rate(two) / rate(pinned)).toFixed(2)}×.`
          : 'No taskset here: no run held to one core.',
        `Scaling 1 → 2 workers: ${(rate(two) / rate(one)).toFixed(2)}× end to end. The merge runs on one thread after extraction ` +
          `(\`diplograph merge\` of the same extractions alone: ${merge.seconds.toFixed(1)} s, start-up included).`,
        `Extraction alone (\`diplograph extract\`: reading, cleaning, extraction, writing the records; no merge): ` +
          `${extractOne.seconds.toFixed(1)} s on 1 worker (${extractOne.cpu.toFixed(0)} CPU s), ${extractTwo.seconds.toFixed(1)} s on 2 ` +
          `(${extractTwo.cpu.toFixed(0)} CPU s): ${(extractOne.seconds / extractTwo.seconds).toFixed(2)}×.`,
        `Ceiling on ${cpus().length} cores: a run cannot take less than its CPU seconds over the cores, so 2 workers can be at most ` +
          `${ceiling(one, two).toFixed(2)}× faster than 1 end to end and ${ceiling(extractOne, extractTwo).toFixed(2)}× for extraction alone — ` +
          'even if every step, the merge included, ran on both cores. Two worker threads do more work than one: each is a V8 ' +
          'isolate that loads the dictionaries and compiles the code for itself, and the main thread passes the articles between them.',
      ],
    },
    {
      title: 'Memory',
      blocks: [
        'Peak RSS is the process\'s getrusage maxRSS: every thread counted. Extraction threads keep no articles: each costs ' +
          'about 0.3–0.4 GiB (dictionaries, caches and V8 heap headroom) whatever the corpus size; reading and writing are streamed. ' +
          'What grows with the corpus is the graph the merge builds (nodes, edges, evidence quotes).',
        `Merge alone: ${mib(base.maxRss)} for 100 articles, ${mib(merge.maxRss)} for ${articles}; ` +
          `extrapolated linearly, 100k articles need about ${mib(extrapolated100k)}.`,
        largeRun
          ? `Measured: ${large} articles (${mib(largeBytes)} JSONL), default workers: ${largeRun.seconds.toFixed(0)} s, ` +
            `${(large / largeRun.seconds).toFixed(0)} articles/s, peak RSS ${mib(largeRun.maxRss)}.`
          : 'No large run this time (DIPLOGRAPH_BENCH_LARGE=0 or a quick run): the 100k figure is the extrapolation above.',
      ],
    },
  ];
  return {
    sections,
    rate1: rate(one),
    rate2: rate(two),
    rss2: two.maxRss,
    extractScaling: extractOne.seconds / extractTwo.seconds,
    ceiling: ceiling(one, two),
    coreScaling: pinned ? rate(two) / rate(pinned) : null,
    largeRss: largeRun?.maxRss ?? null,
    extrapolated100k,
    texts: join(two.out, 'articles.jsonl'),
    rm: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function checked<T extends MeasuredRun>(run: T): T {
  if (run.status !== 0) throw new Error(`bench: a run failed (exit ${run.status}): ${run.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return run;
}

function meanTextLength(file: string): number {
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  return lines.reduce((n, l) => n + (JSON.parse(l) as { text: string }).text.length, 0) / lines.length;
}
