import { insertEvidence } from '../src/graph/evidence.ts';
import { createGraph, edgeKey, type KnowledgeGraph } from '../src/graph/model.ts';
import type { Evidence, NodeAttributes } from '../src/schema/index.ts';
import { articleName, type Article } from './article.ts';
import type { KnowledgeBase } from './kb/load.ts';
import type { EntityExtraction } from './mentions/extract.ts';
import { inOffice } from './mentions/roles.ts';
import type { EntityInfo } from './mentions/types.ts';
import type { MentionLog } from './parallel/mention-log.ts';
import { segmentSentences, type Span } from './segment/sentences.ts';

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

/** Merges one article's entities into the graph: nodes, MENTIONED_IN, and HOLDS_ROLE as the text states it. */
export function addEntities(graph: KnowledgeGraph, article: Article, extraction: EntityExtraction, kb: KnowledgeBase, mentions?: MentionLog): void {
  const surfaces = new Map<string, Set<string>>();
  const counts = new Map<string, number>();
  for (const m of extraction.mentions) {
    counts.set(m.entity, (counts.get(m.entity) ?? 0) + 1);
    if (m.via !== 'role' && m.via !== 'anaphora') (surfaces.get(m.entity) ?? surfaces.set(m.entity, new Set()).get(m.entity)!).add(m.text);
  }
  for (const [key, info] of extraction.entities) {
    upsertEntity(graph, info, surfaces.get(key) ?? new Set());
    const count = counts.get(key);
    if (!count) continue;
    if (mentions) mentions.add(graph, key, article.key, count);
    else graph.mergeDirectedEdgeWithKey(edgeKey('MENTIONED_IN', key, article.key), key, article.key, { type: 'MENTIONED_IN', count });
  }
  let sentences: Span[] | null = null; // segmented only for an article that states an office
  for (const claim of extraction.roles) {
    if (!claim.stated || !claim.of || claim.person === claim.of) continue;
    ensureEntity(graph, claim.of, kb);
    sentences ??= segmentSentences(article.text);
    const sentence = sentences.find((s) => s.start <= claim.start && claim.end <= s.end) ?? { start: claim.start, end: claim.end };
    const evidence: Evidence = {
      article: article.key,
      quote: ownCopy(article.text.slice(sentence.start, sentence.end)),
      start: sentence.start,
      end: sentence.end,
      cue: { text: article.text.slice(claim.start, claim.end), start: claim.start, end: claim.end },
      rule: 'role-apposition',
      confidence: 0.9,
    };
    addRole(graph, claim.person, claim.of, claim.role, kb, evidence);
  }
  // Offices the knowledge base knows a mentioned person held at the article's date.
  if (article.published) {
    for (const key of extraction.entities.keys()) {
      for (const spell of kb.entities.get(key)?.roles ?? []) {
        if (!inOffice(spell, article.published)) continue;
        ensureEntity(graph, spell.of, kb);
        addRole(graph, key, spell.of, spell.role, kb, null, spell);
      }
    }
  }
}

function addRole(graph: KnowledgeGraph, person: string, of: string, role: string, kb: KnowledgeBase, evidence: Evidence | null, spell?: { from: string; to?: string | undefined }): void {
  const key = edgeKey('HOLDS_ROLE', person, of, role);
  const title = kb.roles.find((r) => r.role === role)?.name;
  const existing = graph.hasEdge(key) ? graph.getEdgeAttributes(key) : null;
  const known = spell ?? (kb.entities.get(person)?.roles ?? []).find((r) => r.role === role && r.of === of);
  const merged = existing?.type === 'HOLDS_ROLE' ? (existing.evidence ?? []) : [];
  if (evidence) insertEvidence(merged, evidence, byArticleThenStart);
  const attributes = {
    type: 'HOLDS_ROLE' as const,
    role,
    ...(title ? { title } : {}),
    ...(known?.from ? { from: known.from } : {}),
    ...(known?.to ? { to: known.to } : {}),
    ...(merged.length > 0 ? { evidence: merged } : {}),
  };
  if (existing) graph.replaceEdgeAttributes(key, attributes);
  else graph.addDirectedEdgeWithKey(key, person, of, attributes);
}

const byArticleThenStart = (a: Evidence, b: Evidence) => a.article.localeCompare(b.article) || a.start - b.start;

/** A string of its own, not a slice keeping a whole text alive: flattening the concatenation copies the characters. */
export function ownCopy(text: string): string {
  return ` ${text}`.slice(1);
}

/** Adds a knowledge-base entity that an edge needs, though no article names it. */
function ensureEntity(graph: KnowledgeGraph, key: string, kb: KnowledgeBase): void {
  if (graph.hasNode(key)) return;
  const entity = kb.entities.get(key);
  if (entity) upsertEntity(graph, { key, kind: entity.kind, name: entity.name, nameEn: entity.nameEn, ...(entity.wikidata ? { wikidata: entity.wikidata } : {}) }, new Set());
}

function upsertEntity(graph: KnowledgeGraph, info: EntityInfo, surfaces: Set<string>): void {
  const existing = graph.hasNode(info.key) ? graph.getNodeAttributes(info.key) : null;
  const aliases = [...new Set([...(existing && 'aliases' in existing ? (existing.aliases ?? []) : []), ...surfaces])].sort();
  const base = {
    name: existing?.name ?? info.name,
    ...(aliases.length > 0 ? { aliases } : {}),
    ...(info.nameEn ? { nameEn: info.nameEn } : {}),
    ...(info.wikidata ? { wikidata: info.wikidata } : {}),
  };
  let attributes: NodeAttributes;
  if (info.kind === 'Person') attributes = { kind: 'Person', ...base, ...(info.gender ? { gender: info.gender } : {}) };
  else if (info.kind === 'Organization') attributes = { kind: 'Organization', ...base, ...(info.isSource ? { isSource: true } : {}) };
  else if (info.kind === 'Treaty') attributes = { kind: 'Treaty', ...base, ...(info.subtype ? { subtype: info.subtype } : {}), ...(info.year ? { year: info.year } : {}) };
  else attributes = { kind: info.kind, ...base };
  if (existing) graph.replaceNodeAttributes(info.key, attributes);
  else graph.addNode(info.key, attributes);
}

/** Adds a knowledge-base entity an edge needs; true when the node is (now) in the graph. */
export function ensureNode(graph: KnowledgeGraph, key: string, kb: KnowledgeBase): boolean {
  ensureEntity(graph, key, kb);
  return graph.hasNode(key);
}

/** PART_OF and LOCATED_IN between entities that are both in the graph, from the knowledge base. */
export function addStructure(graph: KnowledgeGraph, kb: KnowledgeBase, partOf: (key: string) => string | undefined = (k) => kb.entities.get(k)?.partOf): void {
  graph.forEachNode((key, attrs) => {
    const parent = partOf(key);
    if (!parent || !graph.hasNode(parent)) return;
    const type = attrs.kind === 'Place' ? 'LOCATED_IN' : attrs.kind === 'Organization' ? 'PART_OF' : null;
    if (type && !graph.hasEdge(edgeKey(type, key, parent))) graph.addDirectedEdgeWithKey(edgeKey(type, key, parent), key, parent, { type });
  });
}

export function buildGraph(articles: Iterable<Article>): KnowledgeGraph {
  const graph = createGraph();
  for (const article of articles) addArticle(graph, article);
  return graph;
}
