// A cheap gate in front of the rules: most sentences contain no date word at all, and running 46
// regexes over each of them was most of the extractor's time.
//
// Every rule declares `needs`: groups of lower-case strings; each of the rule's matches contains (case
// insensitively) one string of every group, or an ASCII digit for `DIGIT`. A rule runs only on a
// sentence that contains one string of each of its groups. The strings come from the lexicons the
// fragments are built from (./lexicon.ts) or from the literal words of the pattern, so a match can
// never lack them; tests/extract/date-gate.test.ts checks every rule's examples and every match on
// the test corpora against the gate.
//
// Case: the patterns are /i without /u, which folds ASCII letters only; so does the gate. One pass
// over the sentence (an Aho–Corasick automaton of all the needed strings) finds which it contains.
import {
  DECADE_WORDS,
  HOLIDAYS,
  MONTHS,
  PARTS_OF_DAY,
  REF_WORDS,
  SEASONS,
  SET_ADVERBS,
  WEEKDAYS,
} from './lexicon.js';
import { buildAhoCorasick } from '../aho-corasick.js';

/** Stands for "an ASCII digit" (as `\d` without /u). */
export const DIGIT = '0-9';

export type Needs = readonly (readonly string[])[];

/** The longest word of each phrase (any word of a phrase is in every match of it). */
const longestWords = (phrases: Iterable<string>): string[] =>
  [...phrases].map((p) => p.toLowerCase().split(/[^a-z]+/).reduce((a, b) => (b.length > a.length ? b : a), ''));

/** Every month name and abbreviation starts with the same three letters ("sept." → "sep"). */
export const MONTH_NEEDS = [...new Set(Object.keys(MONTHS).map((k) => k.slice(0, 3)))];
export const WEEKDAY_NEEDS = Object.keys(WEEKDAYS);
/** Parts of the day as the fragment has them ("tonight", "overnight" contain "night"). */
export const PART_NEEDS = Object.keys(PARTS_OF_DAY).filter((k) => k !== 'midday' && k !== 'overnight');
export const SEASON_NEEDS = Object.keys(SEASONS);
export const HOLIDAY_NEEDS = longestWords(Object.keys(HOLIDAYS));
export const DECADE_NEEDS = Object.keys(DECADE_WORDS);
export const SET_ADVERB_NEEDS = Object.keys(SET_ADVERBS);
/** "at present" is matched as "present" after "at". */
export const REF_NEEDS = [...longestWords(Object.keys(REF_WORDS)), 'present'];
/** The words of the UNIT fragment (./fragments.ts): "centuries" does not contain "century". */
export const UNIT_NEEDS = ['year', 'month', 'week', 'fortnight', 'day', 'hour', 'minute', 'second', 'decade', 'centur', 'quarter'];

/**
 * A group without the strings that contain another string of the group (if "recently" is in the
 * text, so is "recent"): fewer marks to check, same answer.
 */
function reduceGroup(group: readonly string[]): string[] {
  const unique = [...new Set(group)];
  return unique.filter((w) => !unique.some((o) => o !== w && w.includes(o)));
}

/** All the strings the rules need. */
const STRINGS: string[] = [];
const INDEX = new Map<string, number>();

/**
 * An Aho–Corasick automaton for STRINGS. Characters are read as classes (`classOf[code]` for ASCII
 * codes, after folding upper case; 0 for every character no needed string has); the next state is
 * `delta[(state << shift) | class]`; the strings that end in a state are `ends[endsAt[state]]` up to
 * `ends[endsAt[state + 1]]`. Built when first needed, again after new strings.
 */
interface Automaton {
  classOf: Uint8Array;
  /** log2 of the row width (a power of two at least the number of classes). */
  shift: number;
  delta: Int32Array;
  endsAt: Int32Array;
  ends: Int32Array;
}

let automaton: Automaton | null = null;

