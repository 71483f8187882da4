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
