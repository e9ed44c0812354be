// Mentions against factru.dev and nerel.dev: exact and overlap P/R/F1 per type, micro-average, and speed.
//   npx tsx test/eval/ner.ts            diplograph (the baseline stand-in until `diplograph mentions` exists)
//   npx tsx test/eval/ner.ts --baseline the stand-in alone
import { cpus } from 'node:os';
import { FACTRU, hasData, loadCorpus, nestedCount, NEREL, NEREL_MERGED, type GoldDoc, type View } from './corpus.ts';
import { relabel, scoreNer, type NerScore } from './score.ts';
import { PINNED, RunError } from './spawn.ts';
import { baseline, cliHas, diplograph, runMentions, type MentionSystem, type SystemRun } from './systems.ts';
import { NER_HEAD, nerRow, rate, renderText, secs, type Section } from './table.ts';

export const SKIP_LINE = 'eval: ../shared/data not found — skipped\n';

export function scoreView(run: SystemRun, docs: readonly GoldDoc[], view: View): NerScore {
  const pairs = docs
    .filter((d) => d.dataset === view.dataset)
    .map((d) => ({ gold: relabel(d.entities, view.gold), pred: relabel(run.predictions.get(d.id) ?? [], view.pred) }));
  return scoreNer(pairs, view.types);
}

/** Detailed tables for one system; `views` are FACTRU and NEREL (fine) or NEREL_MERGED. */
export function systemSection(run: SystemRun, docs: readonly GoldDoc[], views: readonly View[]): Section {
  const blocks: Section['blocks'] = [];
  for (const view of views) {
    const score = scoreView(run, docs, view);
    const rows = [...score.types.map((c) => nerRow(c)), nerRow(score.micro), nerRow(score.untyped)];
    if (view === NEREL) {
      const merged = scoreView(run, docs, NEREL_MERGED).types.find((c) => c.label === 'Location');
      if (merged) rows.push(nerRow(merged, 'Location = State ∪ Place'));
    }
    blocks.push(`${view.title} — ${run.name}`, { head: NER_HEAD, rows });
  }
  if (run.problems.length > 0) blocks.push(`Output problems: ${run.problems.join('; ')}.`);
  return { title: `Mentions: ${run.name}`, blocks };
}

/** F1 of every system side by side on the types all of them have (NEREL's COUNTRY and CITY merged). */
export function comparisonSection(runs: readonly SystemRun[], docs: readonly GoldDoc[]): Section {
  const head = ['data', 'type', 'gold', ...runs.flatMap((r) => [`${r.name} exact F1`, `${r.name} overlap F1`])];
  const rows: string[][] = [];
  for (const view of [FACTRU, NEREL_MERGED]) {
    const scores = runs.map((r) => {
      const score = scoreView(r, docs, view);
      return [...score.types, score.micro];
    });
    const labels = [...view.types, 'micro-average'];
    labels.forEach((label, i) => {
      const cells = scores.flatMap((s) => {
        const row = s[i] ? nerRow(s[i]) : [];
        return [row[5] ?? '–', row[8] ?? '–'];
      });
      rows.push([view.title, label, String(scores[0]?.[i]?.gold ?? ''), ...cells]);
    });
  }
  return {
    title: 'Mentions side by side',
    blocks: [
      'natasha knows only PER, LOC and ORG, so every system is compared here on Location = State ∪ Place ' +
        '(factRu Location and LocOrg; NEREL COUNTRY and CITY).',
      { head, rows },
    ],
  };
}

