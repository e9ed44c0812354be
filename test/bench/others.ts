// The parts of `npm run bench` that reuse other benchmarks: natasha side by side (test/eval), and the Neo4j,
// export and viewer benches, each run as its own process with its table quoted in the report.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GoldDoc } from '../eval/corpus.ts';
import { runNatasha, skippedLine, type NatashaResult } from '../eval/natasha.ts';
import { diplograph, runMentions, type SystemRun } from '../eval/systems.ts';
import { PINNED } from '../eval/spawn.ts';
import { rate, type Section } from '../eval/table.ts';
import { ROOT } from '../helpers.ts';

export interface NatashaFigures {
  section: Section;
  /** diplograph's docs/s and mentions/s over natasha's (NER only), on the same texts and core; null when natasha could not run. */
  ratio: number | null;
  mentionsRatio: number | null;
  /** diplograph's docs/s over natasha's with normal forms (the same job: names in the nominative). */
  normalRatio: number | null;
}

/** The first `count` cleaned texts of a generated corpus (its articles.jsonl), as documents to tag. */
export function generatedDocs(textsFile: string, count: number): GoldDoc[] {
  return readFileSync(textsFile, 'utf8')
    .split('\n', count)
    .filter(Boolean)
    .map((line) => {
      const { key, text } = JSON.parse(line) as { key: string; text: string };
      return { id: key, dataset: 'nerel', text, entities: [], meetings: [] };
    });
}

/**
 * `diplograph mentions` and natasha over the same texts (`what` says which), each on one core: natasha's NER alone,
 * and natasha with normal forms — diplograph's names are nominative ("Лаврова" → "Лавров"), so that is the same job.
 */
export async function natashaSection(docs: GoldDoc[], what: string, title: string): Promise<NatashaFigures> {
  const ours = await runMentions({ name: 'diplograph', command: diplograph('mentions') }, docs);
  const ner = await runNatasha(docs);
  const normal = 'skipped' in ner ? ner : await runNatasha(docs, true);
  const theirs = [ner, normal].flatMap((r) => ('skipped' in r ? [] : [r.run]));
  const processing = (r: SystemRun) => Math.max(r.total - r.startup, 1e-3);
  const docsRate = (r: SystemRun) => r.docs / processing(r);
  const rows = [ours, ...theirs].map((r) => [r.name, String(r.docs), String(r.mentions), r.startup.toFixed(2), processing(r).toFixed(2), rate(docsRate(r)), rate(r.mentions / processing(r)), rate(r.chars / 1000 / processing(r))]);
  const over = (r: NatashaResult) => ('skipped' in r ? null : docsRate(ours) / docsRate(r.run));
  const ratio = over(ner);
  const normalRatio = over(normal);
  const mentionsRatio = 'skipped' in ner ? null : ours.mentions / processing(ours) / (ner.run.mentions / processing(ner.run));
  const blocks: Section['blocks'] = [
    `${what} (${docs.length} documents), through \`diplograph mentions\` and natasha (test/eval/natasha.py: ` +
      'NewsNERTagger alone, then with NewsMorphTagger and span normal forms), one run each ' +
      `${PINNED ? 'pinned to one core (taskset -c 0)' : 'in one process'}; start-up (a run over no text) is left out of the rates. ` +
      'The systems do not find the same things — natasha tags every person, organization and location, diplograph resolves ' +
      'mentions to its knowledge base, names them in the nominative and reads roles and adjectives — so docs/s and ' +
      'characters/s compare throughput, mentions/s what each finds per second.',
    { head: ['system', 'docs', 'mentions', 'start-up s', 'processing s', 'docs/s', 'mentions/s', 'kchars/s'], rows },
  ];
  if ('skipped' in ner) blocks.push(skippedLine(ner.skipped));
  else {
    blocks.push(
      `natasha ${ner.version}. Throughput ratio diplograph/natasha (docs/s): ${ratio!.toFixed(2)}× against NER alone` +
        (normalRatio === null ? '.' : `, ${normalRatio.toFixed(2)}× against NER with normal forms.`),
    );
  }
  return { section: { title, blocks }, ratio, mentionsRatio, normalRatio };
}

/** Runs another bench script and quotes its output; a missing prerequisite becomes one line. */
export async function subBench(title: string, script: string, args: string[], env: Record<string, string>, what: string): Promise<Section> {
  const started = performance.now();
  const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
  child.stderr.setEncoding('utf8').on('data', (c: string) => (stderr += c));
  const timer = setTimeout(() => child.kill('SIGKILL'), 10 * 60_000);
  const status = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? -1)));
  clearTimeout(timer);
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  const last = (text: string) => text.trim().split('\n').filter(Boolean).at(-1) ?? 'no output';
  if (status !== 0) return { title, blocks: [`${title}: skipped (${script} ${args.join(' ')} exited ${status}: ${last(stderr || stdout)})`] };
  const quoted = stdout.trimEnd().split('\n').map((l) => `    ${l}`).join('\n');
  return { title, blocks: [`${what}; \`${script} ${args.join(' ')}\`, ${seconds} s:`, quoted] };
}
