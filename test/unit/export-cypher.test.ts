import { describe, expect, it } from 'vitest';
import { fromNeo4jProperties } from '../../src/graph/properties.ts';
import { CYPHER_BATCH, snapshotCypher } from '../../src/export/cypher.ts';
import { cypherString, cypherValue } from '../../src/export/cypher-literal.ts';
import { EDGE_TYPES, NODE_KINDS, type EdgeType, type NodeKind, type Snapshot } from '../../src/schema/index.ts';
import { manyPersons, TRICKY, trickySnapshot } from '../fixtures/export-graphs.ts';
import { parseLiteral, splitStatements, type Literal } from '../fixtures/export-cypher-reader.ts';

const NODES = /^UNWIND \[\n[\s\S]*\n\] AS props\nMERGE \(n:(\w+) \{id: props\.id\}\)\nSET n = props$/;
const RELS = /^UNWIND \[\n[\s\S]*\n\] AS row\nMATCH \(a:(\w+) \{id: row\.start\}\)\nMATCH \(b:(\w+) \{id: row\.end\}\)\nMERGE \(a\)-\[r:(\w+) \{key: row\.props\.key\}\]->\(b\)\nSET r = row\.props$/;

function read(snapshot: Snapshot) {
  const script = [...snapshotCypher(snapshot)].join('');
  const { statements, semicolonsInLiterals } = splitStatements(script);
  const rows = (s: string) => parseLiteral(s, s.indexOf('[')).value as Array<Record<string, Literal>>;
  return { script, statements, semicolonsInLiterals, rows };
}

describe('Cypher export', () => {
  const snapshot = trickySnapshot();
  const { script, statements, semicolonsInLiterals, rows } = read(snapshot);

  it('is constraints, then nodes, then relationships, every statement ending with ; at a line end', () => {
    expect(semicolonsInLiterals).toBe(0);
    const kinds = statements.map((s) =>
      s.startsWith('CREATE CONSTRAINT') ? 'constraint' : s.startsWith('CALL db.awaitIndexes') ? 'await' : NODES.test(s) ? 'nodes' : RELS.test(s) ? 'rels' : s,
    );
    const order = ['constraint', 'await', 'nodes', 'rels'];
    expect(kinds.every((k) => order.includes(k))).toBe(true);
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(kinds.filter((k) => k === 'constraint')).toHaveLength(NODE_KINDS.length + EDGE_TYPES.length);
    expect(statements.filter((s) => s.startsWith('CREATE CONSTRAINT')).every((s) => / IF NOT EXISTS FOR /.test(s))).toBe(true);
  });

  it('recreates every node and relationship with the same properties', () => {
    const nodes = new Map(snapshot.nodes.map((n) => [n.key, n]));
    const edges = new Map(snapshot.edges.map((e) => [e.key, e]));
    let seenNodes = 0;
    let seenEdges = 0;
    for (const s of statements) {
      const n = NODES.exec(s);
      const r = RELS.exec(s);
      for (const row of n || r ? rows(s) : []) {
        if (n) {
          const node = nodes.get(row.id as string)!;
          expect(n[1]).toBe(node.attributes.kind);
          expect(fromNeo4jProperties(n[1] as NodeKind, row), node.key).toEqual(node.attributes);
          seenNodes++;
        } else if (r) {
          const props = row.props as Record<string, Literal>;
          const edge = edges.get(props.key as string)!;
          expect([row.start, row.end, r[3]]).toEqual([edge.source, edge.target, edge.attributes.type]);
          expect([r[1], r[2]]).toEqual([nodes.get(edge.source)!.attributes.kind, nodes.get(edge.target)!.attributes.kind]);
          expect(fromNeo4jProperties(r[3] as EdgeType, props), edge.key).toEqual(edge.attributes);
          seenEdges++;
        }
      }
    }
    expect([seenNodes, seenEdges]).toEqual([snapshot.nodes.length, snapshot.edges.length]);
  });

  it('escapes a tricky string so that it survives, and leaves Cyrillic readable', () => {
    expect(script).toContain("name: 'O\\'Brien \"Шон\" \\\\ back\\\\slash\\\\\" \\u003B semi, comma\\nnew line\\r\\n\\ttab & <tag> ]]> // not a comment 🇷🇺'");
    const tricky = statements.flatMap((s) => (NODES.test(s) ? rows(s) : [])).find((row) => row.id === 'person:tricky');
    expect(tricky?.name).toBe(TRICKY);
  });

  it('writes nodes in UNWIND batches', () => {
    const big = read(manyPersons(2 * CYPHER_BATCH + 1));
    const persons = big.statements.filter((s) => NODES.exec(s)?.[1] === 'Person').map((s) => big.rows(s).length);
    expect(persons).toEqual([CYPHER_BATCH, CYPHER_BATCH, 3]);
  });
});

describe('Cypher literals', () => {
  it('escapes quotes, backslashes, control characters and ;', () => {
    expect(cypherString("a'b\\c\nd;\u0001")).toBe("'a\\'b\\\\c\\nd\\u003B\\u0001'");
    expect(cypherString('Лавров')).toBe("'Лавров'");
  });

  it('writes lists, maps with odd keys, booleans, null and numbers', () => {
    expect(cypherValue({ 'odd key': 1, ok: [true, null, 2.5, 1e21], nested: { a: 'x' } })).toBe("{`odd key`: 1, ok: [true, null, 2.5, 1e21], nested: {a: 'x'}}");
    expect(() => cypherValue(Number.NaN)).toThrow();
  });
});
