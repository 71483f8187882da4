// Sentences and tokens with character offsets, and boilerplate marking.
//
// wink-nlp tokenizes and POS-tags about 17× faster than compromise, so every document goes
// through it once; the extractors read these tokens and only call compromise where a cheap pass
// found a reason to. wink reports token values, not offsets, so offsets are recovered by walking
// the text with a cursor.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document, Segmented, Sentence, Token } from '../types.js';
import { markBoilerplateLines } from './boilerplate.js';
import { breakLongRuns } from './long-runs.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Text longer than this between two line breaks is cut into pieces for wink (it is quadratic on no-punctuation runs). */
const MAX_WINK_CHUNK = 20_000;

export function segment(doc: Document): Segmented {
  const text = doc.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const boilerplateLines = markBoilerplateLines(text);

  // Lines are the outer unit: a sentence never crosses a line break (headlines, bullets and
  // navigation items stand one a line in real pages).
  for (const line of boilerplateLines) {
    if (line.text.trim() === '') continue;
    for (const chunk of chunksOf(line.start, line.end, text)) {
      segmentChunk(text, chunk.start, chunk.end, line.boilerplate, tokens, sentences);
    }
  }
  return { doc, sentences, tokens };
}

function* chunksOf(start: number, end: number, text: string): Generator<{ start: number; end: number }> {
  let s = start;
  while (end - s > MAX_WINK_CHUNK) {
    // Cut at the last space before the limit so that no token is split; without one, not inside a
    // surrogate pair (an emoji would become two halves that UTF-8 cannot store).
    let cut = text.lastIndexOf(' ', s + MAX_WINK_CHUNK);
    if (cut <= s) {
      cut = s + MAX_WINK_CHUNK;
      const c = text.charCodeAt(cut);
      if (c >= 0xdc00 && c <= 0xdfff && isHighSurrogate(text.charCodeAt(cut - 1))) cut--;
    }
    yield { start: s, end: cut };
    s = cut;
  }
  yield { start: s, end };
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

function segmentChunk(
  text: string,
  chunkStart: number,
  chunkEnd: number,
  boilerplate: boolean,
  tokens: Token[],
  sentences: Sentence[],
): void {
  // Same length as the text slice, with over-long runs broken for the tokenizer (./long-runs.ts).
  const original = text.slice(chunkStart, chunkEnd);
  const chunk = breakLongRuns(original);
  const wdoc = nlp.readDoc(chunk);
  const values = wdoc.tokens().out(its.value) as string[];
  const tags = wdoc.tokens().out(its.pos) as string[];
  const sentenceSpans = wdoc.sentences().out(its.span) as unknown as [number, number][];

  // Map wink's token indices to offsets in the document, and the text of each token: wink's own
  // string where it was found as is in an unbroken chunk (no copy), else the document's.
  const count = values.length;
  const starts = new Array<number>(count);
  const ends = new Array<number>(count);
  const texts = new Array<string>(count);
  let cursor = 0;
  for (let i = 0; i < count; i++) {
    const value = values[i];
    let at = chunk.indexOf(value, cursor);
    const found = at >= 0;
    if (!found) at = cursor; // wink changed the token's text; keep the order, point at the cursor
    const end = Math.min(at + value.length, chunk.length);
    starts[i] = chunkStart + at;
    ends[i] = chunkStart + end;
    texts[i] = found && chunk === original ? value : text.slice(chunkStart + at, chunkStart + end);
    cursor = end;
  }

  for (const [first, last] of sentenceSpans) {
    if (last < first) continue;
    const tokenStart = tokens.length;
    const index = sentences.length;
    for (let i = first; i <= last; i++) {
      const tokenText = texts[i];
      tokens.push({ start: starts[i], end: ends[i], text: tokenText, pos: tags[i], lower: tokenText.toLowerCase(), sentence: index });
    }
    if (tokens.length === tokenStart) continue;
    sentences.push({
      index,
      start: tokens[tokenStart].start,
      end: tokens[tokens.length - 1].end,
      tokenStart,
      tokenEnd: tokens.length,
      boilerplate,
    });
  }
}

/** The sentence that contains offset `at` (binary search), or -1. */
export function sentenceAt(sentences: Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** The wink POS tag of the token that starts at `start`, or ''. */
export function posAt(wink: Token[], start: number): string {
  let lo = 0;
  let hi = wink.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const t = wink[mid];
    if (t.start < start) lo = mid + 1;
    else if (t.start > start) hi = mid - 1;
    else return t.pos;
  }
  return '';
}