export function speedSection(runs: readonly SystemRun[]): Section {
  const processing = (r: SystemRun) => Math.max(r.total - r.startup, 1e-3);
  const rows = runs.map((r) => [
    r.name,
    String(r.docs),
    String(r.mentions),
    secs(r.startup),
    secs(processing(r)),
    rate(r.docs / processing(r)),
    rate(r.mentions / processing(r)),
    rate(r.chars / 1000 / processing(r)),
  ]);
  const blocks: Section['blocks'] = [
    `One run over all documents each, ${PINNED ? 'pinned to one core (taskset -c 0)' : 'on one process'}, ` +
      `on a machine with ${cpus().length} cores. Start-up (a run over no documents) is measured apart and left out of the rates.`,
    { head: ['system', 'docs', 'mentions', 'start-up s', 'processing s', 'docs/s', 'mentions/s', 'kchars/s'], rows },
  ];
  const rough = runs.filter((r) => processing(r) < 0.5).map((r) => r.name);
  if (rough.length > 0) blocks.push(`Processing under half a second (${rough.join(', ')}): those rates are rough.`);
  for (const natasha of runs.filter((r) => r.name.startsWith('natasha'))) {
    const base = natasha.docs / processing(natasha);
    for (const r of runs.filter((x) => !x.name.startsWith('natasha'))) {
      blocks.push(`Speed ratio ${r.name}/${natasha.name} (docs/s): ${(r.docs / processing(r) / base).toFixed(2)}×`);
    }
  }
  if (runs.some((r) => r.name === 'natasha + normal forms')) {
    blocks.push('"natasha + normal forms" adds NewsMorphTagger and span normalization, as diplograph names every mention in the nominative; it runs for speed only.');
  }
  return { title: 'Speed', blocks };
}

export function dataSection(docs: readonly GoldDoc[]): Section {
  const count = (d: string) => docs.filter((x) => x.dataset === d).length;
  const nerel = nestedCount(docs, NEREL);
  const factru = nestedCount(docs, FACTRU);
  return {
    title: 'Data',
    blocks: [
      `factru.dev: ${count('factru')} documents; Person → Person, Org → Organization, Location and LocOrg → Location ` +
        `(State or Place); other types (Project) are not scored. nerel.dev: ${count('nerel')} documents; PERSON → Person, ` +
        `COUNTRY → State, CITY → Place, ORGANIZATION → Organization; the 25 other NEREL types are not scored, so a ` +
        'region (STATE_OR_PROVINCE) or a building (FACILITY) predicted as Place or Organization counts as a false positive.',
      `Nesting: every gold mention of a scored type counts, also one inside another (a COUNTRY inside an ` +
        `ORGANIZATION gives two gold mentions). Inside another scored gold mention: nerel ${nerel.nested} of ` +
        `${nerel.mapped}, factru ${factru.nested} of ${factru.mapped}; an extractor that outputs only outermost ` +
        'mentions cannot find those. NEREL discontinuous entities are scored by their first fragment (start, end).',
      'Matching is one-to-one within a type (maximum bipartite matching): exact = same start and end; overlap = ' +
        'at least one shared character. The micro-average sums the rows above it; "(any type)" matches spans ' +
        'ignoring types, so its gap to the micro-average is the cost of type errors. Percentages; "–" = undefined.',
    ],
  };
}

/** diplograph when its `mentions` command exists, and the baseline stand-in always. */
export async function mentionRuns(docs: readonly GoldDoc[], baselineOnly = false): Promise<{ runs: SystemRun[]; notes: string[] }> {
  const systems: MentionSystem[] = [];
  const notes: string[] = [];
  if (!baselineOnly && cliHas('mentions')) systems.push({ name: 'diplograph', command: diplograph('mentions') });
  else if (!baselineOnly) notes.push('diplograph mentions: not available yet — only the baseline stand-in is scored');
  systems.push({ name: 'baseline', command: baseline('mentions') });
  const runs: SystemRun[] = [];
  for (const system of systems) {
    process.stderr.write(`eval: running ${system.name} over ${docs.length} documents…\n`);
    try {
      runs.push(await runMentions(system, docs));
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      notes.push(`${system.name} mentions: failed (${error.message})`);
    }
  }
  return { runs, notes };
}

async function main(): Promise<number> {
  if (!hasData()) {
    process.stdout.write(SKIP_LINE);
    return 0;
  }
  const docs = await loadCorpus();
  const { runs, notes } = await mentionRuns(docs, process.argv.includes('--baseline'));
  const sections = [dataSection(docs), ...runs.map((r) => systemSection(r, docs, [FACTRU, NEREL])), speedSection(runs)];
  process.stdout.write(renderText(sections) + notes.map((n) => `${n}\n`).join(''));
  return 0;
}

if (process.argv[1]?.endsWith('ner.ts')) process.exitCode = await main();
