// wink-nlp's tokenizer is quadratic in the length of a run without white space: a 100 KB
// hyphenated or unbroken "word" takes minutes. Runs longer than any real word are broken for the
// tokenizer by turning every 64th character into a space in a same-length copy, so offsets into
// the original text stay exact (tokens are read back from the original by offset).
const LONG_RUN = /\S{64,}/g;
const CUT_EVERY = 64;

export function breakLongRuns(chunk: string): string {
  if (chunk.length < CUT_EVERY) return chunk;
  LONG_RUN.lastIndex = 0;
  if (!LONG_RUN.test(chunk)) return chunk;
  return chunk.replace(LONG_RUN, (run) => {
    const chars = run.split('');
    for (let i = CUT_EVERY; i < chars.length; i += CUT_EVERY) {
      // Never split a surrogate pair: step to the next position that starts a character.
      let j = i;
      while (j < chars.length && /[\uDC00-\uDFFF]/.test(chars[j])) j++;
      if (j < chars.length) chars[j] = ' ';
    }
    return chars.join('');
  });
}
