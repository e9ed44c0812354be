// `npm run bench`: one report — ingest throughput on 1 and 2 workers over a generated corpus, peak memory,
// mention speed next to natasha's, Neo4j load, export and viewer figures — printed and written to
// test/bench/REPORT.md. Full sizes by default (15–20 minutes on 2 cores): 20,000 articles on 1 and 2 workers,
// 100,000 for memory; DIPLOGRAPH_BENCH_QUICK=1 for a quick run (3 minutes). DIPLOGRAPH_BENCH_ARTICLES and
// DIPLOGRAPH_BENCH_LARGE (0: skip, and extrapolate) override the corpus sizes.
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { renderMarkdown, renderText, type Section } from '../eval/table.ts';
import { ROOT } from '../helpers.ts';
import { ingestSections, type IngestFigures } from './ingest.ts';
import { loadCorpus, hasData } from '../eval/corpus.ts';
import { generatedDocs, natashaSection, subBench, type NatashaFigures } from './others.ts';

const env = process.env;
const QUICK = env.DIPLOGRAPH_BENCH_QUICK === '1';
const ARTICLES = Number(env.DIPLOGRAPH_BENCH_ARTICLES ?? (QUICK ? 2_000 : 20_000));
const LARGE = Number(env.DIPLOGRAPH_BENCH_LARGE ?? (QUICK ? 0 : 100_000));
const NATASHA_DOCS = QUICK ? 300 : 2_000;
const GiB = 2 ** 30;

const started = performance.now();
const say = (text: string) => process.stderr.write(`bench: ${text}\n`);
const minutes = () => ((performance.now() - started) / 60_000).toFixed(1);

const sections: Section[] = [
  {
    title: 'Machine',
    blocks: [
      `${new Date().toISOString().slice(0, 16)}Z; Node ${process.version}; ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown'}), ` +
        `${(totalmem() / GiB).toFixed(0)} GiB RAM; load average at start ${loadavg().map((l) => l.toFixed(1)).join(' ')} (the machine is shared: figures move with it). ` +
        `${QUICK ? 'QUICK run (DIPLOGRAPH_BENCH_QUICK=1): small sizes, figures are rough.' : 'Full run.'}`,
    ],
  },
];

say(`ingest: ${ARTICLES} generated articles on 1 and 2 workers${LARGE ? `, then ${LARGE} for memory` : ''}…`);
const ingest: IngestFigures = await ingestSections(ARTICLES, LARGE, say);
sections.push(...ingest.sections);

// Issue #3 measures speed over factru.dev (real news, a vocabulary the caches have not seen); the generated
// texts repeat a template vocabulary and flatter whatever caches words.
say(`natasha and diplograph mentions over factru.dev and ${NATASHA_DOCS} generated texts… (${minutes()} min so far)`);
const factru: NatashaFigures | null = hasData()
  ? await natashaSection(await loadCorpus(['factru']), 'factru.dev (../shared/data, real news)', 'Mentions next to natasha: factru.dev')
  : null;
if (factru) sections.push(factru.section);
else sections.push({ title: 'Mentions next to natasha: factru.dev', blocks: ['skipped: ../shared/data not found'] });
const natasha: NatashaFigures = await natashaSection(generatedDocs(ingest.texts, NATASHA_DOCS), `The first ${NATASHA_DOCS} cleaned texts of the generated corpus`, 'Mentions next to natasha: generated texts');
sections.push(natasha.section);

