// The query pack and `diplograph query` against the real server, loaded with the small graph.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { loadSnapshot } from '../../src/neo4j/load.ts';
import { loadPack } from '../../src/neo4j/pack.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { tempDir } from '../helpers.ts';
import { clearDatabase, configFor, counts, cypher, describeNeo4j, runDiplograph } from '../support/neo4j.ts';

/** "diplograph query x --param a=b --param "q=two words"" -> its arguments after "diplograph". */
function exampleArgs(example: string): string[] {
  const words = [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2] ?? '');
  return words.slice(words.indexOf('diplograph') + 1);
}

const rowsOf = (stdout: string): Array<Record<string, unknown>> =>
  stdout.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);

describeNeo4j('neo4j query', (server) => {
  const config = configFor(server);
  const query = (...args: string[]) => runDiplograph(server, ['query', ...args]);
  const json = (...args: string[]) => {
    const run = query(...args, '--json');
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return rowsOf(run.stdout);
  };

  beforeAll(async () => {
    await clearDatabase(config);
    await loadSnapshot(toSnapshot(smallGraph(), { generator: 'test', createdAt: '2024-01-01T00:00:00Z' }), config);
  });

  it('has at least 12 documented queries, each with a description, typed parameters and an example', async () => {
    const pack = await loadPack();
    expect(pack.length).toBeGreaterThanOrEqual(12);
    for (const q of pack) {
      expect(q.description.length, q.name).toBeGreaterThan(30);
      expect(q.examples.length, q.name).toBeGreaterThan(0);
      for (const p of q.params) expect(p.description, `${q.name} ${p.name}`).not.toBe('');
    }
    const list = query('--list');
    expect(list.status).toBe(0);
    for (const q of pack) expect(list.stdout).toContain(`${q.name}\n  ${q.description}`);
  });

  it('runs every example of the pack and finds something with each', async () => {
    for (const q of await loadPack()) {
      for (const example of q.examples) {
        const run = runDiplograph(server, [...exampleArgs(example), '--json']);
        expect({ example, status: run.status, stderr: run.stderr }).toEqual({ example, status: 0, stderr: '' });
        expect(rowsOf(run.stdout).length, example).toBeGreaterThan(0);
      }
    }
  }, 120_000);

  it('answers the questions on the small graph', () => {
    expect(json('meetings-between', '--param', 'a=лавров', '--param', 'b=person:antony-blinken')).toEqual([
      { date: '2022-01-21', place: 'Женева', meeting: 'Переговоры Лаврова и Блинкена в Женеве', status: 'held', type: 'talks',
        quote: 'Глава МИД России Сергей Лавров и госсекретарь США Энтони Блинкен провели переговоры в Женеве 21 января 2022 года.' },
    ]);
    expect(json('proposals-rejected', '--param', 'a=Россия', '--param', 'b=Блинкен')).toEqual([
      { proposal: 'Договор о гарантиях безопасности', proposedBy: 'Россия', proposed: '2021-12', rejectedBy: 'Энтони Блинкен', rejected: '2022-01-21',
        rejection: 'Блинкен отклонил это предложение.' },
    ]);
    expect(json('proposals-rejected', '--param', 'a=США', '--param', 'b=Блинкен')).toEqual([]);
    expect(json('shortest-path', '--param', 'a=Блинкен', '--param', 'b=Россия')).toEqual([
      { hops: 2, path: 'Энтони Блинкен -[REJECTED]-> Договор о гарантиях безопасности <-[PROPOSED]- Россия' },
    ]);
    const search = json('entity-search', '--param', 'q=Блинкеном');
    expect(search[0]).toMatchObject({ kind: 'Person', id: 'person:antony-blinken' });
    expect(json('entity-search', '--param', 'q=Сергея Лаврова').map((r) => r['id'])).toContain('person:sergey-lavrov');
    expect(json('meetings-in-range', '--param', 'from=2022-02-01', '--param', 'to=2022')).toEqual([]);
    expect(json('meetings-in-range', '--param', 'from=2022', '--param', 'to=2022-01').map((r) => r['date'])).toEqual(['2022-01-21']);
  });

  it('prints a readable table by default, the row count on stderr', () => {
    const run = query('rejected-by', '--param', 'actor=Блинкен');
    expect(run.status).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^date\s+actor\s+rejected\s+proposedBy\s+quote$/);
    expect(lines[1]).toMatch(/^-+( +-+)+$/);
    expect(lines[2]).toMatch(/^2022-01-21\s+Энтони Блинкен\s+Договор о гарантиях безопасности\s+Россия\s+Блинкен отклонил это предложение\.$/);
    expect(run.stderr).toBe('(1 row)\n');
  });

  it('passes values only as parameters: a quote in a value is data, not Cypher', async () => {
    expect(json('rejected-by', '--param', "actor=Блинкен' OR 1=1 //")).toEqual([]);
    expect(json('rejected-by', '--param', 'actor=Блинкен"}) DETACH DELETE (x) //')).toEqual([]);
    expect((await counts(config))['Person']).toBe(2);
  });

  it('runs .cypher files, guessing the types of undeclared parameters', () => {
    const file = join(tempDir(), 'answer.cypher');
    writeFileSync(file, 'RETURN $n + 1 AS answer, $s AS s;\n');
    expect(json(file, '--param', 'n=41', '--param', 's=Лавров')).toEqual([{ answer: 42, s: 'Лавров' }]);
  });

  it('refuses to write: a query runs in READ mode and a write fails with a clear message', async () => {
    const file = join(tempDir(), 'write.cypher');
    writeFileSync(file, "CREATE (:Intruder {name: 'x'})\n");
    const run = query(file);
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      "diplograph: query write: the query tries to write, but queries run read-only — use 'diplograph query --file <script> --write' to run a script that writes\n",
    );
    expect(await cypher(config, 'MATCH (n:Intruder) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
  });

  it('runs a script with --file: read-only without --write, writes with it', async () => {
    const script = join(tempDir(), 'script.cypher');
    writeFileSync(script, ':begin\n// exported\nCREATE (:Scratch {n: 1});\nCREATE (:Scratch {n: 2})\n;\n:commit\nMATCH (s:Scratch) SET s.seen = true;\n');
    const readOnly = query('--file', script);
    expect(readOnly.status).toBe(1);
    expect(readOnly.stderr).toMatch(/^diplograph: query: statement 1 of 3: the query tries to write, but queries run read-only/);
    const write = query('--file', script, '--write');
    expect(write.stderr).toBe('');
    expect(write.stdout).toBe(`ran 3 statements from ${script} (write): 2 nodes and 0 relationships created, 4 properties set\n`);
    expect(await cypher(config, 'MATCH (s:Scratch {seen: true}) RETURN count(s) AS n')).toEqual([{ n: 2 }]);
    await cypher(config, 'MATCH (s:Scratch) DELETE s');
  });

  it('reports bad usage in one line: unknown query, missing, unknown or mistyped parameters', () => {
    const cases: Array<[string[], number, string]> = [
      [['no-such-query'], 1, `diplograph: query: no query named "no-such-query" — 'diplograph query --list' shows the pack, or give a .cypher file\n`],
      [['meetings-between', '--param', 'a=Лавров'], 2, 'diplograph: query: meetings-between needs --param b=… (Second actor: name, alias or id (e.g. Блинкен))\n'],
      [['rejected-by', '--param', 'actor=x', '--param', 'who=y'], 2, 'diplograph: query: rejected-by has no parameter "who" (it takes actor)\n'],
      [['most-connected', '--param', 'limit=ten'], 2, 'diplograph: query: parameter limit must be an integer, not "ten"\n'],
      [['meetings-in-range', '--param', 'from=21.01.2022', '--param', 'to=2022'], 2, 'diplograph: query: parameter from must be an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), not "21.01.2022"\n'],
      [['rejected-by', '--param', 'actor'], 2, 'diplograph: query: --param takes name=value, not "actor"\n'],
      [['rejected-by', '--write'], 2, 'diplograph: query: --write only applies to scripts run with --file (single queries are always read-only)\n'],
    ];
    for (const [args, status, stderr] of cases) {
      const run = query(...args);
      expect({ args, status: run.status, stderr: run.stderr }).toEqual({ args, status, stderr });
    }
  }, 60_000);
});
