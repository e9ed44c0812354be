import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import { articleKey, GENEVA_MET_QUOTE, LAVROV, TIME_STOPS, VIEWER_TOTALS, writeViewerFixture, XSS_IMG, XSS_PERSON, XSS_QUOTE, XSS_SCRIPT } from '../fixtures/viewer-graph.ts';
import { tempDir } from '../helpers.ts';
import { artifact, counts, HAS_CHROMIUM, launchChromium, openViewer, serve, setRange, type Served } from './viewer-harness.ts';

async function search(page: Page, text: string): Promise<string[]> {
  await page.fill('#search-input', text);
  await page.waitForSelector('#search-results li', { timeout: 5000 });
  return page.locator('#search-results li').evaluateAll((items) => items.map((li) => li.getAttribute('data-key') ?? ''));
}

async function pick(page: Page, text: string, key: string): Promise<void> {
  expect(await search(page, text)).toContain(key);
  await page.locator(`#search-results li[data-key="${key}"]`).dispatchEvent('mousedown');
  await page.waitForSelector('#panel:not([hidden])');
}

const panelTitle = (page: Page) => page.locator('#panel .panel-title').textContent();

describe.skipIf(!HAS_CHROMIUM)('diplograph serve: the viewer in Chromium', () => {
  let served: Served;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    const dir = tempDir('diplograph-viewer-');
    writeViewerFixture(dir);
    served = await serve([dir]);
    browser = await launchChromium();
    ({ page, errors } = await openViewer(browser, served.url));
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('draws the whole graph, with a legend of kinds and edge types', async () => {
    expect(served.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    expect(await counts(page)).toEqual({ nodes: VIEWER_TOTALS.nodes, edges: VIEWER_TOTALS.edges });
    expect(await page.locator('#legend-kinds .legend-row').count()).toBe(7);
    expect(await page.locator('#legend-types .legend-row').count()).toBe(9);
    await page.screenshot({ path: artifact('viewer-overview.png') });
  });

  it('finds a node by any form of its name, zooms to it and opens its details', async () => {
    expect((await search(page, 'Лаврова'))[0]).toBe(LAVROV);
    expect((await search(page, 'лавр'))[0]).toBe(LAVROV);
    expect((await search(page, 'LAVROV'))[0]).toBe(LAVROV);
    expect((await search(page, 'q40188'))[0]).toBe(LAVROV);
    expect(await search(page, 'договоренность')).toEqual(['treaty:security-guarantees']);
    expect(await search(page, 'Встрёча в пек')).toEqual(['meeting:2022-03-30-beijing']);

    await page.fill('#search-input', 'Лаврова');
    await page.waitForSelector('#search-results li');
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#panel:not([hidden])');
    expect(await panelTitle(page)).toBe('Сергей Лавров');
    expect(await page.locator('#panel .roles li').first().textContent()).toContain('министр иностранных дел — Россия');
    expect(await page.locator('#panel a[href="https://www.wikidata.org/wiki/Q40188"]').count()).toBe(1);
    expect(await page.locator('#panel .aliases').textContent()).toContain('Лаврова');
    expect(await page.locator('#panel .mentions li').count()).toBe(3);
    expect(await page.locator('#panel section[data-type="MET"] li').count()).toBe(3);
    await page.waitForTimeout(700);
    expect(await page.evaluate(() => window.__viewer?.app.view.sigma.getCamera().ratio)).toBeLessThan(0.5);
    await page.screenshot({ path: artifact('viewer-search-panel.png') });
  });

  it("shows an edge's evidence sentence, the cue marked, with its article's title, outlet and date", async () => {
    await page.locator('#panel section[data-type="MET"] li[data-edge="MET:person:sergey-lavrov->person:antony-blinken"] .relation-open').click();
    expect(await panelTitle(page)).toBe('Сергей Лавров → Энтони Блинкен');
    expect(await page.locator('#panel .quote').first().textContent()).toBe(GENEVA_MET_QUOTE);
    expect(await page.locator('#panel .quote mark.cue').first().textContent()).toBe('провели переговоры');
    const source = await page.locator('#panel .source').first().textContent();
    expect(source).toContain('Лавров и Блинкен провели переговоры в Женеве');
    expect(source).toContain('Дипвестник, 2022-01-21');
    await page.screenshot({ path: artifact('viewer-evidence.png') });
    await page.keyboard.press('Escape');
    expect(await page.locator('#panel').isHidden()).toBe(true);
  });

  it('the time slider shows meetings and claims up to its date; undated ones stay', async () => {
    for (const { stop, nodes, edges } of TIME_STOPS) {
      await setRange(page, '#time-slider', stop);
      expect({ stop, ...(await counts(page)) }).toEqual({ stop, nodes, edges });
      if (stop === 2) {
        expect(await page.locator('#time-label').textContent()).toBe('up to 2022-01-21');
        await page.screenshot({ path: artifact('viewer-time-2022-01-21.png') });
      }
    }
    expect(await page.locator('#time-label').textContent()).toBe('all dates (to 2023-02-15)');
  });

  it('the play button steps through the dates', async () => {
    await page.click('#time-play');
    await page.waitForFunction(() => (document.querySelector<HTMLInputElement>('#time-slider')?.value ?? '') === '1', undefined, { timeout: 5000 });
    await page.waitForFunction(() => document.querySelector<HTMLInputElement>('#time-slider')?.value === '4', undefined, { timeout: 10_000 });
    expect(await counts(page)).toEqual({ nodes: VIEWER_TOTALS.nodes, edges: VIEWER_TOTALS.edges });
  });

  it('filters by node kind, edge type and minimum degree', async () => {
    await page.uncheck('input[data-filter="kind:Article"]');
    expect(await counts(page)).toEqual({ nodes: 17, edges: 20 });
    await page.screenshot({ path: artifact('viewer-no-articles.png') });
    await page.check('input[data-filter="kind:Article"]');
    await page.uncheck('input[data-filter="type:MENTIONED_IN"]');
    expect(await counts(page)).toEqual({ nodes: 20, edges: 20 });
    await page.check('input[data-filter="type:MENTIONED_IN"]');
    // Degree 5 or more: Лавров (9), Блинкен (5) and the three articles (7, 5, 5); between them MET and 4 mentions.
    await setRange(page, '#min-degree', 5);
    expect(await counts(page)).toEqual({ nodes: 5, edges: 5 });
    await setRange(page, '#min-degree', 0);
    expect(await counts(page)).toEqual({ nodes: VIEWER_TOTALS.nodes, edges: VIEWER_TOTALS.edges });
  });

  it('hovering a node dims all but its neighbours, without touching the graphs', async () => {
    const at = await page.evaluate(() => {
      const sigma = window.__viewer!.app.view.sigma;
      sigma.getCamera().setState({ x: 0.5, y: 0.5, ratio: 1, angle: 0 });
      sigma.refresh();
      const d = sigma.getNodeDisplayData('person:wang-yi')!;
      return sigma.framedGraphToViewport(d);
    });
    const box = (await page.locator('#graph').boundingBox())!;
    await page.mouse.move(box.x + at.x, box.y + at.y);
    await page.waitForFunction(() => window.__viewer?.app.store.get().hovered === 'person:wang-yi');
    const colours = await page.evaluate(() => {
      const { view, display } = window.__viewer!.app;
      const shown = (key: string) => view.sigma.getNodeDisplayData(key)!.color;
      return { neighbour: shown('person:sergey-lavrov'), other: shown('state:usa'), stored: display.getNodeAttribute('state:usa', 'color') };
    });
    expect(colours.other).toBe('#e3e6ea');
    expect(colours.neighbour).not.toBe('#e3e6ea');
    expect(colours.stored).not.toBe('#e3e6ea');
    await page.screenshot({ path: artifact('viewer-hover.png') });
    await page.mouse.move(box.x + 2, box.y + 2);
    await page.waitForFunction(() => window.__viewer?.app.store.get().hovered === null);
  });

  it('ego mode keeps the selected node and its neighbours, to depth 1 or 2', async () => {
    await pick(page, 'Ван И', 'person:wang-yi');
    await page.selectOption('#ego-depth', '1');
    expect(await counts(page)).toEqual({ nodes: 5, edges: 8 });
    await page.screenshot({ path: artifact('viewer-ego-1.png') });
    await page.selectOption('#ego-depth', '2');
    expect(await counts(page)).toEqual({ nodes: 12, edges: 22 });
    await page.selectOption('#ego-depth', '0');
    expect(await counts(page)).toEqual({ nodes: VIEWER_TOTALS.nodes, edges: VIEWER_TOTALS.edges });
  });

  it('exports the view as a PNG with content', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-png')]);
    const file = artifact('viewer-export.png');
    await download.saveAs(file);
    const png = readFileSync(file);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBeGreaterThan(500);
    expect(png.readUInt32BE(20)).toBeGreaterThan(300);
    // Decoded by the browser: enough non-white pixels and colours to be a drawn graph, not a blank canvas.
    const stats = await page.evaluate(async (base64) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const image = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(image.width, image.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(image, 0, 0);
      const data = ctx.getImageData(0, 0, image.width, image.height).data;
      let ink = 0;
      const colours = new Set<number>();
      for (let i = 0; i < data.length; i += 4) {
        if (data[i]! < 240 || data[i + 1]! < 240 || data[i + 2]! < 240) ink++;
        colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
      }
      return { ink, colours: colours.size };
    }, png.toString('base64'));
    expect(stats.ink).toBeGreaterThan(2000);
    expect(stats.colours).toBeGreaterThan(20);
  });

  it('exports the filtered graph as a valid snapshot and as GEXF', async () => {
    await page.uncheck('input[data-filter="kind:Article"]');
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const jsonFile = artifact('viewer-export.json');
    await json.saveAs(jsonFile);
    const snapshot = parseSnapshot(readFileSync(jsonFile, 'utf8'), jsonFile);
    // The articles come back only as the evidence's sources, so that the snapshot stays valid.
    expect(snapshot.nodes.filter((n) => n.attributes.kind !== 'Article')).toHaveLength(17);
    expect(snapshot.nodes.filter((n) => n.attributes.kind === 'Article').map((n) => n.key).sort()).toEqual(['geneva', 'beijing', 'antalya'].map((a) => articleKey(a as 'geneva')).sort());
    expect(snapshot.edges).toHaveLength(20);
    expect(snapshot.edges.some((e) => e.attributes.type === 'MENTIONED_IN')).toBe(false);

    const [gexf] = await Promise.all([page.waitForEvent('download'), page.click('#export-gexf')]);
    const gexfFile = artifact('viewer-export.gexf');
    await gexf.saveAs(gexfFile);
    const xml = readFileSync(gexfFile, 'utf8');
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml.match(/<node /g)).toHaveLength(20);
    expect(xml.match(/<edge /g)).toHaveLength(20);
    await page.check('input[data-filter="kind:Article"]');
  });

  it('shows untrusted names, titles and quotes as text, never as HTML', async () => {
    expect(await search(page, '<img')).toEqual([XSS_PERSON]);
    expect(await page.locator('#search-results li .hit-name').first().textContent()).toBe(XSS_IMG);
    await pick(page, '<img', XSS_PERSON);
    expect(await panelTitle(page)).toBe(XSS_IMG);
    expect(await page.locator('#panel .aliases').textContent()).toContain(XSS_SCRIPT);
    await page.locator('#panel section[data-type="PARTICIPATED_IN"] .relation-open').first().click();
    expect(await page.locator('#panel .quote').first().textContent()).toBe(XSS_QUOTE);
    expect(await page.locator('#panel .quote mark.cue').first().textContent()).toBe('заявил');
    const source = await page.locator('#panel .source').first().textContent();
    expect(source).toContain(`Саммит ${XSS_SCRIPT} в Анталье`);
    expect(source).toContain(`Лента ${XSS_IMG}`);
    await page.screenshot({ path: artifact('viewer-xss.png') });

    await page.locator('#panel .source .article-title').first().click();
    expect(await panelTitle(page)).toBe(`Саммит ${XSS_SCRIPT} в Анталье`);
    expect(await page.locator('#panel script, #panel img, #search-results img, #search-results script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  });

  it('ran without page errors', () => {
    expect(errors).toEqual([]);
  });
});
