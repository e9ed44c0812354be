// The viewer's Neo4j mode against the real server: `diplograph serve --neo4j` on an empty graph, the
// query pack, read-only Cypher, expansion on double-click, and what the page is never told.
import { readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGraph } from '../../src/graph/model.ts';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import { loadSnapshot } from '../../src/neo4j/load.ts';
import { loadPack } from '../../src/neo4j/pack.ts';
import { EDGE_TYPES, type Snapshot } from '../../src/schema/index.ts';
import { smallGraph } from '../fixtures/small-graph.ts';
import { writeViewerFixture } from '../fixtures/viewer-graph.ts';
import { HAS_SHARED, runCli, SEEDS, tempDir } from '../helpers.ts';
import { clearDatabase, configFor, cypher, describeNeo4j } from '../support/neo4j.ts';
import { artifact, HAS_CHROMIUM, launchChromium, openViewer, serve, type Served } from './viewer-harness.ts';

const META = { generator: 'test', createdAt: '2024-01-01T00:00:00Z' };

interface Answer {
  status: number;
  body: string;
}

/** A raw request, so tests can send what a browser on another site would. */
function call(url: string, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

const post = (url: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  call(url, path, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(body) });

/** The seeds when ../shared is there (as in CI), else the small hand-made graph. */
function testData(): Snapshot {
  if (!HAS_SHARED) return toSnapshot(smallGraph(), META);
  const dir = tempDir('diplograph-viewer-neo4j-');
  const run = runCli(['ingest', SEEDS, '--out', dir]);
  if (run.status !== 0) throw new Error(`ingest of the seeds failed: ${run.stderr}`);
  return JSON.parse(readFileSync(join(dir, 'graph.json'), 'utf8')) as Snapshot;
}

const neo4jState = (page: Page) => page.locator('#neo4j').getAttribute('data-state');
const settled = async (page: Page) => {
  await page.waitForFunction(() => document.querySelector('#neo4j')?.getAttribute('data-state') !== 'running', undefined, { timeout: 30_000 });
  await page.waitForFunction(() => document.body.dataset.layout === 'done', undefined, { timeout: 30_000 });
};
const dataKeys = (page: Page) => page.evaluate(() => window.__viewer!.app.data.nodes());

describeNeo4j('diplograph serve --neo4j: the viewer queries Neo4j', (server) => {
  const config = configFor(server);
  const env = { NEO4J_URI: server.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_DATABASE: config.database };
  let served: Served;
  let plain: Served;

  beforeAll(async () => {
    await clearDatabase(config);
    await loadSnapshot(testData(), config);
    const empty = join(tempDir('diplograph-viewer-neo4j-'), 'graph.json');
    writeFileSync(empty, JSON.stringify(toSnapshot(createGraph(), META)));
    served = await serve([empty, '--neo4j'], 120_000, env);
    plain = await serve([writeViewerFixture(tempDir('diplograph-viewer-neo4j-'))]);
  });

  afterAll(async () => {
    await served?.stop();
    await plain?.stop();
  });

  it('tells the page the database name only, never the URI, user or password', async () => {
    expect(served.stderr()).toContain(`Neo4j mode: database neo4j at ${server.uri}`);
    const answer = await call(served.url, '/api/config');
    expect(JSON.parse(answer.body)).toEqual({ neo4j: true, database: 'neo4j' });
    for (const secret of [config.password, server.uri]) expect(answer.body).not.toContain(secret);
    const pack = await loadPack();
    const listed = JSON.parse((await call(served.url, '/api/queries')).body) as { queries: Array<{ name: string; params: Array<{ name: string }> }> };
    expect(listed.queries.map((q) => q.name)).toEqual(pack.map((q) => q.name));
    expect(listed.queries.find((q) => q.name === 'meetings-between')?.params.map((p) => p.name)).toEqual(['a', 'b']);
  });

  it('accepts only same-origin POSTs of JSON that fit the contract', async () => {
    const body = { cypher: 'RETURN 1 AS one', params: {} };
    expect(JSON.parse((await post(served.url, '/api/query', body)).body)).toMatchObject({ keys: ['one'], rows: [{ one: 1 }] });
    expect((await post(served.url, '/api/query', body, { Origin: served.url.replace(/\/$/, '') })).status).toBe(200);
    const crossSite = await post(served.url, '/api/query', body, { Origin: 'http://attacker.example' });
    expect(crossSite).toEqual({ status: 403, body: '{"error":"forbidden: cross-origin request"}' });
    expect((await post(served.url, '/api/query', body, { 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    // A form or a <script> from another site can only send text/plain or form data: refused before Neo4j.
    expect((await call(served.url, '/api/query', { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: JSON.stringify(body) })).status).toBe(415);
    expect((await call(served.url, '/api/query')).status).toBe(405);
    expect((await call(served.url, '/api/neighbours?id=state:usa')).status).toBe(405);
    expect((await post(served.url, '/api/query', { cypher: 'RETURN 1', params: {}, extra: 1 })).status).toBe(400);
    expect((await post(served.url, '/api/query', body, { Host: 'attacker.example' })).status).toBe(403);
    expect((await call(served.url, '/api/query', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: 'x'.repeat(70_000) })).status).toBe(413);
  });

  it('answers query errors with a message meant for the page', async () => {
    const error = async (body: unknown, path = '/api/query') => {
      const answer = await post(served.url, path, body);
      return { status: answer.status, error: (JSON.parse(answer.body) as { error: string }).error };
    };
    expect(await error({ name: 'meetings-between', params: { a: 'Лавров' } })).toEqual({ status: 400, error: 'meetings-between needs a value for b (Second actor: name, alias or id (e.g. Блинкен))' });
    expect(await error({ name: 'most-connected', params: { limit: 'ten' } })).toEqual({ status: 400, error: 'parameter limit must be an integer, not "ten"' });
    expect(await error({ name: 'no-such-query', params: {} })).toEqual({ status: 400, error: 'no query named "no-such-query" in cypher/queries' });
    expect((await error({ cypher: 'MATC (n) RETURN n', params: {} })).error).toMatch(/^Cypher syntax error: /);
    expect((await error({ cypher: 'RETURN $missing', params: {} })).error).toContain('missing');
    expect(await error({ id: 'person:nobody' }, '/api/neighbours')).toEqual({ status: 404, error: 'no node with id "person:nobody" in the database' });
  });

  it('passes values as parameters: a quote in a value is data, not Cypher', async () => {
    const answer = await post(served.url, '/api/query', { name: 'rejected-by', params: { actor: "Блинкен' OR 1=1 //" } });
    expect(JSON.parse(answer.body)).toMatchObject({ rows: [] });
    const text = await post(served.url, '/api/query', { cypher: 'RETURN $n + 1 AS answer, $s AS s', params: { n: '41', s: '"}) DETACH DELETE (x) //' } });
    expect(JSON.parse(text.body)).toMatchObject({ rows: [{ answer: 42, s: '"}) DETACH DELETE (x) //' }] });
  });

  it('without a connection, answers the Neo4j routes 404 with what to do', async () => {
    expect(JSON.parse((await call(plain.url, '/api/config')).body)).toEqual({ neo4j: false });
    const off = await call(plain.url, '/api/queries');
    expect(off.status).toBe(404);
    expect(off.body).toContain("start the viewer with 'diplograph serve --neo4j'");
    expect((await post(plain.url, '/api/query', { cypher: 'RETURN 1', params: {} })).status).toBe(404);
    expect((await post(plain.url, '/api/neighbours', { id: 'state:usa' })).status).toBe(404);
  });

  it('refuses --neo4j when Neo4j cannot be reached; NEO4J_URI alone only warns', async () => {
    const nowhere = { ...env, NEO4J_URI: 'bolt://127.0.0.1:9' };
    await expect(serve(['--neo4j', writeViewerFixture(tempDir())], 60_000, nowhere)).rejects.toThrow(/serve exited with 1 .*refused the connection/s);
    const auto = await serve([writeViewerFixture(tempDir())], 60_000, nowhere);
    try {
      expect(auto.stderr()).toContain('warning: NEO4J_URI is set but Neo4j at bolt://127.0.0.1:9 refused the connection');
      expect(JSON.parse((await call(auto.url, '/api/config')).body)).toEqual({ neo4j: false });
    } finally {
      await auto.stop();
    }
  });

  describe.skipIf(!HAS_CHROMIUM)('in Chromium', () => {
    let browser: Browser;
    let page: Page;
    let errors: string[];
    const bodies: string[] = [];

    beforeAll(async () => {
      browser = await launchChromium();
      ({ page, errors } = await openViewer(browser, served.url));
      // Everything the page receives, to look for secrets at the end.
      page.on('response', (response) => {
        void response.text().then((text) => bodies.push(text), () => undefined);
      });
      await page.waitForFunction(() => document.querySelector('#neo4j')?.getAttribute('data-state') === 'done');
    });

    afterAll(async () => {
      await browser?.close();
    });

    it('starts empty, with the Neo4j panel listing the query pack', async () => {
      expect(await page.locator('#neo4j').isVisible()).toBe(true);
      expect(await page.locator('#neo4j-database').textContent()).toBe('database neo4j');
      expect(await page.locator('#graph-empty').isVisible()).toBe(true);
      expect(await page.locator('#neo4j-query option').count()).toBe((await loadPack()).length + 1);
    });

    it('runs a named query: its rows in a table, the nodes they name in the graph', async () => {
      const pack = (await loadPack()).find((q) => q.name === 'meetings-between')!;
      const expected = await cypher<{ meeting: string; place: string | null }>(config, pack.cypher, { a: 'Лавров', b: 'Блинкен' });
      expect(expected.length).toBeGreaterThan(0);
      const ids = await cypher<{ id: string }>(config, 'MATCH (n) WHERE n.name IN $names AND (n:Meeting OR n:Place) RETURN n.id AS id', {
        names: expected.flatMap((r) => [r.meeting, r.place ?? '']),
      });

      await page.selectOption('#neo4j-query', 'meetings-between');
      expect(await page.locator('#neo4j-description').textContent()).toBe(pack.description);
      await page.fill('input[data-param="a"]', 'Лавров');
      await page.fill('input[data-param="b"]', 'Блинкен');
      await page.click('#neo4j-run');
      await settled(page);
      expect(await neo4jState(page)).toBe('done');
      expect(await page.locator('#neo4j-results tbody tr').count()).toBe(expected.length);
      expect(await page.locator('#neo4j-results thead th').allTextContents()).toEqual(['date', 'place', 'meeting', 'status', 'type', 'quote']);
      expect(await page.locator('#neo4j-results tbody tr').first().locator('td').nth(2).textContent()).toBe(expected[0]!.meeting);
      const keys = await dataKeys(page);
      for (const { id } of ids) expect(keys).toContain(id);
      expect(await page.locator('#graph-empty').isVisible()).toBe(false);
      expect(await page.locator('#neo4j-status').textContent()).toMatch(new RegExp(`^${expected.length} rows? · graph: \\+\\d+ nodes?`));
      await page.screenshot({ path: artifact('viewer-neo4j-query.png') });
    });

    it('expands a node on double-click: its neighbours and their edges, with evidence, join the graph', async () => {
      const key = (await dataKeys(page)).find((k) => k.startsWith('meeting:'))!;
      const neighbours = await cypher<{ id: string }>(config, 'MATCH (n {id: $key})-[r]-(m) WHERE type(r) IN $types RETURN DISTINCT m.id AS id', { key, types: EDGE_TYPES });
      const before = (await dataKeys(page)).length;
      // Select first, so that the panel opening does not move the node between the two clicks.
      await page.evaluate((k) => window.__viewer!.app.select(k), key);
      await page.waitForSelector('#panel:not([hidden])');
      const listed = await page.locator('#panel li').count();
      expect(await page.locator('#panel button.expand').textContent()).toBe('Neighbours from Neo4j');
      await page.waitForTimeout(700);
      const at = await page.evaluate((k) => {
        const sigma = window.__viewer!.app.view.sigma;
        return sigma.framedGraphToViewport(sigma.getNodeDisplayData(k)!);
      }, key);
      const box = (await page.locator('#graph').boundingBox())!;
      await page.mouse.dblclick(box.x + at.x, box.y + at.y);
      await page.waitForFunction(() => document.querySelector('#neo4j-status')?.textContent?.includes('relationship'), undefined, { timeout: 30_000 });
      await settled(page);
      const after = await dataKeys(page);
      expect(after.length).toBeGreaterThan(before);
      for (const { id } of neighbours) expect(after).toContain(id);
      const evidence = await page.evaluate((k) => {
        const data = window.__viewer!.app.data;
        return data.edges(k).flatMap((e) => {
          const attrs = data.getEdgeAttributes(e);
          return 'evidence' in attrs ? (attrs.evidence ?? []) : [];
        }).length;
      }, key);
      expect(evidence).toBeGreaterThan(0);
      // The panel follows: the meeting's new edges (its participants) are listed now.
      expect(await page.locator('#panel li').count()).toBeGreaterThan(listed);
      await page.screenshot({ path: artifact('viewer-neo4j-expand.png') });
    });

    it('runs read-only Cypher text with parameters, replacing the graph when asked', async () => {
      const rows = await cypher(config, 'MATCH (p:Person {name: $name})-[r:MET]-(q:Person) RETURN p, r, q', { name: 'Сергей Лавров' });
      expect(rows.length).toBeGreaterThan(0);
      await page.selectOption('#neo4j-query', '');
      await page.fill('#neo4j-cypher', 'MATCH (p:Person {name: $name})-[r:MET]-(q:Person) RETURN p, r, q');
      await page.fill('#neo4j-cypher-params', 'name=Сергей Лавров');
      await page.selectOption('#neo4j-mode', 'replace');
      await page.click('#neo4j-run');
      await settled(page);
      expect(await neo4jState(page)).toBe('done');
      expect(await page.locator('#neo4j-results tbody tr').count()).toBe(rows.length);
      expect(await page.locator('#neo4j-results tbody tr').first().locator('td').first().textContent()).toBe('Сергей Лавров (:Person)');
      const keys = await dataKeys(page);
      expect(keys).toContain('person:sergey-lavrov');
      // Replaced: only the people, their MET edges and the articles behind them are left.
      expect(keys.filter((k) => !k.startsWith('person:') && !k.startsWith('article:'))).toEqual([]);
      const types = await page.evaluate(() => [...new Set(window.__viewer!.app.data.mapEdges((_e, a) => a.type))].sort());
      expect(types.every((t) => t === 'MET' || t === 'MENTIONED_IN')).toBe(true);
      expect(await page.locator('#panel').isHidden()).toBe(true);
    });

    it('shows values as text, never as HTML', async () => {
      await page.selectOption('#neo4j-mode', 'merge');
      await page.fill('#neo4j-cypher', 'RETURN $html AS html');
      await page.fill('#neo4j-cypher-params', 'html=<img src=x onerror="window.__xss=1">');
      await page.click('#neo4j-run');
      await settled(page);
      expect(await page.locator('#neo4j-results td').first().textContent()).toBe('<img src=x onerror="window.__xss=1">');
      expect(await page.locator('#neo4j-results img').count()).toBe(0);
      expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
    });

    it('refuses a write query with a message, and nothing is written', async () => {
      const before = (await dataKeys(page)).length;
      await page.fill('#neo4j-cypher', 'CREATE (n:X) RETURN n');
      await page.fill('#neo4j-cypher-params', '');
      await page.click('#neo4j-run');
      await settled(page);
      expect(await neo4jState(page)).toBe('error');
      expect(await page.locator('#neo4j-status').textContent()).toBe('Refused: this query writes to the database, and the viewer runs queries read-only. Nothing was changed.');
      expect(await page.locator('#neo4j-status').isVisible()).toBe(true);
      expect(await cypher(config, 'MATCH (n:X) RETURN count(n) AS n')).toEqual([{ n: 0 }]);
      expect((await dataKeys(page)).length).toBe(before);
      await page.screenshot({ path: artifact('viewer-neo4j-write-refused.png') });
    });

    it('never hands the page the password or the connection', async () => {
      const html = await page.content();
      for (const text of [html, ...bodies]) {
        expect(text).not.toContain(config.password);
        expect(text).not.toContain(server.uri);
      }
      expect(bodies.length).toBeGreaterThan(3);
      // The browser's own report of the refused write (a 400) is expected; nothing else.
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
    });

    it('hides the Neo4j panel without a connection', async () => {
      const { page: other } = await openViewer(browser, plain.url);
      expect(await other.locator('#neo4j').isHidden()).toBe(true);
      await other.close();
    });
  });
});
