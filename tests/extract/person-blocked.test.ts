// The person stage asks a sentence's country and organization spans by binary search
// (src/extract/person/blocked.ts) where it used to scan them all: on random spans, nested and
// overlapping ones included, every question gets the answer the scan gave.
import { describe, expect, it } from 'vitest';
import { type Blocked, BlockedSpans } from '../../src/extract/person/blocked.js';
import type { CountryMention, OrganizationMention } from '../../src/types.js';

/** A deterministic pseudo-random generator. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const org = {} as OrganizationMention;
const country = {} as CountryMention;

/** Spans in text order, as the person stage builds them: some inside others, some overlapping. */
function randomSpans(rand: () => number): Blocked[] {
  const spans: Blocked[] = [];
  for (let n = Math.floor(rand() * 30); n > 0; n--) {
    const start = Math.floor(rand() * 200);
    const end = start + 1 + Math.floor(rand() * (rand() < 0.1 ? 60 : 12));
    spans.push(rand() < 0.4 ? { start, end, org, country: undefined } : { start, end, org: undefined, country });
  }
  return spans.sort((a, b) => a.start - b.start);
}

describe('BlockedSpans answers as a scan of every span did', () => {
  it('on random spans and questions', () => {
    const rand = prng(11);
    for (let round = 0; round < 2000; round++) {
      const spans = randomSpans(rand);
      const blocked = new BlockedSpans(spans);
      for (let q = 0; q < 20; q++) {
        const from = Math.floor(rand() * 220) - 5;
        const to = from + Math.floor(rand() * 30);
        const test = (b: Blocked): boolean => b.start % 3 !== 0;
        expect(blocked.find(from, to, test)).toBe(spans.find((b) => b.end > from && b.start < to && test(b)));
        expect(blocked.overlapping(from, to)).toEqual(spans.filter((b) => b.end > from && b.start < to));
        // The organization ending last by `from` (the old backward scan over every span).
        let last: Blocked | undefined;
        for (let i = spans.length - 1; i >= 0; i--) {
          if (!spans[i].org || spans[i].end > from) continue;
          last = spans[i];
          break;
        }
        expect(blocked.orgEndingBy(from)).toBe(last);
        expect(blocked.orgStartingIn(from, to)).toBe(spans.find((b) => b.org && b.start >= from && b.start < to));
      }
    }
  });
});
