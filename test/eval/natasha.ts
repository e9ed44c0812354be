// natasha (NewsNERTagger) side by side: a local virtualenv under .diplograph/venv (gitignored), made on first use
// with `python3 -m venv` and `pip install natasha`; when that fails, one line "natasha: skipped (<reason>)".
//   npx tsx test/eval/natasha.ts
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers.ts';
import { FACTRU, hasData, loadCorpus, NEREL_MERGED, type GoldDoc } from './corpus.ts';
import { SKIP_LINE, speedSection, systemSection } from './ner.ts';
import { RunError } from './spawn.ts';
import { runMentions, type SystemRun } from './systems.ts';
import { renderText, type Section } from './table.ts';

export const VENV = join(ROOT, '.diplograph/venv');
const PYTHON = join(VENV, 'bin/python');
const SCRIPT = join(ROOT, 'test/eval/natasha.py');

const lastLine = (text: string | null | undefined): string =>
  (text ?? '').trim().split('\n').filter(Boolean).at(-1)?.slice(0, 200) ?? 'no message';

function run(cmd: string, args: string[], timeout: number) {
  return spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout, env: { ...process.env, PIP_DISABLE_PIP_VERSION_CHECK: '1' } });
}

function failure(what: string, result: ReturnType<typeof run>): string {
  if (result.error) return `${what}: ${result.error.message}`;
  return `${what} failed: ${lastLine(result.stderr || result.stdout)}`;
}

/** natasha's version when it is importable in the venv, else the reason it could not be set up. */
export function ensureNatasha(): { version: string } | { skipped: string } {
  const version = () => run(PYTHON, ['-c', 'import natasha, importlib.metadata as m; print(m.version("natasha"))'], 120_000);
  if (existsSync(PYTHON)) {
    const ready = version();
    if (ready.status === 0) return { version: ready.stdout.trim() };
  }
  process.stderr.write('natasha: setting up .diplograph/venv (python3 -m venv, pip install natasha)…\n');
  if (!existsSync(PYTHON)) {
    const venv = run('python3', ['-m', 'venv', VENV], 300_000);
    if (venv.status !== 0) return { skipped: failure('python3 -m venv', venv) };
  }
  const pip = run(PYTHON, ['-m', 'pip', 'install', '--quiet', '--retries', '2', '--timeout', '30', 'natasha'], 900_000);
  if (pip.status !== 0) return { skipped: failure('pip install natasha', pip) };
  const ready = version();
  return ready.status === 0 ? { version: ready.stdout.trim() } : { skipped: failure('import natasha', ready) };
}

export type NatashaResult = { run: SystemRun; version: string } | { skipped: string };

/** natasha over `docs`; with `normalize`, also its morphology and span normal forms (what diplograph's names are). */
export async function runNatasha(docs: readonly GoldDoc[], normalize = false): Promise<NatashaResult> {
  const setup = ensureNatasha();
  if ('skipped' in setup) return setup;
  process.stderr.write(`eval: running natasha${normalize ? ' with normal forms' : ''} over ${docs.length} documents…\n`);
  try {
    const name = normalize ? 'natasha + normal forms' : 'natasha';
    const result = await runMentions({ name, command: { cmd: PYTHON, args: normalize ? [SCRIPT, '--normalize'] : [SCRIPT], cwd: ROOT } }, docs);
    return { run: result, version: setup.version };
  } catch (error) {
    if (error instanceof RunError) return { skipped: `run failed: ${error.message}` };
    throw error;
  }
}

export const skippedLine = (reason: string): string => `natasha: skipped (${reason})`;

/** natasha's own tables: LOC is scored as Location, on NEREL against COUNTRY and CITY merged. */
export function natashaSection(result: { run: SystemRun; version: string }, docs: readonly GoldDoc[]): Section {
  const section = systemSection(result.run, docs, [FACTRU, NEREL_MERGED]);
  section.blocks.unshift(
    `natasha ${result.version}, NewsNERTagger (slovnet, navec news embeddings): PER → Person, ORG → Organization, ` +
      'LOC → Location. natasha has no state/place distinction, so on nerel.dev it is scored on Location = COUNTRY ∪ CITY. ' +
      "natasha's authors benchmark it on factRuEval-2016, whose conventions it follows; nerel.dev is the fairer ground.",
  );
  return section;
}

async function main(): Promise<number> {
  if (!hasData()) {
    process.stdout.write(SKIP_LINE);
    return 0;
  }
  const docs = await loadCorpus();
  const result = await runNatasha(docs);
  if ('skipped' in result) process.stdout.write(`${skippedLine(result.skipped)}\n`);
  else process.stdout.write(renderText([natashaSection(result, docs), speedSection([result.run])]));
  return 0;
}

if (process.argv[1]?.endsWith('natasha.ts')) process.exitCode = await main();
