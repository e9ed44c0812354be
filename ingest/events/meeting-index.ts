// Scale (#8): which Meeting nodes a report could be about, without looking at every node of the graph for
// every report (that made merging quadratic in the corpus). A report joins a meeting only if they share a
// participant and their dates overlap, or they name the same place, or the meeting was reported in the same
// article — so meetings are filed under each participant by the years their date covers and by their place,
// and under the articles that reported them. findSameMeeting still applies every rule to what this returns.
import type { KnowledgeGraph } from '../../src/graph/model.ts';

interface MeetingIndex {
  /** Creation order: of equally good meetings the first created wins, as when every node was scanned in order. */
  order: Map<string, number>;
  /** `<participant>|y:<year>`, `<participant>|p:<place name>` and `<participant>|any` → meetings. */
  buckets: Map<string, Set<string>>;
  byArticle: Map<string, Set<string>>;
}

const indexes = new WeakMap<KnowledgeGraph, MeetingIndex>();

function add(map: Map<string, Set<string>>, key: string, meeting: string): void {
  const set = map.get(key);
  if (set) set.add(meeting);
  else map.set(key, new Set([meeting]));
}

/** Years an ISO date or range covers; "?" when it does not start with one. */
function years(date: string): string[] {
  const [from = '', to = from] = date.split('/');
  const [a, b] = [Number(from.slice(0, 4)), Number(to.slice(0, 4))];
  if (!Number.isInteger(a) || !Number.isInteger(b) || b < a || b - a > 200) return ['y:?'];
  return Array.from({ length: b - a + 1 }, (_, i) => `y:${a + i}`);
}

function tagsOf(date: string | null, place: string | null): string[] {
  return [...(date ? years(date) : []), ...(place ? [`p:${place}`] : [])];
}

function indexOf(graph: KnowledgeGraph): MeetingIndex {
  let index = indexes.get(graph);
  if (!index) {
    index = { order: new Map(), buckets: new Map(), byArticle: new Map() };
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
  // Every meeting is also filed under its participants alone, for reports whose date has no year.
  const tags = [...tagsOf(attrs.date ?? attrs.monthDay ?? null, attrs.place), 'any'];
  graph.forEachInNeighbor(key, (participant) => {
    for (const tag of tags) add(index.buckets, `${participant}|${tag}`, key);
  });
  if (article) add(index.byArticle, article, key);
}

/** Meetings a report could be about (a superset: a meeting may come twice), with their creation order. */
export function* candidateMeetings(graph: KnowledgeGraph, participants: string[], date: string | null, place: string | null, article: string): Generator<[string, number]> {
  const index = indexOf(graph);
  // A meeting whose date has no year to file it under is filed under "y:?": every dated report looks there.
  const tags = date?.startsWith('--') ? ['any'] : [...tagsOf(date, place), ...(date ? ['y:?'] : [])];
  const withOrder = function* (meetings: Iterable<string>): Generator<[string, number]> {
    for (const m of meetings) yield [m, index.order.get(m) ?? Infinity];
  };
  yield* withOrder(index.byArticle.get(article) ?? []);
  for (const p of participants) for (const tag of tags) yield* withOrder(index.buckets.get(`${p}|${tag}`) ?? []);
}

/** Drops a graph's index (it is rebuilt from the graph if needed again): the merge is over, memory is not. */
export function forgetMeetingIndex(graph: KnowledgeGraph): void {
  indexes.delete(graph);
}
