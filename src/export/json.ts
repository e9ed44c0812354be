import type { Snapshot } from '../schema/index.ts';
import type { Chunks } from './types.ts';

/** JSON.stringify(value, null, 1) as it reads nested `depth` levels deep. */
function indented(value: unknown, depth: number): string {
  return JSON.stringify(value, null, 1).replaceAll('\n', `\n${' '.repeat(depth)}`);
}

function* array(name: string, items: readonly unknown[], last: boolean): Chunks {
  const end = last ? '\n' : ',\n';
  if (items.length === 0) {
    yield ` "${name}": []${end}`;
    return;
  }
  yield ` "${name}": [\n`;
  for (let i = 0; i < items.length; i++) yield `  ${indented(items[i], 2)}${i < items.length - 1 ? ',' : ''}\n`;
  yield ` ]${end}`;
}

/**
 * The snapshot itself (graphology's serialization with our manifest attributes), byte for byte what
 * `ingest` writes — JSON.stringify(snapshot, null, 1) — but produced node by node.
 */
export function* snapshotJson(snapshot: Snapshot): Chunks {
  yield `{\n "attributes": ${indented(snapshot.attributes, 1)},\n "options": ${indented(snapshot.options, 1)},\n`;
  yield* array('nodes', snapshot.nodes, false);
  yield* array('edges', snapshot.edges, true);
  yield '}\n';
}
