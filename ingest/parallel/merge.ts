import { createGraph, type KnowledgeGraph } from '../../src/graph/model.ts';
import type { Article } from '../article.ts';
import { addArticle, addEntities, addStructure, ensureNode } from '../build.ts';
import { addEvents, addMetEdges, nameMeetings } from '../events/graph.ts';
import { forgetMeetingIndex } from '../events/meeting-index.ts';
import { defaultKnowledgeBase, type KnowledgeBase } from '../kb/load.ts';
import type { ExtractionStore } from './store.ts';
import type { ArticleExtraction } from './types.ts';

/**
 * Builds the graph from every stored article, one record in memory at a time, in canonical order (publication
 * time, then key). Merging — meetings above all — depends on the order articles come in; taking them in an
 * order fixed by the articles themselves makes the graph a function of the set of articles: the same
 * whatever the order of the inputs, the number of workers, or how many runs (`--into`) brought them.
 */
export function mergeStore(store: ExtractionStore, kb: KnowledgeBase = defaultKnowledgeBase()): KnowledgeGraph {
  const graph = createGraph();
  const partOf = new Map<string, string>();
  try {
    for (const entry of store.canonical()) {
      const { article, extraction } = store.read(entry);
      mergeArticle(graph, article, extraction, kb, partOf);
      // Reposts: the first path read names the article, the others are its duplicates, in the order read.
      for (const path of entry.paths.slice(1)) addArticle(graph, { ...article, path });
    }
  } finally {
    store.release();
  }
  forgetMeetingIndex(graph);
  finishGraph(graph, kb, partOf);
  return graph;
}

/** Merges one article and what was extracted from it into the graph. */
export function mergeArticle(graph: KnowledgeGraph, article: Article, extraction: ArticleExtraction, kb: KnowledgeBase, partOf: Map<string, string>): void {
  if (addArticle(graph, article) === 'duplicate') return;
  for (const info of extraction.entities.values()) if (info.partOf) partOf.set(info.key, info.partOf);
  addEntities(graph, article, extraction, kb);
  addEvents(graph, article, extraction.events, (key) => ensureNode(graph, key, kb));
}

/** What needs every article first: MET edges of held meetings, meeting names, PART_OF and LOCATED_IN. */
export function finishGraph(graph: KnowledgeGraph, kb: KnowledgeBase, partOf: ReadonlyMap<string, string>): void {
  addMetEdges(graph);
  nameMeetings(graph);
  addStructure(graph, kb, (key) => kb.entities.get(key)?.partOf ?? partOf.get(key));
}
