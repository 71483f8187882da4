// The country and organization spans of one sentence: no name is read inside them. A hostile
// sentence holds thousands of them and thousands of names ("Danish Kabo Tabo, Danish …"), so what
// a name asks of them is a binary search and a short walk, never a scan from the first span (that
// made the person stage quadratic in the sentence).
import type { CountryMention, OrganizationMention } from '../../types.js';
import { firstIndex } from '../../sorted.js';

export interface Blocked {
  start: number;
  end: number;
  org?: OrganizationMention;
  country?: CountryMention;
}

export class BlockedSpans {
  /** The organizations alone, in text order. */
  private readonly orgs: Blocked[];
  /** The largest end among the spans up to each index (a span may hold another). */
  private readonly maxEnd: number[] = [];

  /** `spans` in text order (by start). */
  constructor(readonly spans: readonly Blocked[]) {
    this.orgs = spans.filter((b) => b.org);
    let max = -Infinity;
    for (const b of spans) this.maxEnd.push((max = Math.max(max, b.end)));
  }

  /** The first span, in text order, that ends after `from`, starts before `to` and passes `test`. */
  find(from: number, to: number, test: (b: Blocked) => boolean): Blocked | undefined {
    for (let i = this.firstEndingAfter(from); i < this.spans.length && this.spans[i].start < to; i++) {
      const b = this.spans[i];
      if (b.end > from && test(b)) return b;
    }
    return undefined;
  }

  /** The spans that overlap [start, end), in text order. */
  overlapping(start: number, end: number): Blocked[] {
    const out: Blocked[] = [];
    for (let i = this.firstEndingAfter(start); i < this.spans.length && this.spans[i].start < end; i++) if (this.spans[i].end > start) out.push(this.spans[i]);
    return out;
  }

  /** The last organization, in text order, that ends at or before `at`. */
  orgEndingBy(at: number): Blocked | undefined {
    let i = firstIndex(this.orgs.length, (k) => this.orgs[k].start > at) - 1;
    while (i >= 0 && this.orgs[i].end > at) i--;
    return i >= 0 ? this.orgs[i] : undefined;
  }

  /** The first organization, in text order, that starts in [from, to). */
  orgStartingIn(from: number, to: number): Blocked | undefined {
    const org = this.orgs[firstIndex(this.orgs.length, (k) => this.orgs[k].start >= from)];
    return org && org.start < to ? org : undefined;
  }

  /** No span before this index ends after `at`. */
  private firstEndingAfter(at: number): number {
    return firstIndex(this.maxEnd.length, (k) => this.maxEnd[k] > at);
  }
}
