// Viewer benchmark: time to first render and frames per second while panning, in real Chromium, for
// generated graphs of 1k, 10k and 50k nodes with five times as many edges. Run: npm run bench:viewer
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { createGraph, edgeKey } from '../../src/graph/model.ts';
import { toSnapshot } from '../../src/graph/snapshot.ts';
import type { EdgeType, NodeKind } from '../../src/schema/index.ts';
import { artifact, launchChromium, openViewer, serve } from '../e2e/viewer-harness.ts';
import { tempDir } from '../helpers.ts';
import { random } from '../support/random.ts';

const SIZES = (process.env.BENCH_SIZES ?? '1000,10000,50000').split(',').map(Number);
const PAN_MS = 4000;


/** Persons meet persons and take part in meetings; every entity is mentioned in articles. Hubs by a power law. */
function generate(order: number): string {
  const rand = random(order);
  const g = createGraph();
  const share: Array<[NodeKind, number]> = [['Person', 0.4], ['State', 0.05], ['Organization', 0.1], ['Place', 0.05], ['Meeting', 0.2], ['Article', 0.2]];
  const byKind = new Map<NodeKind, string[]>();
  for (const [kind, part] of share) {
    const keys: string[] = [];
    for (let i = 0; i < Math.max(2, Math.round(order * part)); i++) {
      const key = `${kind.toLowerCase()}:${i}`;
      if (kind === 'Article') g.addNode(key, { kind, name: `Статья ${i}`, title: `Статья ${i}`, path: `bench/${i}.txt`, published: '2022-01-01', outlet: 'Бенч', hash: i.toString(16).padStart(64, '0'), length: 1000 });
      else if (kind === 'Meeting') g.addNode(key, { kind, name: `Встреча ${i}`, date: `20${10 + (i % 14)}-0${1 + (i % 9)}-1${i % 10}`, place: null, status: 'held' });
      else g.addNode(key, { kind, name: `${kind} ${i}` });
      keys.push(key);
    }
    byKind.set(kind, keys);
  }
  const pick = (kind: NodeKind) => {
    const keys = byKind.get(kind)!;
    return keys[Math.floor(keys.length * rand() ** 2.5)]!;
  };
  const ev = { article: 'article:0', quote: 'цитата', start: 0, end: 6 };
  const add = (type: EdgeType, source: string, target: string, attrs: object, i: number) => {
    if (source !== target) g.addDirectedEdgeWithKey(edgeKey(type, source, target, String(i)), source, target, { type, ...attrs } as never);
  };
  const actors: NodeKind[] = ['Person', 'Person', 'State', 'Organization'];
  for (let i = 0; g.size < order * 5; i++) {
    const r = rand();
    const actor = pick(actors[i % actors.length]!);
    if (r < 0.45) add('MENTIONED_IN', actor, pick('Article'), { count: 1 }, i);
    else if (r < 0.7) add('MET', actor, pick('Person'), { date: `20${10 + (i % 14)}-05-0${1 + (i % 9)}`, evidence: [ev] }, i);
    else if (r < 0.9) add('PARTICIPATED_IN', actor, pick('Meeting'), { date: null, evidence: [ev] }, i);
    else add('HELD_IN', pick('Meeting'), pick('Place'), {}, i);
  }
  const dir = tempDir('diplograph-bench-');
  const file = join(dir, 'graph.json');
  writeFileSync(file, JSON.stringify(toSnapshot(g, { generator: 'bench', createdAt: '2024-01-01T00:00:00Z' })));
  return file;
}

interface Row {
  nodes: number;
  edges: number;
  firstRenderMs: number;
  layoutMs: number;
  fps: number;
  frameMs: number;
  /** The same pan with hideEdgesOnMove turned off: every edge redrawn each frame. */
  fpsAllEdges: number;
  /** Main-thread time of sigma's render() per frame: what the page itself spends, GPU work aside. */
  jsMs: number;
}

async function measure(browser: Browser, order: number): Promise<Row> {
  const file = generate(order);
  const served = await serve([file], 300_000);
  try {
    const started = Date.now();
    const { page } = await openViewer(browser, served.url, 1280, 800);
    const layoutMs = Date.now() - started;
    // tsx (esbuild, keepNames) wraps named functions in __name(); the page has no such helper.
    await page.evaluate('window.__name = (f) => f');
    await page.screenshot({ path: artifact(`bench-${order}.png`) });
    return await page.evaluate(async (panMs) => {
      const { app, firstRenderMs } = window.__viewer!;
      const sigma = app.view.sigma;
      const camera = sigma.getCamera();
      // Pan across the graph and back, zoomed out (everything on screen), counting frames as they come.
      const renderer = sigma as unknown as { render(): void };
      const render = renderer.render.bind(sigma);
      let jsTime = 0;
      let renders = 0;
      renderer.render = () => {
        const t = performance.now();
        render();
        jsTime += performance.now() - t;
        renders++;
      };
      const pan = async () => {
        const frames: number[] = [];
        let running = true;
        const tick = (t: number) => {
          frames.push(t);
          if (running) requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
        await camera.animate({ x: 0.2, y: 0.3 }, { duration: panMs / 2, easing: 'linear' });
        await camera.animate({ x: 0.8, y: 0.7 }, { duration: panMs / 2, easing: 'linear' });
        running = false;
        const span = (frames.at(-1)! - frames[0]!) / 1000;
        const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
        return { fps: Math.round(((frames.length - 1) / span) * 10) / 10, worst: Math.round(Math.max(...gaps)) };
      };
      const asShipped = await pan();
      const jsMs = Math.round((jsTime / Math.max(1, renders)) * 10) / 10;
      const hide = sigma.getSetting('hideEdgesOnMove');
      sigma.setSetting('hideEdgesOnMove', false);
      const allEdges = await pan();
      sigma.setSetting('hideEdgesOnMove', hide);
      return {
        nodes: app.data.order,
        edges: app.data.size,
        firstRenderMs: Math.round(firstRenderMs),
        fps: asShipped.fps,
        frameMs: asShipped.worst,
        fpsAllEdges: allEdges.fps,
        jsMs,
      };
    }, PAN_MS).then((r) => ({ ...r, layoutMs }));
  } finally {
    await served.stop();
  }
}

const browser = await launchChromium();
const rows: Row[] = [];
try {
  for (const size of SIZES) {
    rows.push(await measure(browser, size));
    process.stdout.write(`measured ${size} nodes\n`);
  }
} finally {
  await browser.close();
}
const header = ['nodes', 'edges', 'first render (ms)', 'ready + layout (ms)', 'pan fps', 'worst frame (ms)', 'render JS (ms/frame)', 'pan fps, edges drawn'];
const lines = rows.map((r) => [r.nodes, r.edges, r.firstRenderMs, r.layoutMs, r.fps, r.frameMs, r.jsMs, r.fpsAllEdges].map(String));
const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
const fmt = (cells: string[]) => `| ${cells.map((c, i) => c.padStart(widths[i]!)).join(' | ')} |`;
process.stdout.write(`\n${fmt(header)}\n|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|\n${lines.map(fmt).join('\n')}\n`);
process.stdout.write("Chromium headless, --disable-gpu: WebGL runs on SwiftShader (software) on this machine's CPU.\n");
process.stdout.write('"pan fps" is the viewer as shipped (edges hidden while the camera moves above 3000 edges).\n');
process.stdout.write(`load average during the run: ${loadavg().map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores\n`);
