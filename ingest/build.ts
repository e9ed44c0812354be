import { createGraph, type KnowledgeGraph } from '../src/graph/model.ts';
import { articleName, type Article } from './article.ts';

/** Adds an Article node; a word-for-word repost becomes a duplicate path of the first. */
export function addArticle(graph: KnowledgeGraph, article: Article): 'added' | 'duplicate' {
  const existing = graph.hasNode(article.key) ? graph.getNodeAttributes(article.key) : null;
  if (existing?.kind === 'Article') {
    graph.replaceNodeAttributes(article.key, { ...existing, duplicates: [...(existing.duplicates ?? []), article.path] });
    return 'duplicate';
  }
  graph.addNode(article.key, {
    kind: 'Article',
    name: articleName(article),
    path: article.path,
    title: article.title,
    published: article.published,
    outlet: article.outlet,
    ...(article.url !== undefined ? { url: article.url } : {}),
    hash: article.hash,
    length: article.text.length,
  });
  return 'added';
}

export function buildGraph(articles: Iterable<Article>): KnowledgeGraph {
  const graph = createGraph();
  for (const article of articles) addArticle(graph, article);
  return graph;
}
