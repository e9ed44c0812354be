import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

// A full garbage collection between the phases of a big merge: V8 sizes its heap by what survived the last
// full collection, so collecting when a phase's garbage is dead keeps the peak near the live graph instead
// of the live graph plus the garbage of every phase (100k articles: see README, scale).
let collect: (() => void) | null | undefined;

/** Collects garbage now when the runtime allows it; otherwise does nothing. */
export function collectGarbage(): void {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collect = runInNewContext('gc') as () => void;
    } catch {
      collect = null;
    }
  }
  collect?.();
}
