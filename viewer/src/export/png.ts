import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';

/**
 * The current view as a PNG: sigma draws on stacked canvases (edges and nodes in WebGL, labels in 2D),
 * composited here on white. Rendering synchronously first keeps the WebGL buffers readable in this task.
 */
export async function viewAsPng<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): Promise<Blob> {
  sigma.refresh();
  const canvases = Array.from(sigma.getContainer().querySelectorAll('canvas'));
  const first = canvases[0];
  if (!first) throw new Error('viewer: nothing to export, the graph has no canvas');
  const out = document.createElement('canvas');
  out.width = first.width;
  out.height = first.height;
  const ctx = out.getContext('2d');
  if (!ctx) throw new Error('viewer: cannot create a 2D canvas for the export');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, out.width, out.height);
  for (const canvas of canvases) {
    if (canvas.width > 0 && canvas.height > 0) ctx.drawImage(canvas, 0, 0, out.width, out.height);
  }
  return new Promise((resolve, reject) => out.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('viewer: PNG encoding failed'))), 'image/png'));
}
