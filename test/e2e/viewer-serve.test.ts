import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import { VIEWER_TOTALS, writeViewerFixture } from '../fixtures/viewer-graph.ts';
import { ROOT, tempDir } from '../helpers.ts';
import { serve, type Served } from './viewer-harness.ts';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request, so tests can send paths and Host headers a browser would never send. */
function get(url: string, path: string, init: { method?: string; host?: string } = {}): Promise<Answer> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: init.method ?? 'GET', headers: init.host ? { Host: init.host } : {} }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function cli(args: string[], cwd = ROOT) {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, CI: '1' }, timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('diplograph serve: the HTTP server', () => {
  let served: Served;

  beforeAll(async () => {
    served = await serve([writeViewerFixture(tempDir('diplograph-serve-'))]);
  });
  afterAll(async () => {
    await served?.stop();
  });

  it('listens on 127.0.0.1 and prints its URL', () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('serves the validated snapshot and the config, with a strict Content-Security-Policy', async () => {
    const snapshot = await get(served.url, '/api/snapshot');
    expect(snapshot.status).toBe(200);
    expect(snapshot.headers['content-type']).toContain('application/json');
    expect(parseSnapshot(snapshot.body, 'api').nodes).toHaveLength(VIEWER_TOTALS.nodes);
    expect(JSON.parse((await get(served.url, '/api/config')).body)).toEqual({ neo4j: false });
    const page = await get(served.url, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<div id="graph">');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(page.headers['x-content-type-options']).toBe('nosniff');
  });

  it('refuses other hosts (DNS rebinding), other methods, paths outside the app and unknown APIs', async () => {
    expect((await get(served.url, '/api/snapshot', { host: 'attacker.example:80' })).status).toBe(403);
    expect((await get(served.url, '/api/snapshot', { host: 'localhost' })).status).toBe(200);
    expect((await get(served.url, '/api/snapshot', { method: 'POST' })).status).toBe(405);
    expect((await get(served.url, '/../package.json')).status).toBe(404);
    expect((await get(served.url, '/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await get(served.url, '/%2e%2e/%2e%2e/package.json')).status).toBe(404);
    expect((await get(served.url, '/api/nothing')).status).toBe(404);
  });
});

describe('diplograph serve: errors are one clear line', () => {
  it('without a path, needs ./out/graph.json', () => {
    const run = cli(['serve'], tempDir());
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('./out/graph.json does not exist');
  });

  it('serves ./out by default when it holds a snapshot', async () => {
    const cwd = tempDir();
    mkdirSync(join(cwd, 'out'));
    writeViewerFixture(join(cwd, 'out'));
    const child = spawn(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), 'serve', '--port', '0'], { cwd, env: { ...process.env, CI: '1' } });
    const exited = new Promise<number | null>((done) => child.once('exit', done));
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (c: Buffer) => {
          out += c.toString();
          const m = /viewer at (\S+)/.exec(out);
          if (m?.[1]) resolve(m[1]);
        });
        void exited.then((code) => reject(new Error(`serve exited with ${code}`)));
      });
      expect((await get(url, '/api/snapshot')).status).toBe(200);
    } finally {
      child.kill('SIGTERM');
    }
    // SIGTERM is the normal way to stop it: the server closes and the command exits 0.
    expect(await exited).toBe(0);
  });

  it('reports a missing path, an invalid snapshot and a bad port', () => {
    const missing = cli(['serve', '/nonexistent/graph.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('no such file or directory');
    const dir = tempDir();
    writeFileSync(join(dir, 'graph.json'), '{"nodes": []}');
    const invalid = cli(['serve', dir]);
    expect(invalid.status).toBe(1);
    expect(invalid.stderr).toContain('invalid snapshot');
    const port = cli(['serve', dir, '--port', 'eighty']);
    expect(port.status).toBe(2);
    expect(port.stderr).toContain('expected a port number');
  });

  it('reports a port in use', async () => {
    const blocker = createServer();
    await new Promise<void>((done) => blocker.listen(0, '127.0.0.1', done));
    const { port } = blocker.address() as { port: number };
    const run = cli(['serve', writeViewerFixture(tempDir()), '--port', String(port)]);
    blocker.close();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`port ${port} on 127.0.0.1 is in use`);
  });
});
