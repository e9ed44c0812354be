import './styles.css';
import { SnapshotError } from '../../src/graph/snapshot.ts';
import { App } from './app.ts';
import { byId } from './dom.ts';
import { connect } from './source.ts';

/** What tests and the benchmark read from the page (never used by the app itself). */
export interface ViewerHandle {
  app: App;
  /** Milliseconds from navigation start to the first frame with the graph on screen. */
  firstRenderMs: number;
}

declare global {
  interface Window {
    __viewer?: ViewerHandle;
  }
}

function fail(message: string): void {
  const status = byId('status');
  status.textContent = message;
  status.hidden = false;
  status.classList.add('error');
  document.body.dataset.ready = 'error';
}

async function boot(): Promise<void> {
  const source = await connect();
  const snapshot = await source.load();
  const app = new App(snapshot, source);
  byId('status').hidden = true;
  await new Promise((frame) => requestAnimationFrame(frame));
  window.__viewer = { app, firstRenderMs: performance.now() };
  document.body.dataset.ready = 'true';
  void app.runLayout();
}

boot().catch((error: unknown) => {
  if (error instanceof SnapshotError) fail(`The snapshot is not valid: ${error.problems.slice(0, 3).join('; ')}`);
  else fail(`The viewer could not start: ${(error as Error).message}`);
});
