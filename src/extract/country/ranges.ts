// Runs of consecutive non-boilerplate sentences — the text the country and organization
// extractors scan (boilerplate yields no facts) — and a span index for overlap tests.
import type { Sentence } from '../../types.js';

export interface ContentRange {
  start: number;
  end: number;
  /** Index of the sentence holding offset `at` (the last one starting at or before it). */
  sentence(at: number): number;
}

export function contentRanges(sents: Sentence[]): ContentRange[] {
  const out: ContentRange[] = [];
  let i = 0;
  while (i < sents.length) {
    if (sents[i].boilerplate) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < sents.length && !sents[j + 1].boilerplate) j++;
    const first = i;
    const last = j;
    out.push({
      start: sents[first].start,
      end: sents[last].end,
      sentence(at: number): number {
        let lo = first;
        let hi = last;
        while (lo < hi) {
          const mid = (lo + hi + 1) >> 1;
          if (sents[mid].start <= at) lo = mid;
          else hi = mid - 1;
        }
        return sents[lo].index;
      },
    });
    i = j + 1;
  }
  return out;
}

/** Index of the sentence containing offset `at`, or -1 (binary search). */
export function sentenceIndexAt(sents: Sentence[], at: number): number {
  let lo = 0;
  let hi = sents.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at < sents[mid].start) hi = mid - 1;
    else if (at >= sents[mid].end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** Spans sorted by start with a running maximum end: "does [start, end) overlap any?" in O(log n). */
export class SpanIndex {
  private readonly starts: number[];
  /** Largest end among the spans [0..i] in start order. */
  private readonly maxEnd: number[];

  constructor(spans: readonly { start: number; end: number }[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    this.starts = sorted.map((s) => s.start);
    this.maxEnd = [];
    let max = -1;
    for (const s of sorted) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  overlaps(start: number, end: number): boolean {
    // The last span starting before `end`; some span up to it overlaps iff the max end passes `start`.
    let lo = 0;
    let hi = this.starts.length - 1;
    let k = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < end) {
        k = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return k >= 0 && this.maxEnd[k] > start;
  }
}
