// A synthetic but schema-valid snapshot of any size, for loads under failure and for the benchmark.
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { edgeKey } from '../../src/graph/model.ts';
import { fromSnapshot, toSnapshot } from '../../src/graph/snapshot.ts';
import type { EdgeAttributes, EdgeType, Evidence, NodeAttributes, NodeKind, Snapshot } from '../../src/schema/index.ts';
import { random } from './random.ts';

export interface GenerateOptions {
  nodes: number;
  edges: number;
  seed?: number;
}

const ARTICLE_LENGTH = 4000;
// Shares of nodes by kind and of edges by type; HELD_IN is one per meeting on top.
const KIND_SHARES: Array<[NodeKind, number]> = [['Article', 0.3], ['Person', 0.25], ['State', 0.02], ['Organization', 0.08], ['Treaty', 0.05], ['Meeting', 0.2], ['Place', 0.1]];
const TYPE_SHARES: Array<[EdgeType, number]> = [['MENTIONED_IN', 0.5], ['PARTICIPATED_IN', 0.2], ['MET', 0.1], ['PROPOSED', 0.05], ['REJECTED', 0.03], ['HOLDS_ROLE', 0.05], ['PART_OF', 0.03], ['LOCATED_IN', 0.04]];
const ACTORS: NodeKind[] = ['Person', 'State', 'Organization'];


function nodeAttributes(kind: NodeKind, i: number, rand: () => number): NodeAttributes {
  const day = `20${10 + (i % 14)}-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  switch (kind) {
    case 'Article':
      return { kind, name: `Статья ${i}`, path: `gen/${i}.txt`, title: `Статья ${i}`, published: `${day}T12:00:00+03:00`, outlet: i % 3 ? 'ТАСС' : null,
        hash: createHash('sha256').update(`article ${i}`).digest('hex'), length: ARTICLE_LENGTH };
    case 'Person':
      return { kind, name: `Персона ${i}`, aliases: [`Персона ${i}`, `П. ${i}`], nameEn: `Person ${i}`, gender: rand() < 0.5 ? 'm' : 'f' };
    case 'Meeting':
      return { kind, name: `Встреча ${i}`, date: i % 5 ? day : day.slice(0, 7), place: i % 4 ? `Город ${i % 100}` : null, status: 'held', meetingType: 'talks' };
    case 'Treaty':
      return { kind, name: `Договор ${i}`, subtype: 'proposal', year: 2000 + (i % 24) };
    case 'Organization':
      return { kind, name: `Организация ${i}`, aliases: [`Орг ${i}`], isSource: i % 10 === 0 };
    default:
      return { kind, name: `${kind} ${i}`, aliases: [`${kind} ${i}`] };
  }
}

function evidence(articles: string[], rand: () => number): Evidence {
  const start = Math.floor(rand() * (ARTICLE_LENGTH - 200));
  const quote = `Цитата, что подтверждает утверждение, номер ${start}.`;
  const e: Evidence = { article: articles[Math.floor(rand() * articles.length)] ?? '', quote, start, end: start + quote.length };
  if (start % 2) e.rule = 'generated';
  if (start % 3) e.confidence = (start % 100) / 100;
  return e;
}

export function generateSnapshot(options: GenerateOptions): Snapshot {
  const rand = random(options.seed ?? 1);
  const byKind = new Map<NodeKind, string[]>();
  const nodes: Snapshot['nodes'] = [];
  for (const [kind, share] of KIND_SHARES) {
    const keys: string[] = [];
    for (let i = 0; i < Math.max(1, Math.round(options.nodes * share)); i++) {
      const key = `${kind.toLowerCase()}:gen-${i}`;
      keys.push(key);
      nodes.push({ key, attributes: nodeAttributes(kind, i, rand) });
    }
    byKind.set(kind, keys);
  }
  const pick = (kinds: NodeKind[]): string => {
    const keys = byKind.get(kinds[Math.floor(rand() * kinds.length)] ?? 'Person') ?? [];
    return keys[Math.floor(rand() * keys.length)] ?? '';
  };
  const articles = byKind.get('Article') ?? [];
  const meetings = byKind.get('Meeting') ?? [];
  const edges: Snapshot['edges'] = [];
  const add = (type: EdgeType, source: string, target: string, attributes: EdgeAttributes) => {
    if (source !== target) edges.push({ key: edgeKey(type, source, target, String(edges.length)), source, target, attributes });
  };
  for (const m of meetings) add('HELD_IN', m, pick(['Place']), { type: 'HELD_IN', evidence: [evidence(articles, rand)] });
  for (const [type, share] of TYPE_SHARES) {
    const n = Math.round((options.edges - meetings.length) * share);
    for (let i = 0; i < n; i++) {
      const date = i % 7 ? `2022-0${1 + (i % 9)}-1${i % 10}` : null;
      const claim = { date, evidence: [evidence(articles, rand), ...(i % 4 ? [] : [evidence(articles, rand)])] };
      if (type === 'MENTIONED_IN') add(type, pick(['Person', 'State', 'Organization', 'Place', 'Meeting', 'Treaty']), pick(['Article']), { type, count: 1 + (i % 5) });
      else if (type === 'PARTICIPATED_IN') add(type, pick(ACTORS), pick(['Meeting']), { type, ...claim });
      else if (type === 'MET') add(type, pick(ACTORS), pick(ACTORS), { type, ...claim });
      else if (type === 'PROPOSED') add(type, pick(ACTORS), pick(['Treaty']), { type, ...claim, addressees: [pick(['State'])] });
      else if (type === 'REJECTED') add(type, pick(ACTORS), pick(['Treaty']), { type, ...claim });
      else if (type === 'HOLDS_ROLE') add(type, pick(['Person']), pick(['State', 'Organization']), { type, role: 'minister', from: '2020-01-01' });
      else if (type === 'PART_OF') add(type, pick(['Organization']), pick(['State']), { type });
      else add(type, pick(['Place']), pick(['State']), { type });
    }
  }
  // Through the graph model, so that articles and counts are filled in and the result is validated.
  const draft = { attributes: {} as Snapshot['attributes'], options: { type: 'directed', multi: true, allowSelfLoops: false }, nodes, edges } as const;
  return toSnapshot(fromSnapshot(draft), { generator: 'diplograph test generator', createdAt: '2024-01-01T00:00:00Z' });
}

export function writeSnapshot(dir: string, snapshot: Snapshot): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'graph.json');
  writeFileSync(file, `${JSON.stringify(snapshot)}\n`);
  return file;
}
