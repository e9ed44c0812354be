import { edgeKey, type KnowledgeGraph } from '../../src/graph/model.ts';
import type { EdgeAttributes, EdgeType } from '../../src/schema/index.ts';

/** An edge as a snapshot lists it. */
export interface EdgeEntry {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * The MENTIONED_IN edges of a merge, kept out of the graph: nothing in the merge reads them, and they are
 * most edges (every entity of every article). In graphology each costs ~350 bytes (edge object, key,
 * adjacency entries, hidden classes); here three array slots. The snapshot writer merges them back into
 * the key order, so graph.json is byte for byte what the graph holding them would give.
 */
export class MentionLog {
  private readonly sources: string[] = [];
  private readonly targets: string[] = [];
  private readonly counts: number[] = [];
  private readonly interned = new Map<string, string>();
  /** How many graph edges there were when the first one was logged: where MENTIONED_IN comes in counts by type. */
  private firstAt = -1;

  get size(): number {
    return this.sources.length;
  }

  /** Logs entity → article (each pair once: an article is merged once). */
  add(graph: KnowledgeGraph, entity: string, article: string, count: number): void {
    if (this.firstAt < 0) this.firstAt = graph.size;
    let source = this.interned.get(entity);
    if (source === undefined) this.interned.set(entity, (source = entity));
    this.sources.push(source);
    this.targets.push(article);
    this.counts.push(count);
  }

  /** The logged edges in key order. */
  *sorted(): Generator<EdgeEntry> {
    for (const i of this.order()) {
      const [source, target] = [this.sources[i]!, this.targets[i]!];
      yield { key: edgeKey('MENTIONED_IN', source, target), source, target, attributes: { type: 'MENTIONED_IN', count: this.counts[i]! } };
    }
  }

  /** Edge counts by type in the order the graph holding these edges would list them (first insertion). */
  countByType(graph: KnowledgeGraph): Partial<Record<EdgeType, number>> {
    const counts: Partial<Record<EdgeType, number>> = {};
    const logged = () => this.size > 0 && (counts.MENTIONED_IN = (counts.MENTIONED_IN ?? 0) + this.size);
    let index = 0;
    graph.forEachEdge((_key, attrs) => {
      if (index++ === this.firstAt) logged();
      counts[attrs.type] = (counts[attrs.type] ?? 0) + 1;
    });
    if (this.firstAt >= index) logged();
    return counts;
  }

  /**
   * Indexes in the order of `MENTIONED_IN:<source>-><target>`: by source, then target. When no source holds
   * "->", comparing `<source>->` decides between two sources exactly as the whole keys would; otherwise the
   * keys themselves are compared.
   */
  private order(): Uint32Array {
    const index = Uint32Array.from(this.sources.keys());
    const distinct = [...this.interned.values()];
    if (distinct.some((s) => s.includes('->'))) {
      const keys = this.sources.map((s, i) => `${s}->${this.targets[i]!}`);
      return index.sort((a, b) => byString(keys[a]!, keys[b]!));
    }
    const rank = new Map(distinct.map((s) => `${s}->`).sort(byString).map((s, i) => [s.slice(0, -2), i]));
    const ranks = Uint32Array.from(this.sources, (s) => rank.get(s)!);
    return index.sort((a, b) => ranks[a]! - ranks[b]! || byString(this.targets[a]!, this.targets[b]!));
  }
}

/** Merges two key-sorted edge streams into one. */
export function* mergeSorted(a: Iterable<EdgeEntry>, b: Iterable<EdgeEntry>): Generator<EdgeEntry> {
  const [left, right] = [a[Symbol.iterator](), b[Symbol.iterator]()];
  let [x, y] = [left.next(), right.next()];
  while (!x.done || !y.done) {
    if (y.done || (!x.done && x.value.key < y.value.key)) {
      yield x.value!;
      x = left.next();
    } else {
      yield y.value;
      y = right.next();
    }
  }
}

function byString(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
