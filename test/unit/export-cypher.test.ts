import { describe, expect, it } from 'vitest';
import { CYPHER_BATCH, evidenceLoadedAt, snapshotCypher } from '../../src/export/cypher.ts';
import { CypherFloat, cypherString, cypherValue } from '../../src/export/cypher-literal.ts';
import { Day } from '../../src/graph/properties.ts';
import { EDGE_TYPES, NODE_KINDS, type Snapshot } from '../../src/schema/index.ts';
import { manyPersons, TRICKY, trickySnapshot } from '../fixtures/export-graphs.ts';
import { emptyLayout, expected, firstWrite, loaderLayout, readBack, type Layout, type Props } from '../fixtures/export-layout.ts';
import { parseLiteral, splitStatements, type Literal } from '../fixtures/export-cypher-reader.ts';

/** The loader's SET clauses: `+=` props, united _nulls and _json, united lists. */
const sets = (v: string) => String.raw`SET ${v} \+= row\.props\nSET ${v}\._nulls = [^\n]+, ${v}\._json = [^\n]+(?:\nSET ${v}\.\w+ = [^\n]+)*`;
const NODES = new RegExp(String.raw`^UNWIND \[\n[\s\S]*\n\] AS row\nMERGE \(n:(\w+) \{id: row\.id\}\)\n${sets('n')}$`);
const RELS = new RegExp(
  String.raw`^UNWIND \[\n[\s\S]*\n\] AS row\nMATCH \(a:(\w+) \{id: row\.start\}\)\nMATCH \(b:(\w+) \{id: row\.end\}\)\nMERGE \(a\)-\[r:(\w+) \{key: row\.key\}\]->\(b\)\n${sets('r')}\nSET r\._evidence = CASE WHEN row\.evidence THEN true ELSE r\._evidence END$`,
);
const EVIDENCE =
  /^UNWIND \[\n[\s\S]*\n\] AS row\nMATCH \(a:Article \{id: row\.article\}\)\nMERGE \(ev:Evidence \{id: row\.id\}\)\nON CREATE SET ev\.loadedAt = row\.loadedAt, ev\.seq = row\.seq\nSET ev \+= row\.props\nMERGE \(ev\)-\[:CITES\]->\(a\)$/;

type Row = Record<string, Literal> & { props: Props };

function read(snapshot: Snapshot) {
  const script = [...snapshotCypher(snapshot)].join('');
  const { statements, semicolonsInLiterals } = splitStatements(script);
  const rows = (s: string) => parseLiteral(s, s.indexOf('[')).value as Row[];
  return { script, statements, semicolonsInLiterals, rows };
}

/** The script's statements applied to an empty database, on paper (as the loader's plan is). */
function scriptLayout(statements: string[], rows: (s: string) => Row[]): Layout {
  const layout = emptyLayout();
  for (const s of statements) {
    const [n, r, ev] = [NODES.exec(s), RELS.exec(s), EVIDENCE.test(s)];
    for (const row of n || r || ev ? rows(s) : []) {
      const write = firstWrite(row);
      if (n) layout.nodes.set(row['id'] as string, { label: n[1] ?? '', props: write });
      else if (r) layout.relationships.set(row['key'] as string, { type: r[3] ?? '', source: row['start'] as string, target: row['end'] as string, props: write });
      else {
        layout.evidence.set(row['id'] as string, { ...write, loadedAt: row['loadedAt'], seq: row['seq'] });
        layout.cites.add(`${row['id'] as string} -> ${row['article'] as string}`);
      }
    }
  }
  return layout;
}

describe('Cypher export', () => {
  const snapshot = trickySnapshot();
  const { script, statements, semicolonsInLiterals, rows } = read(snapshot);

  it('is the loader\'s schema, then nodes, relationships and evidence, every statement ending with ; at a line end', () => {
    expect(semicolonsInLiterals).toBe(0);
    const kinds = statements.map((s) =>
      /^CREATE (CONSTRAINT|INDEX|FULLTEXT INDEX) \w+ IF NOT EXISTS/.test(s) ? 'schema' : s.startsWith('CALL db.awaitIndexes') ? 'await'
        : NODES.test(s) ? 'nodes' : RELS.test(s) ? 'rels' : EVIDENCE.test(s) ? 'evidence' : s,
    );
    const order = ['schema', 'await', 'nodes', 'rels', 'evidence'];
    expect(kinds.every((k) => order.includes(k)), kinds.find((k) => !order.includes(k))).toBe(true);
    expect(kinds).toEqual([...kinds].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
    expect(statements).toContain('CREATE CONSTRAINT evidence_id IF NOT EXISTS FOR (n:Evidence) REQUIRE n.id IS UNIQUE');
    expect(statements).toContain('CREATE INDEX evidence_edge IF NOT EXISTS FOR (n:Evidence) ON (n.edge)');
    expect(statements.filter((s) => s.includes('REQUIRE n.id IS UNIQUE'))).toHaveLength(NODE_KINDS.length + 1);
    expect(statements.filter((s) => s.includes('REQUIRE r.key IS UNIQUE'))).toHaveLength(EDGE_TYPES.length);
    expect(statements.some((s) => s.startsWith('CREATE FULLTEXT INDEX entity_names'))).toBe(true);
  });

  it("writes exactly what the loader writes: the same labels, properties, _nulls, _json, dates and :Evidence nodes", () => {
    const written = scriptLayout(statements, rows);
    const loaded = loaderLayout(snapshot, evidenceLoadedAt(snapshot));
    expect(written.evidence.size).toBeGreaterThan(0);
    expect(written).toEqual(loaded);
    // Spot checks of the layout itself.
    const meeting = written.nodes.get('meeting:2022-01-09-geneva-dialogue')?.props;
    expect(meeting).toMatchObject({ date: '2022-01-09/2022-01-10', dateStart: '2022-01-09', dateEnd: '2022-01-10', _nulls: ['place'] });
    expect(meeting).not.toHaveProperty('dateValue');
    const met = written.relationships.get('MET:person:tricky->person:sergey-lavrov')?.props;
    expect(met).toEqual({ date: '2022', dateStart: '2022-01-01', dateEnd: '2022-12-31', _evidence: true });
    expect(script).toContain('dateValue: date(\'2022-01-21\')');
  });

  it('reads back to the same nodes and edges, evidence in order', () => {
    expect(readBack(scriptLayout(statements, rows))).toEqual(expected(snapshot));
  });

  it('escapes a tricky string so that it survives, and leaves Cyrillic readable', () => {
    expect(script).toContain("name: 'O\\'Brien \"Шон\" \\\\ back\\\\slash\\\\\" \\u003B semi, comma\\nnew line\\r\\n\\ttab & <tag> ]]> // not a comment 🇷🇺'");
    const tricky = statements.flatMap((s) => (NODES.test(s) ? rows(s) : [])).find((row) => row['id'] === 'person:tricky');
    expect(tricky?.props['name']).toBe(TRICKY);
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

  it('writes lists, maps with odd keys, booleans, null, numbers, dates and whole floats', () => {
    expect(cypherValue({ 'odd key': 1, ok: [true, null, 2.5, 1e21], nested: { a: 'x' } })).toBe("{`odd key`: 1, ok: [true, null, 2.5, 1e21], nested: {a: 'x'}}");
    expect(cypherValue([new Day('2021-12-01'), new CypherFloat(1), new CypherFloat(0.87), new CypherFloat(1e21)])).toBe("[date('2021-12-01'), 1.0, 0.87, 1e21]");
    expect(() => cypherValue(Number.NaN)).toThrow();
  });
});
