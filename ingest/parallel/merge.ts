import { createGraph, type KnowledgeGraph } from '../../src/graph/model.ts';
import type { Article } from '../article.ts';
import { addArticle, addEntities, addStructure, ensureNode, ownCopy } from '../build.ts';
import { addEvents, addMetEdges, nameMeetings } from '../events/graph.ts';
import { forgetMeetingIndex } from '../events/meeting-index.ts';
import { defaultKnowledgeBase, type KnowledgeBase } from '../kb/load.ts';
import type { MentionLog } from './mention-log.ts';
import { collectGarbage } from './collect.ts';
import type { ExtractionStore } from './store.ts';
import type { EventExtraction } from '../events/extract.ts';
import type { ArticleExtraction } from './types.ts';

/**
 * Builds the graph from every stored article, one record in memory at a time, in canonical order (publication
 * time, then key). Merging — meetings above all — depends on the order articles come in; taking them in an
 * order fixed by the articles themselves makes the graph a function of the set of articles: the same
 * whatever the order of the inputs, the number of workers, or how many runs (`--into`) brought them.
 * With `mentions`, MENTIONED_IN edges go there instead of into the graph (see MentionLog).
 */
export function mergeStore(store: ExtractionStore, kb: KnowledgeBase = defaultKnowledgeBase(), mentions?: MentionLog, onMerged?: (done: number, total: number) => void): KnowledgeGraph {
  const graph = createGraph();
  const partOf = new Map<string, string>();
  const order = store.canonical();
  try {
    for (const [index, entry] of order.entries()) {
      onMerged?.(index + 1, order.length);
      const { article, extraction } = store.read(entry);
      mergeArticle(graph, article, extraction, kb, partOf, mentions);
      // Reposts: the first path read names the article, the others are its duplicates, in the order read.
      for (const path of entry.paths.slice(1)) addArticle(graph, { ...article, path });
    }
  } finally {
    store.release();
  }
  forgetMeetingIndex(graph);
  const large = order.length > LARGE;
  if (large) collectGarbage();
  finishGraph(graph, kb, partOf);
  if (large) collectGarbage();
  return graph;
}

/** Below this many articles a merge's garbage is too small to be worth a full collection. */
const LARGE = 5000;

/** Merges one article and what was extracted from it into the graph. */
export function mergeArticle(graph: KnowledgeGraph, article: Article, extraction: ArticleExtraction, kb: KnowledgeBase, partOf: Map<string, string>, mentions?: MentionLog): void {
  if (addArticle(graph, article) === 'duplicate') return;
  for (const info of extraction.entities.values()) if (info.partOf) partOf.set(info.key, info.partOf);
  addEntities(graph, article, extraction, kb, mentions);
  const touched = new Set<string>();
  const touch = ({ key }: { key: string }) => touched.add(key);
  graph.on('edgeAdded', touch).on('edgeAttributesUpdated', touch);
  try {
    addEvents(graph, article, internFacts(extraction.events), (key) => ensureNode(graph, key, kb));
  } finally {
    graph.off('edgeAdded', touch).off('edgeAttributesUpdated', touch);
  }
  ownQuotes(graph, article.key, touched);
}

const interned = new Map<string, string>();
const intern = <T extends string | null>(value: T): T => {
  if (value === null) return value;
  const known = interned.get(value);
  if (known !== undefined) return known as T;
  if (interned.size < 100_000) interned.set(value, value);
  return value;
};

/** Rules and dates repeat across articles: one string each instead of one per parsed record. */
function internFacts(events: EventExtraction): EventExtraction {
  for (const fact of [...events.meetings, ...events.claims]) {
    fact.rule = intern(fact.rule);
    fact.date = intern(fact.date);
  }
  return events;
}

/**
 * Evidence quotes are slices of the article's text, and V8 keeps the whole text alive for a slice: copies
 * of the sentences let the texts go once merged (at 100k articles, texts are a sixth of the graph's memory).
 */
function ownQuotes(graph: KnowledgeGraph, article: string, edges: Set<string>): void {
  for (const key of edges) {
    const attrs = graph.getEdgeAttributes(key);
    if (!('evidence' in attrs)) continue;
    for (const ev of attrs.evidence ?? []) if (ev.article === article) ev.quote = ownCopy(ev.quote);
  }
}


/** What needs every article first: MET edges of held meetings, meeting names, PART_OF and LOCATED_IN. */
export function finishGraph(graph: KnowledgeGraph, kb: KnowledgeBase, partOf: ReadonlyMap<string, string>): void {
  addMetEdges(graph);
  nameMeetings(graph);
  addStructure(graph, kb, (key) => kb.entities.get(key)?.partOf ?? partOf.get(key));
}
