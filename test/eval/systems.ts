// The mention extractors under evaluation, run through their command lines (the CLI is the contract).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../helpers.ts';
import type { GoldDoc } from './corpus.ts';
import type { Labeled } from './score.ts';
import { runJsonl, type Command } from './spawn.ts';

export interface MentionSystem {
  name: string;
  command: Command;
}

/** A timed run over all documents, with the predicted mentions by document id (type = predicted kind). */
export interface SystemRun {
  name: string;
  docs: number;
  chars: number;
  mentions: number;
  startup: number;
  total: number;
  predictions: Map<string, Labeled[]>;
  /** Contract violations, counted (never quoting the data). */
  problems: string[];
}

const BIN = join(ROOT, 'src/cli/bin.mjs');

/** Whether `diplograph <command>` exists yet: its own --help (an unknown command shows the general help). */
export function cliHas(command: string): boolean {
  const run = spawnSync(process.execPath, [BIN, command, '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return run.status === 0 && run.stdout.startsWith(`Usage: diplograph ${command} `);
}

export const diplograph = (command: 'mentions' | 'claims'): Command => ({ cmd: process.execPath, args: [BIN, command, '-'], cwd: ROOT });

/** The stand-in tagger of test/eval/baseline.ts: a floor, and what exercises the harness before the extractor exists. */
export const baseline = (command: 'mentions' | 'claims'): Command => ({
  cmd: process.execPath,
  args: ['--import', 'tsx', join(ROOT, 'test/eval/baseline.ts'), command],
  cwd: ROOT,
});

interface RawMention {
  start: unknown;
  end: unknown;
  text: unknown;
  kind: unknown;
  via?: unknown;
}

/** Checks the output against the contract and the documents; returns the mentions and counted problems. */
export function collectMentions(records: readonly unknown[], docs: ReadonlyArray<{ id: string; text: string }>, badLines: number) {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const predictions = new Map<string, Labeled[]>();
  const issues = new Map<string, number>();
  const note = (what: string, n = 1) => issues.set(what, (issues.get(what) ?? 0) + n);
  if (badLines > 0) note('output lines that are not JSON', badLines);
  for (const record of records) {
    const { id, mentions } = (record ?? {}) as { id?: unknown; mentions?: unknown };
    const text = typeof id === 'string' ? texts.get(id) : undefined;
    if (text === undefined || !Array.isArray(mentions)) {
      note('records without a known id and a mentions array');
      continue;
    }
    if (predictions.has(id as string)) note('documents output twice');
    const kept: Labeled[] = [];
    for (const m of mentions as RawMention[]) {
      const { start, end, kind } = m;
      if (!Number.isInteger(start) || !Number.isInteger(end) || typeof kind !== 'string') {
        note('mentions without integer start/end and a kind');
        continue;
      }
      const [s, e] = [start as number, end as number];
      if (s < 0 || e < s || e > text.length) note('mentions with offsets outside the text');
      else if (text.slice(s, e) !== m.text) note('mentions whose text is not text.slice(start, end)');
      // Relational adjectives ("российский") keep their own label: NEREL tags them COUNTRY, factRu does not tag them.
      // A capital standing for its state ("Москва заявила") keeps its own label too: NEREL types the surface (CITY).
      kept.push({ start: s, end: e, type: m.via === 'adjective' || m.via === 'metonym' ? `${kind}/${String(m.via)}` : kind });
    }
    predictions.set(id as string, kept);
  }
  const missing = docs.filter((d) => !predictions.has(d.id)).length;
  if (missing > 0) note('documents missing from the output', missing);
  return { predictions, problems: [...issues].map(([what, n]) => `${n} ${what}`) };
}

/** Runs a system once over every document; start-up is the faster of two runs over no document. */
export async function runMentions(system: MentionSystem, docs: readonly GoldDoc[]): Promise<SystemRun> {
  const startup = Math.min((await runJsonl(system.command, [])).seconds, (await runJsonl(system.command, [])).seconds);
  const run = await runJsonl(system.command, docs);
  const { predictions, problems } = collectMentions(run.records, docs, run.badLines);
  let mentions = 0;
  for (const list of predictions.values()) mentions += list.length;
  const chars = docs.reduce((n, d) => n + d.text.length, 0);
  return { name: system.name, docs: docs.length, chars, mentions, startup, total: run.seconds, predictions, problems };
}
