// Sentences and tokens with character offsets, and boilerplate marking.
//
// wink-nlp tokenizes and POS-tags about 17× faster than compromise, so every document goes
// through it once; the extractors read these tokens and only call compromise where a cheap pass
// found a reason to. wink reports token values, not offsets, so offsets are recovered by walking
// the text with a cursor.
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Document, Segmented, Sentence, Token } from '../types.js';
import { markBoilerplateLines, type Line } from './boilerplate.js';
import { breakLongRuns } from './long-runs.js';

const nlp = winkNLP(model, ['sbd', 'pos']);
const its = nlp.its;

/** Text longer than this between two line breaks is cut into pieces for wink (it is quadratic on no-punctuation runs). */
const MAX_WINK_CHUNK = 20_000;

export function segment(doc: Document): Segmented {
  const text = doc.text;
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const lines = markBoilerplateLines(text);

  // Consecutive lines go to wink together, up to MAX_WINK_CHUNK characters (one call per line
  // costs a wink document each: a fifth of the stage on pages of short lines); a sentence still
  // never crosses a line break (headlines, bullets and navigation items stand one a line in real
  // pages): segmentChunk cuts wink's sentences where a line ends. A longer line goes alone, in pieces.
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (line.text.trim() === '') {
      i++;
      continue;
    }
    if (line.end - line.start > MAX_WINK_CHUNK) {
      for (const chunk of chunksOf(line.start, line.end, text)) segmentChunk(text, chunk.start, chunk.end, [line], tokens, sentences);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lines.length && lines[j].end - line.start <= MAX_WINK_CHUNK) j++;
    segmentChunk(text, line.start, lines[j - 1].end, lines.slice(i, j), tokens, sentences);
    i = j;
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
  lines: readonly Line[],
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

  // wink's sentences, cut where a line ends; each piece takes its line's boilerplate mark.
  let line = 0;
  for (const [first, last] of sentenceSpans) {
    let pieceLine = -1;
    for (let i = first; i <= last; i++) {
      // wink keeps line breaks as tokens ("\n"); a line alone has none, nor will we.
      if (isLineBreaks(texts[i])) continue;
      while (line < lines.length - 1 && starts[i] >= lines[line].end) line++;
      if (line !== pieceLine) {
        closeSentence(tokens, sentences);
        sentences.push({ index: sentences.length, start: starts[i], end: ends[i], tokenStart: tokens.length, tokenEnd: tokens.length, boilerplate: lines[line].boilerplate });
        pieceLine = line;
      }
      const tokenText = texts[i];
      tokens.push({ start: starts[i], end: ends[i], text: tokenText, pos: tags[i], lower: tokenText.toLowerCase(), sentence: sentences.length - 1 });
    }
    closeSentence(tokens, sentences);
  }
}

/** Only line-break characters (CR, LF): wink's token for a line end. */
function isLineBreaks(t: string): boolean {
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (c !== 10 && c !== 13) return false;
  }
  return t.length > 0;
}

/** Set the last sentence's end and token range from the tokens pushed since it opened. */
function closeSentence(tokens: Token[], sentences: Sentence[]): void {
  const s = sentences[sentences.length - 1];
  if (!s || s.tokenEnd === tokens.length) return;
  s.tokenEnd = tokens.length;
  s.end = tokens[tokens.length - 1].end;
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
