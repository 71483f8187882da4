// Binary search over numbers in rising order (offsets of cues, mentions, sentence starts), and over
// any index range where a condition, once it holds, holds to the end.

/** The number of values (in rising order) below `x`: the index where `x` would be inserted first. */
export function countBelow(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number of values (in rising order) that are at most `x`. */
export function countAtMost(values: readonly number[], x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (values[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index in [0, n) where `reached` holds (it holds from some index on), or n. */
export function firstIndex(n: number, reached: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (reached(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
