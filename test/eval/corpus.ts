// The annotated evaluation data in ../shared/data, read line by line, and how its types map to diplograph's kinds.
// See ../shared/data/README.md. Nothing of the data is ever written into the repository.
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { SHARED } from '../helpers.ts';
import type { Cluster, GoldPair } from './pairs.ts';
import type { Span } from './score.ts';

/** ../shared/data; DIPLOGRAPH_EVAL_DATA points elsewhere (the tests use it to check the skip path). */
export const DATA = process.env.DIPLOGRAPH_EVAL_DATA ?? join(SHARED, 'data');
export const FILES = { factru: 'factru.dev.jsonl', nerel: 'nerel.dev.jsonl' } as const;
export type Dataset = keyof typeof FILES;

export const hasData = (): boolean => Object.values(FILES).every((f) => existsSync(join(DATA, f)));

export interface GoldEntity extends Span {
  id: string;
  /** The dataset's own type: Person, Org, LocOrg, … (factRu); PERSON, COUNTRY, … (NEREL). */
  type: string;
}

export interface GoldDoc {
  /** `<dataset>/<id in the file>`, unique across datasets. */
  id: string;
  dataset: Dataset;
  text: string;
  entities: GoldEntity[];
  /** factRu Meeting facts as unordered pairs of coreference clusters; empty for NEREL. */
  meetings: GoldPair[];
}

/** Which gold types and predicted kinds are scored, and as what. Unmapped types are left out on both sides. */
export interface View {
  dataset: Dataset;
  title: string;
  types: readonly string[];
  gold: Readonly<Record<string, string>>;
  pred: Readonly<Record<string, string>>;
}

const PRED_MERGED = {
  Person: 'Person',
  Organization: 'Organization',
  'Organization/metonym': 'Location',
  State: 'Location',
  'State/metonym': 'Location',
  Place: 'Location',
  Location: 'Location',
};
// NEREL annotates relational adjectives ("российских") as COUNTRY; factRu does not annotate them.
const PRED_MERGED_ADJECTIVES = { ...PRED_MERGED, 'State/adjective': 'Location' };

export const FACTRU: View = {
  dataset: 'factru',
  title: 'factru.dev',
  types: ['Person', 'Organization', 'Location'],
  gold: { Person: 'Person', Org: 'Organization', Location: 'Location', LocOrg: 'Location' },
  pred: PRED_MERGED,
};

export const NEREL: View = {
  dataset: 'nerel',
  title: 'nerel.dev',
  types: ['Person', 'State', 'Place', 'Organization'],
  gold: { PERSON: 'Person', COUNTRY: 'State', CITY: 'Place', ORGANIZATION: 'Organization' },
  pred: { Person: 'Person', State: 'State', 'State/adjective': 'State', 'State/metonym': 'Place', Place: 'Place', Organization: 'Organization', 'Organization/metonym': 'Place' },
};

/** NEREL with COUNTRY and CITY merged into Location, for systems (natasha) that only know LOC. */
export const NEREL_MERGED: View = {
  dataset: 'nerel',
  title: 'nerel.dev (State+Place merged)',
  types: ['Person', 'Organization', 'Location'],
  gold: { PERSON: 'Person', COUNTRY: 'Location', CITY: 'Location', ORGANIZATION: 'Organization' },
  pred: PRED_MERGED_ADJECTIVES,
};

interface RawEntity {
  id: string;
  type: string;
  start: number;
  end: number;
  cluster?: string | null;
}
interface RawRelation {
  type: string;
  head: string;
  tail: string;
}
interface RawDoc {
  id: string;
  text: string;
  entities: RawEntity[];
  relations: RawRelation[];
}

function isRawDoc(x: unknown): x is RawDoc {
  const d = x as Partial<RawDoc> | null;
  return typeof d?.id === 'string' && typeof d.text === 'string' && Array.isArray(d.entities) && Array.isArray(d.relations);
}

/** Meeting facts → unordered cluster pairs. An entity without a cluster is a cluster of its own. */
function meetingPairs(doc: RawDoc): GoldPair[] {
  const clusterOf = (e: RawEntity) => e.cluster ?? `entity:${e.id}`;
  const clusters = new Map<string, Cluster & { mentions: Span[] }>();
  const byId = new Map<string, Cluster>();
  for (const e of doc.entities) {
    const id = clusterOf(e);
    const cluster = clusters.get(id) ?? { id, mentions: [] };
    cluster.mentions.push({ start: e.start, end: e.end });
    clusters.set(id, cluster);
    byId.set(e.id, cluster);
  }
  const pairs = new Map<string, GoldPair>();
  for (const r of doc.relations) {
    const a = byId.get(r.head);
    const b = byId.get(r.tail);
    if (r.type !== 'Meeting' || !a || !b || a === b) continue;
    pairs.set([a.id, b.id].sort().join(' + '), { a, b });
  }
  return [...pairs.values()];
}

async function* readJsonl(path: string): AsyncGenerator<[number, unknown]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  for await (const line of lines) {
    n++;
    if (line.trim() !== '') yield [n, JSON.parse(line) as unknown];
  }
}

/** Reads both dev files line by line, keeping only what scoring needs. */
export async function loadCorpus(datasets: readonly Dataset[] = ['factru', 'nerel']): Promise<GoldDoc[]> {
  const docs: GoldDoc[] = [];
  for (const dataset of datasets) {
    for await (const [line, raw] of readJsonl(join(DATA, FILES[dataset]))) {
      if (!isRawDoc(raw)) throw new Error(`${FILES[dataset]}:${line}: not a document with id, text, entities, relations`);
      docs.push({
        id: `${dataset}/${raw.id}`,
        dataset,
        text: raw.text,
        entities: raw.entities.map(({ id, type, start, end }) => ({ id, type, start, end })),
        meetings: dataset === 'factru' ? meetingPairs(raw) : [],
      });
    }
  }
  return docs;
}

/** Gold mentions of a view's types that lie inside another one (NEREL nests, e.g. COUNTRY in ORGANIZATION). */
export function nestedCount(docs: readonly GoldDoc[], view: View): { mapped: number; nested: number } {
  let mapped = 0;
  let nested = 0;
  for (const doc of docs) {
    if (doc.dataset !== view.dataset) continue;
    const gold = doc.entities.filter((e) => Object.hasOwn(view.gold, e.type));
    mapped += gold.length;
    const inside = (a: Span, b: Span) => b.start <= a.start && a.end <= b.end && (a.start !== b.start || a.end !== b.end);
    nested += gold.filter((a) => gold.some((b) => inside(a, b))).length;
  }
  return { mapped, nested };
}
