import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/graph/snapshot.ts';
import type { Snapshot } from '../../src/schema/index.ts';
import { HAS_SHARED, runCli, SEEDS, tempDir } from '../helpers.ts';
import { artifact, HAS_CHROMIUM, launchChromium, openViewer, serve, type Served } from './viewer-harness.ts';

// The user's seed articles, end to end: ingest, serve, find Лавров by an inflected form, read the evidence.
describe.skipIf(!HAS_SHARED || !HAS_CHROMIUM)('the viewer on the seed articles (../shared/seeds)', () => {
  const out = tempDir('diplograph-seeds-viewer-');
  let snapshot: Snapshot;
  let served: Served | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    const run = runCli(['ingest', SEEDS, '--out', out]);
    expect(run.status, run.stderr).toBe(0);
    snapshot = parseSnapshot(readFileSync(join(out, 'graph.json'), 'utf8'), 'graph.json');
    served = await serve([out]);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });

  it('searching "Лаврова" opens the Person "Сергей Лавров" with an evidence sentence', async () => {
    const lavrov = snapshot.nodes.find((n) => n.attributes.kind === 'Person' && n.attributes.name === 'Сергей Лавров');
    expect(lavrov, 'the seeds yield a Person node "Сергей Лавров"').toBeDefined();

    const { page, errors } = await openViewer(browser!, served!.url);
    await page.fill('#search-input', 'Лаврова');
    await page.waitForTimeout(300);
    const hits = await page.locator('#search-results li').evaluateAll((items) => items.map((li) => li.getAttribute('data-key')));
    expect(hits[0], '"Лаврова" finds Сергей Лавров first').toBe(lavrov!.key);
    await page.press('#search-input', 'Enter');
    await page.waitForSelector('#panel:not([hidden])');
    expect(await page.locator('#panel .panel-title').textContent()).toBe('Сергей Лавров');
    expect(await page.locator('#panel .panel-kind').textContent()).toBe('Person');

    // Any of his claims: its evidence, as shown, is a sentence of one of the ingested articles.
    await page.locator('#panel section.relations .relation:has(.preview) .relation-open').first().click();
    const quote = (await page.locator('#panel .quote').first().textContent({ timeout: 5000 })) ?? '';
    expect(quote.length).toBeGreaterThan(10);
    const texts = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { text: string }).text);
    expect(texts.some((text) => text.includes(quote)), `"${quote}" is in an ingested article`).toBe(true);
    await page.screenshot({ path: artifact('viewer-seeds.png') });
    expect(errors).toEqual([]);
  });
});
