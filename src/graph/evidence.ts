import type { Evidence } from '../schema/index.ts';

/**
 * Puts evidence into its place in a list kept sorted by `compare`, unless the list has it already (compare 0).
 * In place, by binary search: a meeting or an office that thousands of articles report gathers thousands.
 */
export function insertEvidence(list: Evidence[], item: Evidence, compare: (a: Evidence, b: Evidence) => number): void {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compare(list[mid]!, item) < 0) low = mid + 1;
    else high = mid;
  }
  const at = list[low];
  if (at && compare(at, item) === 0) return;
  list.splice(low, 0, item);
}
