// Export benchmark: a synthetic 100k-node / 500k-edge snapshot in every format.
// Run: npm run bench:export  (npx tsx test/bench/export.ts [nodes] [edges])
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { out } from '../../src/cli/io.ts';
import { writeChunks } from '../../src/cli/commands/export-write.ts';
import { EXPORT_FORMATS, EXPORTERS } from '../../src/export/index.ts';
import { edgeKey } from '../../src/graph/model.ts';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import { EDGE_ENDPOINTS, SCHEMA_VERSION, type EdgeAttributes, type EdgeType, type NodeAttributes, type NodeKind, type Snapshot } from '../../src/schema/index.ts';
import { random } from '../support/random.ts';

const NODES = Number(process.argv[2] ?? 100_000);
const EDGES = Number(process.argv[3] ?? 500_000);


const rand = random(7);
const pick = <T>(items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;
const SHARE: Record<NodeKind, number> = { Person: 0.3, State: 0.002, Organization: 0.1, Treaty: 0.05, Meeting: 0.2, Place: 0.048, Article: 0.3 };
const EDGE_SHARE: Record<EdgeType, number> = {
  MENTIONED_IN: 0.5, MET: 0.12, PARTICIPATED_IN: 0.16, PROPOSED: 0.06, REJECTED: 0.04, HELD_IN: 0.04, HOLDS_ROLE: 0.04, PART_OF: 0.02, LOCATED_IN: 0.02,
};
const WORDS = ['Лавров', 'Блинкен', 'переговоры', 'в', 'Женеве', 'договор', 'о', 'гарантиях', 'безопасности', 'заявил', '"да"', 'МИД', 'России'];
const date = () => `20${10 + Math.floor(rand() * 15)}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`;

function node(kind: NodeKind, i: number): NodeAttributes {
  const name = `${pick(WORDS)} ${pick(WORDS)} ${i}`;
  switch (kind) {
    case 'Article':
      return { kind, name, path: `corpus/${i}.txt`, title: name, published: `${date()}T12:00:00+03:00`, outlet: 'ТАСС', hash: i.toString(16).padStart(64, '0'), length: 5000 };
    case 'Meeting':
      return { kind, name, date: date(), place: 'Женева', status: 'held', meetingType: 'talks' };
    case 'Treaty':
      return { kind, name, subtype: 'agreement', year: 2000 + (i % 25) };
    case 'Person':
      return { kind, name, aliases: [name, `${pick(WORDS)} ${i}`], gender: 'm' };
    default:
      return { kind, name, aliases: [name] };
  }
}

function edge(type: EdgeType, article: string): EdgeAttributes {
  const words = Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
  const evidence = [{ article, quote: words, start: 100, end: 100 + words.length, rule: 'bench' }];
  switch (type) {
    case 'MENTIONED_IN':
      return { type, count: 1 + Math.floor(rand() * 5) };
    case 'HOLDS_ROLE':
      return { type, role: 'minister', title: 'министр', from: date() };
    case 'HELD_IN':
      return { type, evidence };
    case 'PART_OF':
    case 'LOCATED_IN':
      return { type };
    case 'PROPOSED':
      return { type, date: date(), evidence, addressees: ['state:k0'] };
    default:
      return { type, date: date(), evidence };
  }
}

function generate(): Snapshot {
  const byKind = new Map<NodeKind, string[]>();
  const nodes: Snapshot['nodes'] = [];
  for (const [kind, share] of Object.entries(SHARE) as Array<[NodeKind, number]>) {
    const keys = Array.from({ length: Math.max(1, Math.round(NODES * share)) }, (_, i) => `${kind.toLowerCase()}:k${i}`);
    byKind.set(kind, keys);
    keys.forEach((key, i) => nodes.push({ key, attributes: node(kind, i) }));
  }
  const articles = byKind.get('Article')!;
  const edges: Snapshot['edges'] = [];
  for (const [type, share] of Object.entries(EDGE_SHARE) as Array<[EdgeType, number]>) {
    const [sources, targets] = EDGE_ENDPOINTS[type];
    for (let i = 0; i < Math.round(EDGES * share); i++) {
      const source = pick(byKind.get(pick(sources) as NodeKind)!);
      const target = pick(byKind.get(pick(targets) as NodeKind)!);
      edges.push({ key: edgeKey(type, source, target, String(i)), source, target, attributes: edge(type, pick(articles)) });
    }
  }
  const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  return {
    attributes: {
      schemaVersion: SCHEMA_VERSION,
      generator: 'diplograph bench',
      createdAt: '2026-01-01T00:00:00Z',
      articles: articles.map((key, i) => ({ key, hash: i.toString(16).padStart(64, '0'), path: `corpus/${i}.txt` })),
      counts: { nodes: {}, edges: {} },
    },
    options: { type: 'directed', multi: true, allowSelfLoops: false },
    nodes: nodes.sort(byKey),
    edges: edges.sort(byKey),
  };
}

const seconds = (from: number) => ((performance.now() - from) / 1000).toFixed(1);
const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

let start = performance.now();
const snapshot = generate();
out(`generated ${snapshot.nodes.length} nodes, ${snapshot.edges.length} edges in ${seconds(start)} s`);
const dir = mkdtempSync(join(tmpdir(), 'diplograph-export-bench-'));
const rows: string[][] = [];
try {
  for (const format of EXPORT_FORMATS) {
    const exporter = EXPORTERS[format];
    global.gc?.();
    start = performance.now();
    const cpu = process.cpuUsage();
    let bytes = 0;
    if (exporter.output === 'file') bytes = await writeChunks(join(dir, `graph.${format}`), exporter.serialize(snapshot));
    else for (const file of exporter.serialize(snapshot)) bytes += await writeChunks(join(dir, file.path), file.chunks);
    const time = (performance.now() - start) / 1000;
    const used = process.cpuUsage(cpu);
    rows.push([format, time.toFixed(1), ((used.user + used.system) / 1e6).toFixed(1), mib(bytes), (bytes / 2 ** 20 / time).toFixed(0), mib(process.memoryUsage().rss)]);
    out(`  ${format}: ${time.toFixed(1)} s`);
  }
  start = performance.now();
  const cpu = process.cpuUsage();
  const json = await readFile(join(dir, 'graph.json'), 'utf8');
  parseSnapshot(json, 'bench');
  const used = process.cpuUsage(cpu);
  rows.push(['(read json + validate)', seconds(start), ((used.user + used.system) / 1e6).toFixed(1), mib(Buffer.byteLength(json)), '', mib(process.memoryUsage().rss)]);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
const header = ['format', 'wall s', 'CPU s', 'MiB', 'MiB/s', 'RSS MiB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
for (const row of [header, widths.map((w) => '-'.repeat(w)), ...rows]) out(row.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '));
