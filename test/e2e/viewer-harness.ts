import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { ROOT } from '../helpers.ts';

// Shared by the viewer's end-to-end tests and benchmark: the real `diplograph serve` as a child process,
// Debian's Chromium driven by playwright-core.

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Viewer tests run where Chromium is installed; under CI a missing browser fails them instead. */
export const HAS_CHROMIUM = existsSync(CHROMIUM) || Boolean(process.env.CI);
export const ARTIFACTS = join(ROOT, 'test/artifacts');

export interface Served {
  url: string;
  stdout: () => string;
  stderr: () => string;
  stop(): Promise<number | null>;
}

/** Starts `diplograph serve <args> --port 0` and resolves with the URL it prints; `env` adds to (or, undefined, removes from) the environment. */
export function serve(args: string[], timeoutMs = 120_000, env: Record<string, string | undefined> = {}): Promise<Served> {
  // A NEO4J_URI in the developer's shell would turn on the Neo4j mode: tests that want it pass it in `env`.
  const merged: NodeJS.ProcessEnv = { ...process.env, CI: '1', NEO4J_URI: undefined, ...env };
  for (const [k, v] of Object.entries(merged)) if (v === undefined) delete merged[k];
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [join(ROOT, 'src/cli/bin.mjs'), 'serve', ...args, '--port', '0'], {
    cwd: ROOT,
    env: merged,
  });
  let stdout = '';
  let stderr = '';
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    return exited;
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`serve did not print its URL in ${timeoutMs} ms; stderr: ${stderr}`));
    }, timeoutMs);
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      const url = /viewer at (http:\/\/\S+)/.exec(stdout)?.[1];
      if (url) {
        clearTimeout(timer);
        resolve({ url, stdout: () => stdout, stderr: () => stderr, stop });
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening; stderr: ${stderr}`));
    });
  });
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens the viewer and waits until the graph is drawn and laid out. */
export async function openViewer(browser: Browser, url: string, width = 1400, height = 860): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width, height }, acceptDownloads: true });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(url);
  await page.waitForFunction(() => document.body.dataset.ready !== 'false', undefined, { timeout: 60_000 });
  await page.waitForFunction(() => document.body.dataset.layout === 'done', undefined, { timeout: 60_000 });
  return { page, errors };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export async function counts(page: Page): Promise<{ nodes: number; edges: number }> {
  const read = async (id: string) => Number(await page.locator(`#${id}`).getAttribute('data-value'));
  return { nodes: await read('count-nodes'), edges: await read('count-edges') };
}

/** Sets a range input as a user dragging it would: value, then an input event. */
export async function setRange(page: Page, selector: string, value: number): Promise<void> {
  await page.locator(selector).evaluate((input: HTMLInputElement, v) => {
    input.value = String(v);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  }, value);
}
