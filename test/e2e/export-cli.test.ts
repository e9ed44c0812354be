import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph } from 'graphology';
import gexf from 'graphology-gexf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffSnapshots, diffSummary } from '../../src/graph/diff.ts';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { EXPORT_FORMATS } from '../../src/export/index.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { HAS_SHARED, ROOT, runCli, SEEDS, tempDir, type CliRun } from '../helpers.ts';
import { freePort } from '../support/free-port.ts';
import { META, trickySnapshot } from '../fixtures/export-graphs.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

const write = (path: string, data: unknown) => writeFileSync(path, `${JSON.stringify(data, null, 1)}\n`);

/** The command line with extra environment variables. */
function runWithEnv(args: string[], env: Record<string, string>): CliRun {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, CI: '1', ...env }, timeout: 120_000 });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

describe('diplograph export and diff', () => {
  const dir = tempDir('diplograph-export-');
  const tricky = trickySnapshot();
  const small = toSnapshot(smallGraph(), META);
  const invalid = join(dir, 'invalid.json');
  const malformed = join(dir, 'malformed.json');
  const lavrov = tricky.nodes.findIndex((n) => n.key === 'person:sergey-lavrov');

  beforeAll(() => {
    write(join(dir, 'graph.json'), tricky);
    write(join(dir, 'small.json'), small);
    const broken = structuredClone(tricky);
    broken.nodes.push(structuredClone(broken.nodes[0]!));
    broken.edges[0]!.target = 'person:nobody';
    write(invalid, broken);
    const bad = structuredClone(tricky);
    (bad.nodes[lavrov]!.attributes as { wikidata?: string }).wikidata = 'not-an-id';
    (bad.edges[2]!.attributes as { type: string }).type = 'LIKED';
    write(malformed, bad);
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(EXPORT_FORMATS)('exports %s from a snapshot directory', (format) => {
    const target = join(dir, `out.${format}`);
    const run = runCli(['export', '--format', format, '--from', dir, '--out', target]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^wrote ${target} \\(${format}\\): ${tricky.nodes.length} nodes, ${tricky.edges.length} edges, `));
    if (format === 'csv') expect(readdirSync(target)).toContain('README.md');
    else expect(readdirSync(dir).filter((f) => f.includes('.partial-'))).toEqual([]);
    if (format === 'json') expect(readFileSync(target, 'utf8')).toBe(readFileSync(join(dir, 'graph.json'), 'utf8'));
    if (format === 'gexf') expect(gexf.parse(MultiDirectedGraph, readFileSync(target, 'utf8')).size).toBe(tricky.edges.length);
  });

  it('writes to standard output with --out -, and refuses it for csv', () => {
    const run = runCli(['export', '-f', 'jsonl', '--from', join(dir, 'graph.json'), '-o', '-']);
    expect(run.status).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(tricky.nodes.length + tricky.edges.length);
    expect(run.stderr).toMatch(/^wrote standard output \(jsonl\)/);
    const csv = runCli(['export', '-f', 'csv', '--from', dir, '-o', '-']);
    expect(csv.status).toBe(2);
    expect(csv.stderr).toContain('csv writes a directory');
  });

  it('reports every problem of an invalid snapshot, one a line, and exits 1', () => {
    const target = join(dir, 'never.gexf');
    const exported = runCli(['export', '-f', 'gexf', '--from', invalid, '-o', target]);
    expect([exported.status, exported.stdout]).toEqual([1, '']);
    expect(exported.stderr.trimEnd().split('\n')).toEqual([
      `${invalid}: invalid snapshot, 2 problems:`,
      `  duplicate node key "${tricky.nodes[0]!.key}"`,
      `  edge "${tricky.edges[0]!.key}" points to missing node "person:nobody"`,
    ]);
    expect(existsSync(target)).toBe(false);
    // Both sides are read and reported; schema problems come with their paths.
    const diffed = runCli(['diff', malformed, invalid]);
    expect([diffed.status, diffed.stdout]).toEqual([1, '']);
    const lines = diffed.stderr.trimEnd().split('\n');
    expect(lines[0]).toBe(`${malformed}: invalid snapshot, 2 problems:`);
    expect(lines.filter((l) => l.startsWith(`  nodes.${lavrov}.attributes.wikidata: `) || l.startsWith('  edges.2.attributes.type: '))).toHaveLength(2);
    expect(lines).toContain(`${invalid}: invalid snapshot, 2 problems:`);
  });

  it('reads --from neo4j through the Neo4j settings, failing in one line with the fix; rejects unknown formats and missing sources', async () => {
    // Nothing listens on a fresh free port: the refusal is certain (test/e2e/export-neo4j.test.ts has the real server).
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const target = join(dir, 'x.json');
    const neo4j = runWithEnv(['export', '-f', 'json', '--from', 'neo4j', '-o', target], { NEO4J_URI: uri });
    expect([neo4j.status, neo4j.stdout, neo4j.stderr]).toEqual([1, '', `diplograph: export: Neo4j at ${uri} refused the connection — start it with 'diplograph neo4j start' or set NEO4J_URI\n`]);
    expect(existsSync(target)).toBe(false);
    const diffed = runWithEnv(['diff', 'neo4j', dir], { NEO4J_URI: uri });
    expect([diffed.status, diffed.stderr]).toEqual([1, expect.stringMatching(/^diplograph: diff: Neo4j at .* refused the connection/) as string]);
    expect(runCli(['export', '-f', 'dot', '--from', dir, '-o', join(dir, 'x.dot')]).status).toBe(2);
    const missing = runCli(['export', '-f', 'json', '--from', join(dir, 'nowhere'), '-o', join(dir, 'x.json')]);
    expect([missing.status, missing.stderr]).toEqual([1, expect.stringContaining('no such file or directory') as string]);
  });

  it('diffs two snapshots, for people and as JSON', () => {
    const expected = diffSnapshots(small, tricky);
    const text = runCli(['diff', join(dir, 'small.json'), dir]);
    expect(text.status).toBe(0);
    const lines = text.stdout.trimEnd().split('\n');
    expect(lines.at(-1)).toBe(diffSummary(expected));
    expect(lines).toContain(`nodes added (${expected.nodes.added.length}):`);
    expect(lines).toContain('  + person:tricky  Person «O\'Brien "Шон" \\ back\\slash\\" ; semi, comma\\nnew line\\r\\n\\ttab & <tag> ]]> // not a comment 🇷🇺»');
    const json = runCli(['diff', join(dir, 'small.json'), dir, '--json']);
    const parsed = JSON.parse(json.stdout) as { summary: string; counts: unknown; nodes: unknown; edges: unknown };
    expect(parsed.summary).toBe(diffSummary(expected));
    expect(parsed.counts).toEqual({ nodes: { added: expected.nodes.added.length, removed: 0, changed: 0 }, edges: { added: expected.edges.added.length, removed: 0, changed: 0 } });
    expect(parsed.nodes).toEqual(JSON.parse(JSON.stringify(expected.nodes)));
  });
});

describe.skipIf(!HAS_SHARED)('export and diff on the seed articles', () => {
  it('exports the seeds snapshot and sees an added article in the diff', () => {
    const files = readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort();
    const all = tempDir('diplograph-seeds-all-');
    const fewer = tempDir('diplograph-seeds-fewer-');
    expect(runCli(['ingest', SEEDS, '--out', all]).status).toBe(0);
    expect(runCli(['ingest', ...files.slice(1).map((f) => join(SEEDS, f)), '--out', fewer]).status).toBe(0);
    const snapshot = JSON.parse(readFileSync(join(all, 'graph.json'), 'utf8')) as Snapshot;

    const gexfFile = join(all, 'graph.gexf');
    expect(runCli(['export', '-f', 'gexf', '--from', all, '-o', gexfFile]).status).toBe(0);
    const graph = gexf.parse(MultiDirectedGraph, readFileSync(gexfFile, 'utf8'));
    expect([graph.order, graph.size]).toEqual([snapshot.nodes.length, snapshot.edges.length]);

    const run = runCli(['diff', fewer, all, '--json']);
    expect(run.status).toBe(0);
    const diff = JSON.parse(run.stdout) as ReturnType<typeof diffSnapshots>;
    const left = snapshot.nodes.find((n) => n.attributes.kind === 'Article' && n.attributes.path === join(SEEDS, files[0]!));
    expect(left).toBeDefined();
    expect(diff.nodes.added.map((n) => n.key)).toContain(left!.key);
    expect(diff.nodes.removed.filter((n) => n.attributes.kind === 'Article')).toEqual([]);
    for (const d of [all, fewer]) rmSync(d, { recursive: true, force: true });
  });
});