// The other benches, each in its own process; past the budget they are skipped, so the whole stays under 20 minutes.
const BUDGET_MINUTES = 18;
const others: Array<[string, string, string[], Record<string, string>, string]> = [
  ['Neo4j load', 'test/bench/neo4j-load.ts', QUICK ? ['10000', '50000', '5000'] : ['20000', '100000', '5000'], {}, 'a generated graph loaded into a fresh local Neo4j (`npm run bench:neo4j` runs 100k nodes / 500k relationships and three batch sizes)'],
  ['Export', 'test/bench/export.ts', QUICK ? ['10000', '50000'] : ['50000', '250000'], {}, 'every format of a generated snapshot (`npm run bench:export` runs 100k nodes / 500k edges)'],
  ['Viewer', 'test/bench/viewer.ts', [], { BENCH_SIZES: QUICK ? '1000,10000' : '1000,10000,50000' }, 'time to first render and panning frame rate in headless Chromium (`npm run bench:viewer`)'],
];
for (const [title, script, args, extra, what] of others) {
  if (Number(minutes()) > BUDGET_MINUTES) {
    sections.push({ title, blocks: [`${title}: skipped (the bench had run ${minutes()} min, over its ${BUDGET_MINUTES}-minute budget)`] });
    continue;
  }
  say(`${title}… (${minutes()} min so far)`);
  sections.push(await subBench(title, script, args, extra, what));
}
ingest.rm();

const verdict = (ok: boolean | null) => (ok === null ? 'n/a' : ok ? 'met' : 'NOT met');
const perCore1 = ingest.rate1;
const perCore2 = ingest.rate2 / 2;
const scaling = ingest.rate2 / ingest.rate1;
const large = ingest.largeRss;
const rows = [
  ['ingest, 1 worker (articles/s)', perCore1.toFixed(0), '≥ 100 per core', verdict(perCore1 >= 100)],
  ['ingest, 2 workers (articles/s per core)', `${perCore2.toFixed(0)} (${ingest.rate2.toFixed(0)} in all)`, '≥ 100 per core', verdict(perCore2 >= 100)],
  ['scaling 1 → 2 workers, ingest', `${scaling.toFixed(2)}×`, '≥ 1.7×', verdict(scaling >= 1.7)],
  ['scaling 1 → 2 workers, extraction alone', `${ingest.extractScaling.toFixed(2)}×`, '', ''],
  ['ceiling on this machine, ingest (1-worker seconds ÷ half the 2-worker CPU s)', `${ingest.ceiling.toFixed(2)}×`, '', ''],
  ['scaling 1 core → 2 cores (1 worker held to one core)', ingest.coreScaling === null ? 'n/a' : `${ingest.coreScaling.toFixed(2)}×`, '', ''],
  [`peak RSS, ${ARTICLES} articles, 2 workers`, `${(ingest.rss2 / GiB).toFixed(2)} GiB`, '', ''],
  [
    `peak RSS, ${LARGE || 100_000} articles`,
    large ? `${(large / GiB).toFixed(2)} GiB (measured)` : `${(ingest.extrapolated100k / GiB).toFixed(2)} GiB (extrapolated from ${ARTICLES})`,
    '< 2 GiB',
    verdict((large || ingest.extrapolated100k) < 2 * GiB),
  ],
  ...([['factru.dev', factru], ['generated texts', natasha]] as const).map(([over, figures]) => {
    const ratio = figures?.ratio ?? null;
    const value = ratio === null ? 'skipped' : `${ratio.toFixed(2)}×; ${figures!.mentionsRatio!.toFixed(2)}×`;
    return [`diplograph ÷ natasha (NER), 1 core, ${over}: docs/s; mentions/s`, value, over === 'factru.dev' ? '≥ 2× (aim)' : '', ratio === null ? '' : over === 'factru.dev' ? verdict(ratio >= 2) : ''];
  }),
  ...([['factru.dev', factru], ['generated texts', natasha]] as const).map(([over, figures]) => {
    const ratio = figures?.normalRatio ?? null;
    return [`diplograph ÷ natasha with normal forms, 1 core, ${over}: docs/s`, ratio === null ? 'skipped' : `${ratio.toFixed(2)}×`, '', ''];
  }),
];
sections.push({ title: 'Summary', blocks: [`Whole bench: ${minutes()} min.`, { head: ['figure', 'value', 'target', ''], rows }] });

process.stdout.write(renderText(sections));
writeFileSync(join(ROOT, 'test/bench/REPORT.md'), renderMarkdown('diplograph benchmark report (`npm run bench`)', sections));
say(`wrote test/bench/REPORT.md (${minutes()} min)`);
