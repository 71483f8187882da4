// Shared test helpers: build the extractor context for a piece of text.
import { segment } from '../src/segment/index.js';
import type { ExtractorContext } from '../src/extract/types.js';
import type { Document } from '../src/types.js';

/** A document with the given text and reference date (YYYY-MM-DD or null). */
export function makeDocument(text: string, date: string | null = null, id = 'test'): Document {
  return {
    id,
    path: `${id}.txt`,
    line: null,
    text,
    meta: {},
    sha256: '',
    date,
    dateSource: date ? 'metadata' : 'none',
    title: null,
  };
}

/** Segment a text and return an empty extractor context for it. */
export function contextFor(text: string, date: string | null = null): ExtractorContext {
  const seg = segment(makeDocument(text, date));
  return { ...seg, dates: [], organizations: [], countries: [], people: [] };
}

/** `s` repeated to exactly `length` characters (hostile-input tests). */
export const repeatTo = (s: string, length: number): string => s.repeat(Math.ceil(length / s.length)).slice(0, length);

/** A deterministic stream of `n` defence words (no randomness: the same text on every run). */
export function hostileWords(n: number, capitalize: boolean): string {
  const base = ['security', 'defence', 'agreement', 'troops', 'minister', 'alliance', 'support', 'border', 'treaty', 'summit', 'deploy', 'pledge'];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    const w = base[(i * 7 + (i >> 3)) % base.length];
    out.push(capitalize ? w[0].toUpperCase() + w.slice(1) : w);
  }
  return out.join(' ');
}
