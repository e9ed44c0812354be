// Builds the graph of a set of articles exactly as `diplograph ingest` does, in memory.
import { createGraph, type KnowledgeGraph } from '../../src/graph/model.ts';
import { toArticle } from '../../ingest/article.ts';
import { addArticle, addEntities, addStructure, ensureNode } from '../../ingest/build.ts';
import { addEvents, addMetEdges, nameMeetings } from '../../ingest/events/graph.ts';
import { defaultKnowledgeBase } from '../../ingest/kb/load.ts';
import { initMorph } from '../../ingest/morph/morph.ts';
import { extractArticle } from '../../ingest/pipeline.ts';

export interface RawDoc {
  id: string;
  text: string;
  published?: string;
}

export async function graphOf(docs: RawDoc[]): Promise<KnowledgeGraph> {
  await initMorph();
  const kb = defaultKnowledgeBase();
  const graph = createGraph();
  for (const doc of docs) {
    const article = toArticle({ path: doc.id, text: doc.text, published: doc.published ?? null });
    if (addArticle(graph, article) === 'duplicate') continue;
    const extraction = extractArticle(article);
    addEntities(graph, article, extraction, kb);
    addEvents(graph, article, extraction.events, (key) => ensureNode(graph, key, kb));
  }
  addMetEdges(graph);
  nameMeetings(graph);
  addStructure(graph, kb);
  return graph;
}
