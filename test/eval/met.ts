// MET against factru.dev Meeting facts, scored as participant pairs at coreference-cluster level.
//   npx tsx test/eval/met.ts
// Input contract: `diplograph claims -` reads JSONL { id, text } and writes JSONL
// { id, claims: [{ type: "MET" | "PROPOSED" | "REJECTED", source: { start, end, text, entity }, target: {…}, … }] }.
import { hasData, loadCorpus, type GoldDoc } from './corpus.ts';
import { SKIP_LINE } from './ner.ts';
import { groupClaims, scorePairs, type ClaimEnd, type PredictedPair } from './pairs.ts';
import { prf } from './score.ts';
import { runJsonl, RunError, type Command } from './spawn.ts';
import { baseline, cliHas, diplograph } from './systems.ts';
import { pct, renderText, secs, type Section } from './table.ts';

const isEnd = (x: unknown): x is ClaimEnd => {
  const e = x as Partial<ClaimEnd> | null;
  return Number.isInteger(e?.start) && Number.isInteger(e?.end);
};

/** MET claims of each document, grouped into predicted pairs; malformed claims are counted. */
export function collectPairs(records: readonly unknown[]): { pairs: Map<string, PredictedPair[]>; malformed: number } {
  const pairs = new Map<string, PredictedPair[]>();
  let malformed = 0;
  for (const record of records) {
    const { id, claims } = (record ?? {}) as { id?: unknown; claims?: unknown };
    if (typeof id !== 'string' || !Array.isArray(claims)) {
      malformed++;
      continue;
    }
    const met = [];
    for (const c of claims as Array<{ type?: unknown; source?: unknown; target?: unknown }>) {
      if (c.type !== 'MET') continue;
      if (isEnd(c.source) && isEnd(c.target)) met.push({ source: c.source, target: c.target });
      else malformed++;
    }
    pairs.set(id, groupClaims(met));
  }
  return { pairs, malformed };
}

const HEAD = ['system', 'gold pairs', 'pred pairs', 'matched', 'P', 'R', 'F1', 'P where gold', 'seconds'];

async function scoreSystem(name: string, command: Command, docs: readonly GoldDoc[]): Promise<string[]> {
  const run = await runJsonl(command, docs);
  const { pairs, malformed } = collectPairs(run.records);
  const all = scorePairs(docs.map((d) => ({ pred: pairs.get(d.id) ?? [], gold: d.meetings })));
  const withGold = scorePairs(docs.filter((d) => d.meetings.length > 0).map((d) => ({ pred: pairs.get(d.id) ?? [], gold: d.meetings })));
  const { precision, recall, f1 } = prf(all.matched, all.pred, all.gold);
  const label = malformed + run.badLines > 0 ? `${name} (${malformed + run.badLines} malformed)` : name;
  const cells = [String(all.gold), String(all.pred), String(all.matched), pct(precision), pct(recall), pct(f1)];
  return [label, ...cells, pct(prf(withGold.matched, withGold.pred, withGold.gold).precision), secs(run.seconds)];
}

export async function metSection(corpus: readonly GoldDoc[]): Promise<Section> {
  const docs = corpus.filter((d) => d.dataset === 'factru');
  const gold = docs.reduce((n, d) => n + d.meetings.length, 0);
  const withGold = docs.filter((d) => d.meetings.length > 0).length;
  const blocks: Section['blocks'] = [
    `factru.dev: ${gold} gold participant pairs from Meeting facts in ${withGold} of ${docs.length} documents ` +
      '(a fact with n participants gives n(n−1)/2 pairs; each participant is a coreference cluster). All MET claims ' +
      'naming the same two entities in a document are one predicted pair; it matches a gold pair (one-to-one) when ' +
      'one of its claims has each span overlapping some mention of one of the two clusters. "P where gold" counts ' +
      'only documents that have a Meeting fact, since factRu leaves many meetings unannotated. ' +
      (gold > 0 ? `Each gold pair is ${(100 / gold).toFixed(0)} points of recall: read it as a smoke test.` : ''),
  ];
  const systems: Array<[string, Command]> = [];
  if (cliHas('claims')) systems.push(['diplograph', diplograph('claims')]);
  else blocks.push('claims: not available yet');
  systems.push(['baseline', baseline('claims')]);
  const rows: string[][] = [];
  for (const [name, command] of systems) {
    process.stderr.write(`eval: running ${name} claims over ${docs.length} documents…\n`);
    try {
      rows.push(await scoreSystem(name, command, docs));
    } catch (error) {
      if (!(error instanceof RunError)) throw error;
      blocks.push(`${name} claims: failed (${error.message})`);
    }
  }
  blocks.push({ head: HEAD, rows });
  return { title: 'MET: factru.dev Meeting facts', blocks };
}

async function main(): Promise<number> {
  if (!hasData()) {
    process.stdout.write(SKIP_LINE);
    return 0;
  }
  process.stdout.write(renderText([await metSection(await loadCorpus(['factru']))]));
  return 0;
}

if (process.argv[1]?.endsWith('met.ts')) process.exitCode = await main();
