// Scoring of typed spans: exact and overlap matching, one-to-one, with precision, recall and F1.
// Pure code: no I/O, so the unit tests (test/unit/eval-score.test.ts) can pin it down.

/** A half-open span [start, end) in UTF-16 code units. */
export interface Span {
  start: number;
  end: number;
}

export interface Labeled extends Span {
  type: string;
}

export type MatchMode = 'exact' | 'overlap';

export const sameSpan = (a: Span, b: Span): boolean => a.start === b.start && a.end === b.end;

/** Any shared character; empty spans overlap nothing. */
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end && a.start < a.end && b.start < b.end;

export const fitsBy = (mode: MatchMode): ((a: Span, b: Span) => boolean) => (mode === 'exact' ? sameSpan : overlaps);

/**
 * The size of a maximum one-to-one matching between `left` and `right`, where `fits` says which pairs may be
 * matched (Kuhn's augmenting paths). One prediction can match at most one gold item and vice versa, so one
 * long prediction covering two gold mentions counts once, and two predictions inside one gold mention count once.
 */
export function maxMatching<L, R>(left: readonly L[], right: readonly R[], fits: (l: L, r: R) => boolean): number {
  const edges = left.map((l) => right.flatMap((r, j) => (fits(l, r) ? [j] : [])));
  const owner: number[] = new Array<number>(right.length).fill(-1);
  const augment = (i: number, seen: boolean[]): boolean => {
    for (const j of edges[i] ?? []) {
      if (seen[j]) continue;
      seen[j] = true;
      const current = owner[j] ?? -1;
      if (current === -1 || augment(current, seen)) {
        owner[j] = i;
        return true;
      }
    }
    return false;
  };
  let size = 0;
  for (let i = 0; i < left.length; i++) if (augment(i, new Array<boolean>(right.length).fill(false))) size++;
  return size;
}

/** Counts for one type (or an average): gold and predicted items, and true positives under each matching. */
export interface Counts {
  label: string;
  gold: number;
  pred: number;
  exact: number;
  overlap: number;
}

export interface Prf {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** null where undefined: precision with no predictions, recall with no gold. F1 = 2·tp / (pred + gold). */
export function prf(tp: number, pred: number, gold: number): Prf {
  return {
    precision: pred === 0 ? null : tp / pred,
    recall: gold === 0 ? null : tp / gold,
    f1: pred + gold === 0 ? null : (2 * tp) / (pred + gold),
  };
}

export interface NerScore {
  /** One row per type, in the order given. */
  types: Counts[];
  /** Sum of the per-type counts. */
  micro: Counts;
  /** Spans alone, type ignored: tells boundary errors from type errors. */
  untyped: Counts;
}

export interface DocPair {
  pred: readonly Labeled[];
  gold: readonly Labeled[];
}

const empty = (label: string): Counts => ({ label, gold: 0, pred: 0, exact: 0, overlap: 0 });

function add(into: Counts, pred: readonly Span[], gold: readonly Span[]): void {
  into.pred += pred.length;
  into.gold += gold.length;
  into.exact += maxMatching(pred, gold, sameSpan);
  into.overlap += maxMatching(pred, gold, overlaps);
}

/** Scores documents; items whose type is not in `types` are left out on both sides. */
export function scoreNer(docs: Iterable<DocPair>, types: readonly string[]): NerScore {
  const byType = new Map(types.map((t) => [t, empty(t)]));
  const untyped = empty('(any type)');
  for (const { pred, gold } of docs) {
    const known = (x: Labeled) => byType.has(x.type);
    add(untyped, pred.filter(known), gold.filter(known));
    for (const [type, counts] of byType) {
      add(counts, pred.filter((p) => p.type === type), gold.filter((g) => g.type === type));
    }
  }
  const rows = [...byType.values()];
  const micro = rows.reduce(
    (sum, c) => ({ ...sum, gold: sum.gold + c.gold, pred: sum.pred + c.pred, exact: sum.exact + c.exact, overlap: sum.overlap + c.overlap }),
    empty('micro-average'),
  );
  return { types: rows, micro, untyped };
}

/** Relabels items through a type map; items whose type has no entry are dropped. */
export function relabel<T extends Span & { type: string }>(items: readonly T[], map: Readonly<Record<string, string>>): Labeled[] {
  return items.flatMap((x) => {
    const type = Object.hasOwn(map, x.type) ? map[x.type] : undefined;
    return type === undefined ? [] : [{ start: x.start, end: x.end, type }];
  });
}
