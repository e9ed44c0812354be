import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { fromFlatProperties } from '../../src/export/flat.ts';
import { snapshotJson } from '../../src/export/json.ts';
import { snapshotJsonl } from '../../src/export/jsonl.ts';
import { parseSnapshot, toSnapshot } from '../../src/graph/snapshot.ts';
import { EdgeType, NodeKind } from '../../src/schema/index.ts';
import { META, trickySnapshot } from '../fixtures/export-graphs.ts';
import { createGraph } from '../../src/graph/model.ts';

// The line format of APOC's apoc.export.json.* (JSON_LINES), which apoc.import.json reads.
const Value = z.union([z.string(), z.number(), z.boolean()]);
const Properties = z.record(z.string(), z.union([Value, z.array(Value)]));
const End = z.strictObject({ id: z.string(), labels: z.array(NodeKind).length(1) });
const Line = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('node'), id: z.string(), labels: z.array(NodeKind).length(1), properties: Properties }),
  z.strictObject({ type: z.literal('relationship'), id: z.string(), label: EdgeType, properties: Properties, start: End, end: End }),
]);

describe('JSONL export (APOC)', () => {
  const snapshot = trickySnapshot();
  const lines = [...snapshotJsonl(snapshot)].join('').split('\n');

  it('writes one valid APOC line per node, then per relationship', () => {
    expect(lines.pop()).toBe('');
    const parsed = lines.map((l) => Line.parse(JSON.parse(l)));
    const kinds = parsed.map((l) => l.type);
    expect(kinds.filter((k) => k === 'node')).toHaveLength(snapshot.nodes.length);
    expect(kinds.filter((k) => k === 'relationship')).toHaveLength(snapshot.edges.length);
    expect(kinds.indexOf('relationship')).toBe(snapshot.nodes.length);
  });

  it('carries the same values, and relationship ends that name existing nodes with their labels', () => {
    const nodes = new Map(snapshot.nodes.map((n) => [n.key, n]));
    const edges = new Map(snapshot.edges.map((e) => [e.key, e]));
    for (const line of lines.filter(Boolean).map((l) => Line.parse(JSON.parse(l)))) {
      if (line.type === 'node') {
        const node = nodes.get(line.id)!;
        expect(line.properties.id).toBe(line.id);
        expect(fromFlatProperties(line.labels[0]!, line.properties)).toEqual(node.attributes);
      } else {
        const edge = edges.get(line.id)!;
        expect(line.properties.key).toBe(line.id);
        expect([line.start.id, line.end.id, line.label]).toEqual([edge.source, edge.target, edge.attributes.type]);
        expect(line.start.labels).toEqual([nodes.get(edge.source)!.attributes.kind]);
        expect(line.end.labels).toEqual([nodes.get(edge.target)!.attributes.kind]);
        expect(fromFlatProperties(line.label, line.properties)).toEqual(edge.attributes);
      }
    }
  });
});

describe('JSON export', () => {
  it('is the snapshot, byte for byte as ingest writes it, and reads back', () => {
    for (const snapshot of [trickySnapshot(), toSnapshot(createGraph(), META)]) {
      const text = [...snapshotJson(snapshot)].join('');
      expect(text).toBe(`${JSON.stringify(snapshot, null, 1)}\n`);
      expect(parseSnapshot(text, 'export')).toEqual(snapshot);
    }
  });
});
