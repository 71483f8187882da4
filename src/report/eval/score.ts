// Precision, recall and F1 over spans, exact or overlapping, with one-to-one matching, and value
// accuracy over the matched pairs. Generic: every fact kind and every external gold set uses it.

export interface SpanItem {
  start: number;
  end: number;
  text?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface Matched<G, P> {
  pairs: [G, P][];
  missed: G[];
  spurious: P[];
}

export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp === 0 ? (c.fn === 0 ? 1 : 0) : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...c, precision: round(precision), recall: round(recall), f1: round(f1) };
}

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export const ZERO: Counts = { tp: 0, fp: 0, fn: 0 };

/** Identical predictions (same span and same key) count once. */
export function dedupe<P extends SpanItem>(items: P[], key: (p: P) => string = () => ''): P[] {
  const seen = new Set<string>();
  return items.filter((p) => {
    const k = `${p.start}:${p.end}:${key(p)}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Match gold to predictions one-to-one. `exact` needs the same offsets; otherwise any overlap
 * counts, the largest overlap first. `compatible` can require more (e.g. the same actor).
 */
export function match<G extends SpanItem, P extends SpanItem>(
  gold: G[],
  predicted: P[],
  mode: 'exact' | 'overlap',
  compatible: (g: G, p: P) => boolean = () => true,
): Matched<G, P> {
  const candidates: { g: number; p: number; overlap: number }[] = [];
  for (let i = 0; i < gold.length; i++) {
    for (let j = 0; j < predicted.length; j++) {
      const g = gold[i];
      const p = predicted[j];
      const ok = mode === 'exact' ? g.start === p.start && g.end === p.end : g.start < p.end && p.start < g.end;
      if (ok && compatible(g, p)) candidates.push({ g: i, p: j, overlap: Math.min(g.end, p.end) - Math.max(g.start, p.start) });
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  const usedG = new Set<number>();
  const usedP = new Set<number>();
  const pairs: [G, P][] = [];
  for (const c of candidates) {
    if (usedG.has(c.g) || usedP.has(c.p)) continue;
    usedG.add(c.g);
    usedP.add(c.p);
    pairs.push([gold[c.g], predicted[c.p]]);
  }
  return {
    pairs: pairs.sort((a, b) => a[0].start - b[0].start),
    missed: gold.filter((_, i) => !usedG.has(i)),
    spurious: predicted.filter((_, j) => !usedP.has(j)),
  };
}

export function countsOf<G, P>(m: Matched<G, P>): Counts {
  return { tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length };
}

export interface Accuracy {
  correct: number;
  total: number;
  accuracy: number;
}

export function accuracy(correct: number, total: number): Accuracy {
  return { correct, total, accuracy: total === 0 ? 1 : round(correct / total) };
}

export function addAccuracy(a: Accuracy, b: Accuracy): Accuracy {
  return accuracy(a.correct + b.correct, a.total + b.total);
}

export function round(x: number): number {
  return Math.round(x * 10000) / 10000;
}
