// wink-nlp's tokenizer is quadratic in the length of a run without white space: a 100 KB
// hyphenated or unbroken "word" takes minutes. Runs longer than any real word are broken for the
// tokenizer by turning every 64th character into a space in a same-length copy, so offsets into
// the original text stay exact (tokens are read back from the original by offset).
//
// A run is a maximal stretch of UTF-16 code units that `\s` does not match (what `/\S{64,}/g`
// found); the runs are found by a scan of the character codes: the regex tried every position of
// every word and was a tenth of the segmenter's time.

import { isWhiteSpace } from '../chars.js';

const CUT_EVERY = 64;

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/** Is there a stretch of CUT_EVERY characters without a plain space (where a long run could be)? */
function mayHaveLongRun(chunk: string): boolean {
  let last = -1;
  for (let at = chunk.indexOf(' '); at >= 0; at = chunk.indexOf(' ', at + 1)) {
    if (at - last > CUT_EVERY) return true;
    last = at;
  }
  return chunk.length - last > CUT_EVERY;
}

export function breakLongRuns(chunk: string): string {
  const n = chunk.length;
  if (n < CUT_EVERY || !mayHaveLongRun(chunk)) return chunk;
  let parts: string[] | null = null;
  let copied = 0; // chunk[0, copied) is in `parts`
  let runStart = 0;
  for (let i = 0; i <= n; i++) {
    if (i < n && !isWhiteSpace(chunk.charCodeAt(i))) continue;
    // chunk[runStart, i) is a run.
    if (i - runStart >= CUT_EVERY) {
      parts ??= [];
      for (let k = CUT_EVERY; k < i - runStart; k += CUT_EVERY) {
        // Never split a surrogate pair: step to the next position that starts a character, and
        // blank the whole of an astral character (two spaces for its two code units).
        let j = runStart + k;
        while (j < i && isLowSurrogate(chunk.charCodeAt(j))) j++;
        if (j < i && j >= copied) {
          const pair = isHighSurrogate(chunk.charCodeAt(j)) && j + 1 < i && isLowSurrogate(chunk.charCodeAt(j + 1));
          parts.push(chunk.slice(copied, j), pair ? '  ' : ' ');
          copied = j + (pair ? 2 : 1);
        }
      }
    }
    runStart = i + 1;
  }
  if (!parts) return chunk;
  parts.push(chunk.slice(copied));
  return parts.join('');
}
