import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Vite from 'vite';

export const VIEWER_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = join(VIEWER_ROOT, 'dist');
const REPO_ROOT = resolve(VIEWER_ROOT, '..');

/** Everything the browser bundle is built from: a change to any of it makes viewer/dist stale. */
const SOURCES = [
  join(VIEWER_ROOT, 'index.html'),
  join(VIEWER_ROOT, 'vite.config.ts'),
  join(VIEWER_ROOT, 'src'),
  join(VIEWER_ROOT, 'shared'),
  join(REPO_ROOT, 'src/schema'),
  join(REPO_ROOT, 'src/graph'),
  join(REPO_ROOT, 'src/export'),
  join(REPO_ROOT, 'package-lock.json'),
];

export class ViewerBuildError extends Error {
  override name = 'ViewerBuildError';
}

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const info = statSync(path);
  if (!info.isDirectory()) return info.mtimeMs;
  let newest = info.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/** True when viewer/dist is missing or older than any of its sources. */
export function viewerIsStale(): boolean {
  const built = join(DIST_DIR, 'index.html');
  if (!existsSync(built)) return true;
  const builtAt = statSync(built).mtimeMs;
  return SOURCES.some((source) => newestMtime(source) > builtAt);
}

/**
 * Builds the browser app with Vite when viewer/dist is missing or stale, so a fresh clone needs no
 * build step. Builds into a scratch folder and renames it, so a server never sees half a bundle.
 */
export async function ensureViewerBuilt(log: (line: string) => void): Promise<void> {
  if (!viewerIsStale()) return;
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch (error) {
    throw new ViewerBuildError("the viewer is not built and Vite is not installed — run 'npm ci' (with dev dependencies)", { cause: error });
  }
  log('diplograph: building the viewer (once, after install or a change to its sources)…');
  const scratch = `${DIST_DIR}.tmp-${process.pid}`;
  try {
    await vite.build({ configFile: join(VIEWER_ROOT, 'vite.config.ts'), logLevel: 'silent', build: { outDir: scratch, emptyOutDir: true } });
    rmSync(DIST_DIR, { recursive: true, force: true });
    renameSync(scratch, DIST_DIR);
  } catch (error) {
    rmSync(scratch, { recursive: true, force: true });
    throw new ViewerBuildError(`building the viewer failed: ${(error as Error).message}`, { cause: error });
  }
}
