/** Kinds whose participants of one held meeting met each other: people with people, states with states. */
const MEETING_KINDS = new Set(['Person', 'State']);

/**
 * The MET pairs of a held meeting: every two participants of one kind, Person or State, each pair once in key
 * order. A minister does not "meet" the state he represents, nor an organization its own state.
 */
export function metPairs(participants: ReadonlyArray<{ key: string; kind: string }>): Array<[string, string]> {
  const byKind = new Map<string, string[]>();
  for (const { key, kind } of participants) {
    if (!MEETING_KINDS.has(kind)) continue;
    const list = byKind.get(kind) ?? [];
    if (!list.includes(key)) list.push(key);
    byKind.set(kind, list);
  }
  const pairs: Array<[string, string]> = [];
  for (const members of byKind.values()) {
    const sorted = [...members].sort();
    for (let i = 0; i < sorted.length; i++) for (let j = i + 1; j < sorted.length; j++) pairs.push([sorted[i]!, sorted[j]!]);
  }
  return pairs;
}
