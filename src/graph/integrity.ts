import { EDGE_ENDPOINTS, type Snapshot } from '../schema/index.ts';

/** One integrity rule over a schema-valid snapshot; returns every problem it finds. */
export interface IntegrityRule {
  name: string;
  check(snapshot: Snapshot): string[];
}

const uniqueNodeKeys: IntegrityRule = {
  name: 'unique-node-keys',
  check: (s) => duplicates(s.nodes.map((n) => n.key)).map((k) => `duplicate node key "${k}"`),
};

const uniqueEdgeKeys: IntegrityRule = {
  name: 'unique-edge-keys',
  check: (s) => duplicates(s.edges.map((e) => e.key)).map((k) => `duplicate edge key "${k}"`),
};

const edgeEndpointsExist: IntegrityRule = {
  name: 'edge-endpoints-exist',
  check(s) {
    const keys = new Set(s.nodes.map((n) => n.key));
    return s.edges.flatMap((e) =>
      [e.source, e.target].filter((k) => !keys.has(k)).map((k) => `edge "${e.key}" points to missing node "${k}"`),
    );
  },
};

const edgeEndpointKinds: IntegrityRule = {
  name: 'edge-endpoint-kinds',
  check(s) {
    const kindOf = new Map(s.nodes.map((n) => [n.key, n.attributes.kind as string]));
    const problems: string[] = [];
    for (const e of s.edges) {
      const [sources, targets] = EDGE_ENDPOINTS[e.attributes.type];
      const sourceKind = kindOf.get(e.source);
      const targetKind = kindOf.get(e.target);
      if (sourceKind && !sources.includes(sourceKind)) problems.push(`edge "${e.key}": ${e.attributes.type} cannot start at a ${sourceKind}`);
      if (targetKind && !targets.includes(targetKind)) problems.push(`edge "${e.key}": ${e.attributes.type} cannot end at a ${targetKind}`);
    }
    return problems;
  },
};

const evidenceCitesArticles: IntegrityRule = {
  name: 'evidence-cites-articles',
  check(s) {
    const lengths = new Map(s.nodes.flatMap((n) => (n.attributes.kind === 'Article' ? [[n.key, n.attributes.length] as const] : [])));
    const problems: string[] = [];
    for (const e of s.edges) {
      const evidence = 'evidence' in e.attributes ? (e.attributes.evidence ?? []) : [];
      for (const ev of evidence) {
        const length = lengths.get(ev.article);
        if (length === undefined) problems.push(`edge "${e.key}": evidence cites missing article "${ev.article}"`);
        else if (ev.end > length) problems.push(`edge "${e.key}": evidence offsets ${ev.start}-${ev.end} run past the article's ${length} characters`);
      }
    }
    return problems;
  },
};

const uniqueWikidata: IntegrityRule = {
  name: 'unique-wikidata',
  check(s) {
    const ids = s.nodes.flatMap((n) => ('wikidata' in n.attributes && n.attributes.wikidata ? [n.attributes.wikidata] : []));
    return duplicates(ids).map((q) => `two nodes share Wikidata id ${q}`);
  },
};

export const INTEGRITY_RULES: readonly IntegrityRule[] = [
  uniqueNodeKeys,
  uniqueEdgeKeys,
  edgeEndpointsExist,
  edgeEndpointKinds,
  evidenceCitesArticles,
  uniqueWikidata,
];

export function checkIntegrity(snapshot: Snapshot, rules: readonly IntegrityRule[] = INTEGRITY_RULES): string[] {
  return rules.flatMap((rule) => rule.check(snapshot));
}

function duplicates(values: string[]): string[] {
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const v of values) (seen.has(v) ? repeated : seen).add(v);
  return [...repeated];
}
