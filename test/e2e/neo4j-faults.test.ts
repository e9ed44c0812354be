// Faults, each a one-line message with the fix: no server, wrong password, unknown database,
// an invalid snapshot; and the local server's start / status / stop commands.
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { stopNeo4j } from '../../src/neo4j/server/process.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { tempDir } from '../helpers.ts';
import { freePort } from '../support/free-port.ts';
import { writeSnapshot } from '../support/neo4j-generate.ts';
import { clearDatabase, configFor, counts, describeNeo4j, runDiplograph } from '../support/neo4j.ts';

describeNeo4j('neo4j faults', (server) => {
  const config = configFor(server);
  const dir = tempDir();
  const snapshotDir = join(dir, 'small');
  beforeAll(async () => {
    await clearDatabase(config);
    writeSnapshot(snapshotDir, toSnapshot(smallGraph(), { generator: 'test', createdAt: '2024-01-01T00:00:00Z' }));
  });

  it('no server: every command says the server refused and how to start it', async () => {
    const uri = `bolt://127.0.0.1:${await freePort()}`;
    const fix = `Neo4j at ${uri} refused the connection — start it with 'diplograph neo4j start' or set NEO4J_URI`;
    for (const [command, args] of [['load', ['load', snapshotDir]], ['query graph-summary', ['query', 'graph-summary']], ['neo4j export', ['neo4j', 'export', '--out', join(dir, 'x')]]] as const) {
      const run = runDiplograph(server, [...args], { NEO4J_URI: uri });
      expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 1, stderr: `diplograph: ${command}: ${fix}\n` });
    }
  });

  it('wrong password: says which user was rejected and which variables to set', () => {
    const run = runDiplograph(server, ['load', snapshotDir], { NEO4J_PASSWORD: 'not-the-password' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `diplograph: load: Neo4j at ${server.uri} rejected user 'neo4j': wrong user name or password — set NEO4J_USER and NEO4J_PASSWORD (the local server uses neo4j / diplograph-dev)\n`,
    );
  });

  it('unknown database: names it and the variable to set', () => {
    const run = runDiplograph(server, ['load', snapshotDir], { NEO4J_DATABASE: 'nosuchdb' });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `diplograph: load: Neo4j at ${server.uri} has no database 'nosuchdb' — set NEO4J_DATABASE to an existing database (default neo4j, the only one in Community Edition)\n`,
    );
  });

  it('an invalid snapshot is refused before anything is written', async () => {
    const file = join(dir, 'bad.json');
    const bad = toSnapshot(smallGraph(), { generator: 'test', createdAt: '2024-01-01T00:00:00Z' });
    bad.edges[0]!.target = 'place:atlantis';
    writeFileSync(file, JSON.stringify(bad));
    const run = runDiplograph(server, ['load', file]);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^diplograph: load: .*bad\.json is not a valid snapshot \(\d+ problems?: edge "HELD_IN:meeting:2022-01-21-geneva->place:geneva" points to missing node "place:atlantis".*\) — nothing was loaded; see every problem with 'diplograph validate .*bad\.json'\n$/);
    expect(run.stderr.split('\n')).toHaveLength(2);
    expect(await counts(config)).toEqual({});
  });

  it('a missing snapshot and a bad batch size are one-line errors too', () => {
    expect(runDiplograph(server, ['load', join(dir, 'nothing-here')]).stderr).toBe(`diplograph: load: ${join(dir, 'nothing-here')}: no such file or directory\n`);
    const zero = runDiplograph(server, ['load', snapshotDir, '--batch-size', '0']);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/--batch-size <n>' argument '0' is invalid\. expected a positive integer/);
  });
});

describeNeo4j('neo4j start | status | stop', () => {
  const dataDir = tempDir('diplograph-neo4j-cli-');
  afterAll(async () => {
    await stopNeo4j({ dataDir, timeoutMs: 30_000 });
    rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('starts a server on the given port, reports it, refuses nothing twice, and stops it', async () => {
    const port = await freePort();
    const uri = `bolt://127.0.0.1:${port}`;
    const cli = (...args: string[]) => runDiplograph({ uri, port, dataDir, heap: '512m' }, ['neo4j', ...args, '--data-dir', dataDir], { NEO4J_URI: undefined });

    const down = cli('status');
    expect({ status: down.status, stdout: down.stdout }).toEqual({ status: 3, stdout: `Neo4j not running (data ${dataDir}) — start it with 'diplograph neo4j start'\n` });

    const start = cli('start', '--port', String(port));
    expect(start.status).toBe(0);
    expect(start.stdout).toMatch(new RegExp(`^Neo4j running at ${uri} \\(pid \\d+, data ${dataDir}, ready in [\\d.]+ s\\)\\n$`));
    expect(start.stderr).toContain(`export NEO4J_URI=${uri}`);

    const status = cli('status');
    expect(status.status).toBe(0);
    expect(status.stdout).toMatch(new RegExp(`^Neo4j running at ${uri} \\(pid \\d+, data ${dataDir}\\)\\n$`));
    expect(cli('start').stdout).toMatch(/^Neo4j already running at/);

    // The server answers: a load through NEO4J_URI works.
    const query = runDiplograph({ uri, port, dataDir, heap: '512m' }, ['query', 'graph-summary', '--json']);
    expect(query.status).toBe(0);

    expect(cli('stop').stdout).toMatch(new RegExp(`^Neo4j stopped \\(pid \\d+, data ${dataDir}\\)\\n$`));
    expect(cli('stop').stdout).toBe(`Neo4j was not running (data ${dataDir})\n`);
    expect(cli('status').status).toBe(3);
  }, 240_000);

  it('without a built runtime, start says how to build it', () => {
    const run = runDiplograph({ uri: '', port: 0, dataDir, heap: '' }, ['neo4j', 'start', '--data-dir', dataDir], { DIPLOGRAPH_NEO4J_RUNTIME: join(dataDir, 'no-runtime') });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(
      `diplograph: neo4j start: the Neo4j runtime is not built in ${join(dataDir, 'no-runtime')} — run 'bash src/neo4j/server/setup.sh' (needs JDK 17 and Maven), or use your own Neo4j with NEO4J_URI\n`,
    );
  });
});
