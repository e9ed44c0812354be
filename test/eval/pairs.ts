// Scoring of participant pairs (MET) at coreference-cluster level. Pure code, unit-tested.
import { maxMatching, overlaps, type Span } from './score.ts';

/** A gold participant: a coreference cluster, given by the spans of all its mentions. */
export interface Cluster {
  id: string;
  mentions: readonly Span[];
}

/** An unordered pair of gold clusters that met. */
export interface GoldPair {
  a: Cluster;
  b: Cluster;
}

/** A predicted side of a claim: its span and, when the extractor linked it, the node key. */
export interface ClaimEnd extends Span {
  entity?: string;
  text?: string;
}

/**
 * A predicted pair of participants: every claim naming the same two entities in one document is one pair
 * (an article that says twice that A met B asserts one pair), with the spans of each of those claims.
 */
export interface PredictedPair {
  key: string;
  claims: ReadonlyArray<readonly [Span, Span]>;
}

const endKey = (end: ClaimEnd): string => end.entity ?? `text:${end.text ?? `${end.start}-${end.end}`}`;

/** Groups one document's MET claims into unordered entity pairs. */
export function groupClaims(claims: ReadonlyArray<{ source: ClaimEnd; target: ClaimEnd }>): PredictedPair[] {
  const groups = new Map<string, Array<readonly [Span, Span]>>();
  for (const { source, target } of claims) {
    const key = [endKey(source), endKey(target)].sort().join(' + ');
    const list = groups.get(key) ?? [];
    list.push([source, target]);
    groups.set(key, list);
  }
  return [...groups].map(([key, list]) => ({ key, claims: list }));
}

const hits = (span: Span, cluster: Cluster): boolean => cluster.mentions.some((m) => overlaps(span, m));

/** A predicted pair matches a gold pair when one of its claims has each span overlapping a mention of one cluster. */
export function pairFits(pred: PredictedPair, gold: GoldPair): boolean {
  return pred.claims.some(([x, y]) => (hits(x, gold.a) && hits(y, gold.b)) || (hits(x, gold.b) && hits(y, gold.a)));
}

export interface PairCounts {
  gold: number;
  pred: number;
  matched: number;
}

/** One-to-one matching per document, summed: precision = matched / pred, recall = matched / gold. */
export function scorePairs(docs: Iterable<{ pred: readonly PredictedPair[]; gold: readonly GoldPair[] }>): PairCounts {
  const total: PairCounts = { gold: 0, pred: 0, matched: 0 };
  for (const { pred, gold } of docs) {
    total.gold += gold.length;
    total.pred += pred.length;
    total.matched += maxMatching(pred, gold, pairFits);
  }
  return total;
}
