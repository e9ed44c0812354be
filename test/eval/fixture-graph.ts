// Builds the graph of a set of articles with ingest's own merge steps, in memory, in the order given.
import { createGraph, type KnowledgeGraph } from '../../src/graph/model.ts';
import { toArticle } from '../../ingest/article.ts';
import { defaultKnowledgeBase } from '../../ingest/kb/load.ts';
import { initMorph } from '../../ingest/morph/morph.ts';
import { finishGraph, mergeArticle } from '../../ingest/parallel/merge.ts';
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
  const partOf = new Map<string, string>();
  for (const doc of docs) {
    const article = toArticle({ path: doc.id, text: doc.text, published: doc.published ?? null });
    mergeArticle(graph, article, extractArticle(article), kb, partOf);
  }
  finishGraph(graph, kb, partOf);
  return graph;
}
