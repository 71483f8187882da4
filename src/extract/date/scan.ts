// Questions about the text before a match, answered without rescanning the whole sentence for every
// match. The plain forms (`/[.!?:]\s*$/.test(text.slice(0, start))`, a regex run over
// `text.slice(0, start)`) cost the length of the sentence per match: quadratic on a long sentence
// full of matches ("This Week This Week …", "that year that year …"). These give exactly the same
// answers.
import { isWhiteSpace } from '../../chars.js';
import { firstIndex } from '../../sorted.js';

/** Index of the last character before `end` that is not white space, or -1. */
export function lastNonSpace(text: string, end: number): number {
  let i = end - 1;
  while (i >= 0 && isWhiteSpace(text.charCodeAt(i))) i--;
  return i;
}

/** `/[marks]\s*$/.test(text.slice(0, end))`: the last non-space character before `end` is one of `marks`. */
export function endsWithMark(text: string, end: number, marks: string): boolean {
  const i = lastNonSpace(text, end);
  return i >= 0 && marks.includes(text[i]);
}

/**
 * `/[marks]\s*\S*\s*$/.test(text.slice(0, end))`: a mark in the last word before `end`, or right
 * before the white space that precedes that word ("said: USA Today").
 */
export function markBeforeLastWord(text: string, end: number, marks: string): boolean {
  let i = lastNonSpace(text, end);
  if (i < 0) return false;
  while (i >= 0 && !isWhiteSpace(text.charCodeAt(i))) {
    if (marks.includes(text[i])) return true;
    i--;
  }
  const j = lastNonSpace(text, i + 1);
  return j >= 0 && marks.includes(text[j]);
}

// ---------------------------------------------------------------------------------------------
// A regex over the text before a match.
//
// A regex attempt at position p reads only characters before p + reach. Then the attempts that start
// before end − reach behave on `text.slice(0, end)` as on the whole text, and only the last `reach`
// characters need scanning again. The regexes used here read at most a few words and the white space
// between them past where they start: `reach` is 40 + twice the longest white-space run of the text.

interface TextFacts {
  text: string;
  reach: number;
  /** Per regex: all matches of a global scan of the whole text. */
  all: Map<RegExp, RegExpExecArray[]>;
  /** Per regex and start: the first match at or after the start (null: none). */
  first: Map<RegExp, Map<number, RegExpExecArray | null>>;
}

let facts: TextFacts | null = null;

function factsOf(text: string): TextFacts {
  if (facts?.text !== text) {
    let longest = 0;
    let run = 0;
    for (let i = 0; i < text.length; i++) {
      if (isWhiteSpace(text.charCodeAt(i))) {
        run++;
        if (run > longest) longest = run;
      } else run = 0;
    }
    facts = { text, reach: 40 + 2 * longest, all: new Map(), first: new Map() };
  }
  return facts;
}

/**
 * The last match of a global scan (`re` has the g flag) of `text.slice(0, end)`. `re` must read at
 * most a few words and the white space between them past where an attempt starts (see above), and
 * must not match the empty string.
 */
export function lastMatchBefore(re: RegExp, text: string, end: number): RegExpExecArray | null {
  const f = factsOf(text);
  const before = text.slice(0, end);
  const from = end - f.reach;
  let last: RegExpExecArray | null = null;
  re.lastIndex = 0;
  if (from > 0) {
    let all = f.all.get(re);
    if (!all) {
      all = [];
      for (let m = re.exec(text); m; m = re.exec(text)) all.push(m);
      f.all.set(re, all);
    }
    // The last match of the whole text that starts before `from` is a match of the prefix too, and so
    // are all before it; the prefix scan goes on from its end (or from `from`: nothing in between).
    const lo = firstIndex(all.length, (k) => all[k].index >= from);
    if (lo > 0) {
      last = all[lo - 1];
      re.lastIndex = Math.max(from, last.index + last[0].length);
    } else re.lastIndex = from;
  }
  for (let m = re.exec(before); m; m = re.exec(before)) last = m;
  return last;
}

/**
 * Whether a global scan of `text.slice(0, end)` from `start` finds a match (`re.test` of the slice,
 * when start is 0). Same conditions on `re` as above.
 */
export function matchesBefore(re: RegExp, text: string, end: number, start = 0): boolean {
  const f = factsOf(text);
  const from = end - f.reach;
  re.lastIndex = start;
  if (from > start) {
    let byStart = f.first.get(re);
    if (!byStart) f.first.set(re, (byStart = new Map()));
    let first = byStart.get(start);
    if (first === undefined) {
      re.lastIndex = start;
      first = re.exec(text);
      byStart.set(start, first);
    }
    if (first && first.index < from) return true;
    // Every attempt before `from` failed on the whole text, so on the prefix too.
    re.lastIndex = from;
  }
  return re.exec(text.slice(0, end)) !== null;
}
