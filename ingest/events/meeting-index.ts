// Scale (#8): which Meeting nodes a report could be about, without looking at every node of the graph for
// every report (that made merging quadratic in the corpus). A report joins a meeting only if they share a
// participant and their dates overlap, or they name the same place, or the meeting was reported in the same
// article — so meetings are filed under each participant by the years their date covers and by their place,
// and under the articles that reported them. findSameMeeting still applies every rule to what this returns.
import type { KnowledgeGraph } from '../../src/graph/model.ts';
import { isYearless } from './dates.ts';

interface MeetingIndex {
  /** The years each participant's meetings are filed under, for reports whose date has no year. */
  years: Map<string, Set<number>>;
  /** Creation order: of equally good meetings the first created wins, as when every node was scanned in order. */
  order: Map<string, number>;
  /** `<participant>|m:<year>-<month>`, `|y:<year>` (no month), `|m:?-<month>` (no year), `|p:<place name>` → meetings. */
  buckets: Map<string, Set<string>>;
  byArticle: Map<string, Set<string>>;
}

const indexes = new WeakMap<KnowledgeGraph, MeetingIndex>();

function add(map: Map<string, Set<string>>, key: string, meeting: string): void {
  const set = map.get(key);
  if (set) set.add(meeting);
  else map.set(key, new Set([meeting]));
}

/** "2022-01-09/2022-01-10" → its bounds as [year, month | null] pairs; null when it has no year ("--06-16"). */
function bounds(date: string): [[number, number | null], [number, number | null]] | null {
  const [from = '', to = from] = date.split('/');
  const part = (d: string): [number, number | null] => [Number(d.slice(0, 4)), d.length >= 7 ? Number(d.slice(5, 7)) : null];
  const [a, b] = [part(from), part(to)];
  return Number.isInteger(a[0]) && Number.isInteger(b[0]) && b[0] >= a[0] && b[0] - a[0] <= 200 ? [a, b] : null;
}

const pad = (month: number) => String(month).padStart(2, '0');
const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

/** Where a meeting is filed by its date: the months it covers, its year when no month is known, "m:?-MM" without a year. */
function filedUnder(date: string): string[] {
  if (isYearless(date)) return [`m:?-${date.slice(2, 4)}`];
  const b = bounds(date);
  if (!b) return ['y:?'];
  const [[y1, m1], [y2, m2]] = b;
  if (m1 === null || m2 === null || (y2 - y1) * 12 + m2 - m1 > 24) return Array.from({ length: y2 - y1 + 1 }, (_, i) => `y:${y1 + i}`);
  const tags: string[] = [];
  for (let y = y1, m = m1; y < y2 || (y === y2 && m <= m2); m === 12 ? ((m = 1), y++) : m++) tags.push(`m:${y}-${pad(m)}`);
  return tags;
}

/** Where meetings a report with this date could be about are filed; `years` are the participant's known years. */
function lookIn(date: string, years: Iterable<number>): string[] {
  if (isYearless(date)) {
    const month = date.slice(2, 4);
    return [`m:?-${month}`, ...[...years].flatMap((y) => [`m:${y}-${month}`, `y:${y}`])];
  }
  const b = bounds(date);
  if (!b) return ['y:?'];
  const [[y1, m1], [y2, m2]] = b;
  const tags = ['y:?'];
  for (let y = y1; y <= y2; y++) {
    tags.push(`y:${y}`);
    const months = MONTHS.filter((m) => (y > y1 || m1 === null || m >= m1) && (y < y2 || m2 === null || m <= m2));
    for (const m of months) tags.push(`m:${y}-${pad(m)}`, `m:?-${pad(m)}`);
  }
  return [...new Set(tags)];
}

function indexOf(graph: KnowledgeGraph): MeetingIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = { years: new Map(), order: new Map(), buckets: new Map(), byArticle: new Map() };
    indexes.set(graph, index);
    const built = index;
    graph.forEachNode((key, attrs) => {
      if (attrs.kind !== 'Meeting') return;
      indexMeeting(graph, key);
      graph.forEachInEdge(key, (_e, edge) => {
        if (edge.type === 'PARTICIPATED_IN') for (const ev of edge.evidence) add(built.byArticle, ev.article, key);
      });
    });
  }
  return index;
}

/**
 * Files a meeting under its participants by its date and place as they are now, and under `article`. Entries
 * are only added: a meeting whose date or place was refined stays findable both ways, which is harmless.
 */
export function indexMeeting(graph: KnowledgeGraph, key: string, article?: string): void {
  const index = indexOf(graph);
  if (!index.order.has(key)) index.order.set(key, index.order.size);
  const attrs = graph.getNodeAttributes(key);
  if (attrs.kind !== 'Meeting') return;
  const date = attrs.date ?? attrs.monthDay ?? null;
  const tags = [...(date ? filedUnder(date) : []), ...(attrs.place ? [`p:${attrs.place}`] : [])];
  const years = tags.filter((t) => /^[my]:\d/.test(t)).map((t) => Number(t.slice(2, 6)));
  graph.forEachInNeighbor(key, (participant) => {
    for (const tag of tags) add(index.buckets, `${participant}|${tag}`, key);
    if (years.length > 0) {
      const known = index.years.get(participant) ?? index.years.set(participant, new Set()).get(participant)!;
      for (const y of years) known.add(y);
    }
  });
  if (article) add(index.byArticle, article, key);
}

/** Meetings a report could be about (a superset: a meeting may come twice), with their creation order. */
export function* candidateMeetings(graph: KnowledgeGraph, participants: string[], date: string | null, place: string | null, article: string): Generator<[string, number]> {
  const index = indexOf(graph);
  const withOrder = function* (meetings: Iterable<string>): Generator<[string, number]> {
    for (const m of meetings) yield [m, index.order.get(m) ?? Infinity];
  };
  yield* withOrder(index.byArticle.get(article) ?? []);
  for (const p of participants) {
    const tags = [...(date ? lookIn(date, index.years.get(p) ?? []) : []), ...(place ? [`p:${place}`] : [])];
    for (const tag of tags) yield* withOrder(index.buckets.get(`${p}|${tag}`) ?? []);
  }
}

/** Drops a graph's index (it is rebuilt from the graph if needed again): the merge is over, memory is not. */
export function forgetMeetingIndex(graph: KnowledgeGraph): void {
  indexes.delete(graph);
}