function build(): Automaton {
  const classOf = new Uint8Array(128);
  let width = 1;
  for (const w of STRINGS) {
    if (w === DIGIT) continue;
    for (let k = 0; k < w.length; k++) if (classOf[w.charCodeAt(k)] === 0) classOf[w.charCodeAt(k)] = width++;
  }
  let shift = 0;
  while (1 << shift < width) shift++;
  width = 1 << shift;
  // Every needed string over classes, with its own index as output (DIGIT is no string to find).
  const words: number[][] = [];
  const outputs: number[][] = [];
  STRINGS.forEach((w, id) => {
    if (w === DIGIT) return;
    words.push(Array.from(w, (ch) => classOf[ch.charCodeAt(0)]));
    outputs.push([id]);
  });
  const { delta, found } = buildAhoCorasick(words, outputs, width);
  const n = found.length;
  const endsAt = new Int32Array(n + 1);
  for (let u = 0; u < n; u++) endsAt[u + 1] = endsAt[u] + found[u].length;
  return { classOf, shift, delta, endsAt, ends: Int32Array.from(found.flat()) };
}

export interface CompiledNeeds {
  /** Per group, the indices of its strings in STRINGS. */
  groups: number[][];
  /** Per group, a bit mask over STRINGS (`words` 32-bit words each), made on first use. */
  masks: Int32Array[];
  words: number;
}

export function compileNeeds(needs: Needs): CompiledNeeds {
  const groups = needs.map((g) =>
    reduceGroup(g).map((w) => {
      if (w !== DIGIT && !/^[\x20-\x7e]+$/.test(w)) throw new Error(`date gate: "${w}" must be printable ASCII`);
      if (w !== w.toLowerCase()) throw new Error(`date gate: "${w}" must be lower case`);
      let i = INDEX.get(w);
      if (i === undefined) {
        i = STRINGS.length;
        STRINGS.push(w);
        INDEX.set(w, i);
        automaton = null;
      }
      return i;
    }),
  );
  return { groups, masks: [], words: 0 };
}

/** Which strings the sentence holds, one bit each (reused from sentence to sentence). */
let present = new Int32Array(1);

/** Indices of the rules (by their compiled needs) that may match in `text`: those with a string of every group in it. */
export function admittedRules(text: string, rules: readonly CompiledNeeds[]): number[] {
  automaton ??= build();
  const { classOf, shift, delta, endsAt, ends } = automaton;
  const words = (STRINGS.length + 31) >> 5;
  if (present.length !== words) present = new Int32Array(words);
  const bits = present;
  bits.fill(0);
  let digit = false;
  let state = 0;
  for (let p = 0, n = text.length; p < n; p++) {
    let c = text.charCodeAt(p);
    if (c >= 128) {
      state = 0; // no needed string has a character outside ASCII
      continue;
    }
    if (c >= 65 && c <= 90) c += 32;
    else if (c >= 48 && c <= 57) digit = true;
    state = delta[(state << shift) | classOf[c]];
    for (let k = endsAt[state], e = endsAt[state + 1]; k < e; k++) bits[ends[k] >> 5] |= 1 << (ends[k] & 31);
  }
  const d = INDEX.get(DIGIT);
  if (d !== undefined && digit) bits[d >> 5] |= 1 << (d & 31);
  let any = 0;
  for (let w = 0; w < words; w++) any |= bits[w];
  const out: number[] = [];
  if (any === 0) return out;
  for (let r = 0; r < rules.length; r++) {
    const rule = rules[r];
    if (rule.words !== words) {
      rule.masks = rule.groups.map((g) => {
        const m = new Int32Array(words);
        for (const i of g) m[i >> 5] |= 1 << (i & 31);
        return m;
      });
      rule.words = words;
    }
    let ok = true;
    for (const m of rule.masks) {
      let hit = 0;
      for (let w = 0; w < words; w++) hit |= bits[w] & m[w];
      if (hit === 0) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(r);
  }
  return out;
}
