import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { fromSnapshot, parseSnapshot, SnapshotError, toSnapshot, validateSnapshot } from '../../src/graph/snapshot.ts';
import { snapshotJsonSchema } from '../../src/cli/commands/schema.ts';
import { datePrecision, type Snapshot } from '../../src/schema/index.ts';
import { ROOT } from '../helpers.ts';
import { smallGraph } from '../fixtures/small-graph.ts';

const META = { generator: 'diplograph test', createdAt: '2026-01-01T00:00:00Z' };

function problemsOf(data: unknown): string[] {
  try {
    validateSnapshot(data, 'test');
  } catch (error) {
    if (error instanceof SnapshotError) return error.problems;
    throw error;
  }
  return [];
}

describe('snapshot', () => {
  it('round-trips a graph with every node kind and edge type', () => {
    const snapshot = toSnapshot(smallGraph(), META);
    expect(snapshot.attributes.counts.nodes).toEqual({ Article: 1, Person: 2, State: 2, Organization: 1, Place: 1, Treaty: 1, Meeting: 1 });
    const again = toSnapshot(fromSnapshot(parseSnapshot(JSON.stringify(snapshot), 'test')), META);
    expect(again).toEqual(snapshot);
  });

  it('is sorted by key, so equal graphs give equal files', () => {
    const keys = toSnapshot(smallGraph(), META).nodes.map((n) => n.key);
    expect(keys).toEqual([...keys].sort());
  });

  it('reports every problem, not only the first', () => {
    const snapshot: Snapshot = structuredClone(toSnapshot(smallGraph(), META));
    snapshot.nodes.push(structuredClone(snapshot.nodes[0]!));
    snapshot.edges[0]!.target = 'person:nobody';
    snapshot.edges.push(structuredClone(snapshot.edges[1]!));
    const problems = problemsOf(snapshot);
    expect(problems).toContain(`duplicate node key "${snapshot.nodes[0]!.key}"`);
    expect(problems).toContain(`edge "${snapshot.edges[0]!.key}" points to missing node "person:nobody"`);
    expect(problems).toContain(`duplicate edge key "${snapshot.edges[1]!.key}"`);
  });

  it('reports schema violations with their paths', () => {
    const snapshot = structuredClone(toSnapshot(smallGraph(), META)) as unknown as { nodes: Array<{ attributes: Record<string, unknown> }> };
    snapshot.nodes[1]!.attributes.kind = 'Planet';
    snapshot.nodes[2]!.attributes.wikidata = 'Lavrov';
    const problems = problemsOf(snapshot);
    expect(problems.some((p) => p.startsWith('nodes.1.attributes.kind'))).toBe(true);
    expect(problems.some((p) => p.startsWith('nodes.2.attributes.wikidata'))).toBe(true);
  });

  it('checks evidence: offsets span the quote and fall inside the article', () => {
    const snapshot = structuredClone(toSnapshot(smallGraph(), META));
    const met = snapshot.edges.find((e) => e.attributes.type === 'MET')!;
    if (!('evidence' in met.attributes) || !met.attributes.evidence) throw new Error('fixture MET has evidence');
    met.attributes.evidence[0]!.end += 1;
    expect(problemsOf(snapshot)).toContainEqual(expect.stringMatching(/evidence offsets must span the quote exactly/));
    met.attributes.evidence[0]!.start += 10_000;
    met.attributes.evidence[0]!.end += 10_000 - 1;
    expect(problemsOf(snapshot)).toContainEqual(expect.stringMatching(/run past the article's/));
  });

  it('refuses edges between the wrong kinds', () => {
    const snapshot = structuredClone(toSnapshot(smallGraph(), META));
    const held = snapshot.edges.find((e) => e.attributes.type === 'HELD_IN')!;
    held.target = 'person:sergey-lavrov';
    expect(problemsOf(snapshot)).toContain(`edge "${held.key}": HELD_IN cannot end at a Person`);
  });

  it('reports text that is not JSON', () => {
    expect(() => parseSnapshot('{"nodes": [', 'broken.json')).toThrow(/broken\.json: invalid snapshot \(1 problem\): not JSON/);
  });

  it('tells the precision of an ISO date from its form', () => {
    expect(['2022', '2022-01', '2022-01-21', '2022-01-09/2022-01-10'].map(datePrecision)).toEqual(['year', 'month', 'day', 'range']);
  });
});

describe('JSON Schema of the snapshot', () => {
  it('is generated from the zod schema and committed up to date', () => {
    expect(readFileSync(join(ROOT, 'src/schema/snapshot.schema.json'), 'utf8')).toBe(snapshotJsonSchema());
  });

  it('accepts a real snapshot and rejects a broken one', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(JSON.parse(snapshotJsonSchema()) as object);
    const snapshot = toSnapshot(smallGraph(), META);
    expect(validate(snapshot)).toBe(true);
    expect(validate({ ...snapshot, nodes: [{ key: 'x', attributes: { kind: 'Person' } }] })).toBe(false);
  });
});
