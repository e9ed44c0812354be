import type { EdgeAttributes, NodeAttributes, Snapshot } from '../schema/index.ts';

/** One attribute that differs; `old` or `new` is missing when the attribute is absent on that side. */
export interface AttributeChange {
  attribute: string;
  old?: unknown;
  new?: unknown;
}

export interface ChangedEntry {
  key: string;
  changes: AttributeChange[];
}

export interface NodeEntry {
  key: string;
  attributes: NodeAttributes;
}

export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

export interface SectionDiff<T> {
  added: T[];
  removed: T[];
  changed: ChangedEntry[];
}

export interface SnapshotDiff {
  nodes: SectionDiff<NodeEntry>;
  edges: SectionDiff<EdgeEntry>;
}

/** Nodes and edges added, removed and changed from `a` to `b`, matched by key; everything sorted by key. */
export function diffSnapshots(a: Snapshot, b: Snapshot): SnapshotDiff {
  const flatEdge = (e: EdgeEntry) => ({ source: e.source, target: e.target, ...e.attributes });
  return {
    nodes: diffSection(a.nodes, b.nodes, (n) => n.attributes),
    edges: diffSection(a.edges, b.edges, flatEdge),
  };
}

function diffSection<T extends { key: string }>(before: T[], after: T[], fields: (entry: T) => object): SectionDiff<T> {
  const old = new Map(before.map((e) => [e.key, e]));
  const now = new Map(after.map((e) => [e.key, e]));
  const section: SectionDiff<T> = { added: [], removed: [], changed: [] };
  for (const [key, entry] of now) {
    const previous = old.get(key);
    if (!previous) {
      section.added.push(entry);
      continue;
    }
    const changes = diffFields(fields(previous), fields(entry));
    if (changes.length > 0) section.changed.push({ key, changes });
  }
  for (const [key, entry] of old) if (!now.has(key)) section.removed.push(entry);
  section.added.sort(byKey);
  section.removed.sort(byKey);
  section.changed.sort(byKey);
  return section;
}

function diffFields(before: object, after: object): AttributeChange[] {
  const a = before as Record<string, unknown>;
  const b = after as Record<string, unknown>;
  const names = [...new Set([...Object.keys(a), ...Object.keys(b)])].sort();
  const changes: AttributeChange[] = [];
  for (const attribute of names) {
    const old = a[attribute];
    const now = b[attribute];
    if (deepEqual(old, now)) continue;
    changes.push({ attribute, ...(old === undefined ? {} : { old }), ...(now === undefined ? {} : { new: now }) });
  }
  return changes;
}

/** Structural equality of JSON values; object key order does not matter. */
export function deepEqual(x: unknown, y: unknown): boolean {
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((v, i) => deepEqual(v, y[i]));
  const xo = x as Record<string, unknown>;
  const yo = y as Record<string, unknown>;
  const keys = Object.keys(xo).filter((k) => xo[k] !== undefined);
  if (keys.length !== Object.keys(yo).filter((k) => yo[k] !== undefined).length) return false;
  return keys.every((k) => deepEqual(xo[k], yo[k]));
}

export interface DiffCounts {
  added: number;
  removed: number;
  changed: number;
}

export function diffCounts(diff: SnapshotDiff): { nodes: DiffCounts; edges: DiffCounts } {
  const count = (s: SectionDiff<unknown>) => ({ added: s.added.length, removed: s.removed.length, changed: s.changed.length });
  return { nodes: count(diff.nodes), edges: count(diff.edges) };
}

export function isEmptyDiff(diff: SnapshotDiff): boolean {
  const { nodes, edges } = diffCounts(diff);
  return nodes.added + nodes.removed + nodes.changed + edges.added + edges.removed + edges.changed === 0;
}

/** "+3 nodes, -1 node, ~2 nodes changed; +5 edges, -0 edges, ~0 edges changed". */
export function diffSummary(diff: SnapshotDiff): string {
  const counts = diffCounts(diff);
  const part = (c: DiffCounts, noun: string) => {
    const n = (k: number) => `${k} ${noun}${k === 1 ? '' : 's'}`;
    return `+${n(c.added)}, -${n(c.removed)}, ~${n(c.changed)} changed`;
  };
  return `${part(counts.nodes, 'node')}; ${part(counts.edges, 'edge')}`;
}

function byKey(a: { key: string }, b: { key: string }): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}
