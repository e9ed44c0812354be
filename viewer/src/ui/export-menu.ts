import type { KnowledgeGraph } from '../../../src/graph/model.ts';
import { byId } from '../dom.ts';
import { download } from '../export/download.ts';
import { viewAsPng } from '../export/png.ts';
import { filteredSnapshot } from '../export/subgraph.ts';
import { snapshotGexf } from '../../../src/export/gexf.ts';
import type { GraphView } from '../graph-view.ts';
import type { Visibility } from '../visibility.ts';

/** PNG of the view; snapshot JSON and GEXF of what the filters leave. */
export function bindExportMenu(data: KnowledgeGraph, view: GraphView, visibility: () => Visibility, report: (message: string) => void): void {
  const guard = (what: string, run: () => Promise<void> | void) => () => {
    Promise.resolve()
      .then(run)
      .catch((error: unknown) => report(`${what} failed: ${(error as Error).message}`));
  };
  byId('export-png').addEventListener('click', guard('PNG export', async () => download(await viewAsPng(view.sigma), 'diplograph.png')));
  byId('export-json').addEventListener(
    'click',
    guard('Snapshot export', () => download(new Blob([`${JSON.stringify(filteredSnapshot(data, visibility()), null, 2)}\n`], { type: 'application/json' }), 'graph.json')),
  );
  byId('export-gexf').addEventListener(
    'click',
    guard('GEXF export', () => download(new Blob([...snapshotGexf(filteredSnapshot(data, visibility()))], { type: 'application/xml' }), 'graph.gexf')),
  );
}
