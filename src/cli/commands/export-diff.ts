import { diffCounts, diffSnapshots, diffSummary, type ChangedEntry, type EdgeEntry, type NodeEntry, type SnapshotDiff } from '../../graph/diff.ts';
import { edgeKey } from '../../graph/model.ts';
import { out } from '../io.ts';
import { loadOrReport } from './export-source.ts';

const MAX_VALUE = 160;

/** A value for people: JSON, shortened; "(absent)" when there is none. */
function show(value: unknown): string {
  if (value === undefined) return '(absent)';
  const text = JSON.stringify(value);
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** Names may hold line breaks; one entry stays on one line. */
// eslint-disable-next-line no-control-regex -- control characters are what gets escaped
const oneLine = (text: string) => text.replace(/[\u0000-\u001F]/g, (c) => JSON.stringify(c).slice(1, -1));

const describeNode = (n: NodeEntry) => `${oneLine(n.key)}  ${n.attributes.kind} «${oneLine(n.attributes.name)}»`;

/** The edge by type and ends, with its key when that is not the one derived from them. */
function describeEdge(e: EdgeEntry): string {
  const text = `${e.attributes.type} ${e.source} → ${e.target}`;
  return oneLine(e.key === edgeKey(e.attributes.type, e.source, e.target) ? text : `${text}  [${e.key}]`);
}

function section<T>(title: string, mark: string, items: T[], describe: (item: T) => string): string[] {
  if (items.length === 0) return [];
  return [`${title} (${items.length}):`, ...items.map((item) => `  ${mark} ${describe(item)}`)];
}

function changedSection(title: string, items: ChangedEntry[]): string[] {
  if (items.length === 0) return [];
  return [
    `${title} (${items.length}):`,
    ...items.flatMap((c) => [`  ~ ${oneLine(c.key)}`, ...c.changes.map((ch) => `      ${ch.attribute}: ${show(ch.old)} → ${show(ch.new)}`)]),
  ];
}

export function formatDiff(diff: SnapshotDiff): string {
  return [
    ...section('nodes added', '+', diff.nodes.added, describeNode),
    ...section('nodes removed', '-', diff.nodes.removed, describeNode),
    ...changedSection('nodes changed', diff.nodes.changed),
    ...section('edges added', '+', diff.edges.added, describeEdge),
    ...section('edges removed', '-', diff.edges.removed, describeEdge),
    ...changedSection('edges changed', diff.edges.changed),
    diffSummary(diff),
  ].join('\n');
}

/** Prints what changed from snapshot a to snapshot b; exit 0 whether or not they differ, 1 when one is invalid. */
export async function runDiff(a: string, b: string, options: { json: boolean }): Promise<number> {
  const [before, after] = [await loadOrReport(a, 'diff'), await loadOrReport(b, 'diff')];
  if (!before || !after) return 1;
  const diff = diffSnapshots(before, after);
  if (options.json) out(JSON.stringify({ a, b, summary: diffSummary(diff), counts: diffCounts(diff), ...diff }, null, 2));
  else out(formatDiff(diff));
  return 0;
}
