// A cheap gate before a trigger's regex, derived from the trigger's own pattern (no second word
// list that could drift from the rules).
//
// literalFactors() reads a pattern and returns the literal strings a match must contain: a list of
// clauses, each a set of alternatives ("will " or "shall " or "'ll " …; and "be "). A sentence that
// lacks every alternative of some clause cannot match, so the regex is not run on it. The test is
// made on gateText(): the sentence lower-cased, "ſ" read as "s" (as the /iu flags do), and every
// run of white space as one space, so that "will\s+not" becomes the literal "will not".
//
// Unknown or wide constructs (\p{L}, [a-z], \S, ".", back-references) simply contribute no
// literal, so the gate errs only towards running the regex. tests/extract/commitment-gate.test.ts
// checks the gate against the regexes on the trigger examples and on generated text.
import { buildAhoCorasick } from '../aho-corasick.js';

type Node =
  | { t: 'lit'; s: string }
  | { t: 'space' }
  | { t: 'any' }
  | { t: 'set'; chars: string[] }
  | { t: 'empty' }
  | { t: 'ahead'; item: Node }
  | { t: 'cat'; items: Node[] }
  | { t: 'alt'; items: Node[] }
  | { t: 'rep'; item: Node; min: number; max: number };

const WS = /\s/u;
/** Largest character class read as its characters ([sz], [’']); wider ones are "any character". */
const MAX_SET = 4;
/** Largest set of exact strings carried through a concatenation. */
const MAX_EXACT = 128;

function parse(src: string): Node {
  let i = 0;
  const peek = (): string => src[i];

  function alternation(): Node {
    const items: Node[] = [sequence()];
    while (peek() === '|') {
      i++;
      items.push(sequence());
    }
    return items.length === 1 ? items[0] : { t: 'alt', items };
  }

  function sequence(): Node {
    const items: Node[] = [];
    while (i < src.length && peek() !== '|' && peek() !== ')') items.push(quantified(atom()));
    return { t: 'cat', items };
  }

  function quantified(a: Node): Node {
    for (;;) {
      const c = peek();
      let min: number;
      let max: number;
      if (c === '?') [min, max] = [0, 1];
      else if (c === '*') [min, max] = [0, Infinity];
      else if (c === '+') [min, max] = [1, Infinity];
      else if (c === '{' && /^\{\d+(?:,\d*)?\}/.test(src.slice(i))) {
        const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(src.slice(i))!;
        min = Number(m[1]);
        max = m[2] ? (m[3] ? Number(m[3]) : Infinity) : min;
        i += m[0].length - 1;
      } else return a;
      i++;
      if (peek() === '?') i++; // lazy: same language
      a = { t: 'rep', item: a, min, max };
    }
  }

  function atom(): Node {
    const c = src[i++];
    if (c === '(') {
      let zeroWidth = false;
      let ahead = false;
      if (src.startsWith('?:', i)) i += 2;
      else if (src.startsWith('?=', i)) {
        i += 2;
        ahead = true;
      } else if (src.startsWith('?!', i)) {
        i += 2;
        zeroWidth = true;
      } else if (src.startsWith('?<=', i) || src.startsWith('?<!', i)) {
        i += 3;
        zeroWidth = true;
      } else if (src.startsWith('?<', i)) i = src.indexOf('>', i) + 1;
      const inner = alternation();
      if (src[i++] !== ')') throw new Error(`gate: unbalanced group in ${src}`);
      return ahead ? { t: 'ahead', item: inner } : zeroWidth ? { t: 'empty' } : inner;
    }
    if (c === '[') return charClass();
    if (c === '.') return { t: 'any' };
    if (c === '^' || c === '$') return { t: 'empty' };
    if (c === '\\') return escape();
    return literal(c);
  }

  function literal(c: string): Node {
    if (WS.test(c)) return { t: 'space' };
    return { t: 'lit', s: fold(c) };
  }

  function escape(): Node {
    const c = src[i++];
    if (c === 'b' || c === 'B') return { t: 'empty' };
    if (c === 's') return { t: 'space' };
    if (c === 'p' || c === 'P') {
      if (peek() === '{') i = src.indexOf('}', i) + 1;
      return { t: 'any' };
    }
    if ('SdDwW'.includes(c)) return { t: 'any' };
    if (/\d/.test(c)) throw new Error(`gate: back-references are not supported (${src})`);
    if (c === 'n' || c === 'r' || c === 't' || c === 'f' || c === 'v') return { t: 'space' };
    if (c === 'u' || c === 'x' || c === 'c' || c === 'k') return { t: 'any' }; // rare; no literal taken
    return literal(c);
  }

  function charClass(): Node {
    let negated = false;
    if (peek() === '^') {
      negated = true;
      i++;
    }
    const chars: string[] = [];
    let wide = false;
    let first = true;
    while (i < src.length && (peek() !== ']' || first)) {
      first = false;
      let c = src[i++];
      if (c === '\\') {
        const e = src[i++];
        if (e === 'p' || e === 'P') {
          if (peek() === '{') i = src.indexOf('}', i) + 1;
          wide = true;
          continue;
        }
        if ('sSdDwWbu'.includes(e)) {
          wide = true;
          continue;
        }
        c = e;
      }
      if (peek() === '-' && src[i + 1] !== ']' && src[i + 1] !== undefined) {
        i++;
        let hi = src[i++];
        if (hi === '\\') hi = src[i++];
        const span = hi.charCodeAt(0) - c.charCodeAt(0);
        if (span < 0 || span >= MAX_SET) wide = true;
        else for (let k = 0; k <= span; k++) chars.push(String.fromCharCode(c.charCodeAt(0) + k));
        continue;
      }
      chars.push(c);
    }
    if (src[i++] !== ']') throw new Error(`gate: unterminated class in ${src}`);
    if (negated || wide || chars.length > MAX_SET || chars.some((c) => WS.test(c))) return { t: 'any' };
    return { t: 'set', chars: [...new Set(chars.map(fold))] };
  }

  const node = alternation();
  if (i < src.length) throw new Error(`gate: cannot read ${src} at ${i}`);
  return node;
}

/** Case as the /iu flags see it, for the gate: lower case, with the long s read as "s". */
function fold(s: string): string {
  return s.toLowerCase().replace(/ſ/g, 's');
}

/** What a node tells: the exact strings it can match (when few), and clauses of required literals. */
interface Info {
  exact: Set<string> | null;
  clauses: Set<string>[];
}

const join = (a: string, b: string): string => (a.endsWith(' ') && b.startsWith(' ') ? a + b.slice(1) : a + b);

function cross(a: Set<string>, b: Set<string>): Set<string> | null {
  if (a.size * b.size > MAX_EXACT) return null;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(join(x, y));
  return out;
}

/** A clause worth keeping: no empty string, reduced to its shortest members ("will" covers "will not"). */
function clauseOf(set: Set<string>): Set<string> | null {
  // Characters outside the BMP are not read by the automaton (Gate): such a literal is no clause.
  for (const s of set) if (s.trim() === '' || /[\ud800-\udfff]/.test(s)) return null;
  return set.size ? set : null;
}

/** A clause without the literals that contain another of its literals ("will" covers "will not"). */
function minimal(set: Set<string>): Set<string> {
  const words = [...set].sort((a, b) => a.length - b.length);
  const kept: string[] = [];
  for (const w of words) if (!kept.some((o) => w.includes(o))) kept.push(w);
  return new Set(kept);
}

function info(n: Node): Info {
  switch (n.t) {
    case 'lit':
      return { exact: new Set([n.s]), clauses: [] };
    case 'space':
      return { exact: new Set([' ']), clauses: [] };
    case 'set':
      return { exact: new Set(n.chars), clauses: [] };
    case 'any':
      return { exact: null, clauses: [] };
    case 'empty':
      // A lookahead read alone requires nothing (in a sequence, see 'cat').
      return { exact: new Set(['']), clauses: [] };
    case 'ahead':
      return { exact: new Set(['']), clauses: [] };
    case 'cat': {
      // Runs of items with exact strings are joined ("will" + " " + "not"); an unknown item or a
      // run grown too large ends the run, which then becomes a clause.
      const clauses: Set<string>[] = [];
      let run = new Set(['']);
      let whole = true;
      const flush = (): void => {
        const c = clauseOf(run);
        if (c) clauses.push(c);
      };
      for (const item of n.items) {
        if (item.t === 'ahead') {
          // "commitment(?=\s+to)": what the lookahead requires follows the run ("commitment to");
          // it consumes nothing, so the run goes on as if it were not there.
          const y = info(item.item);
          const ahead = y.exact ? cross(run, y.exact) : null;
          const c = ahead ? clauseOf(ahead) : y.exact ? clauseOf(y.exact) : null;
          if (c) clauses.push(c);
          if (!y.exact) clauses.push(...y.clauses);
          whole = false;
          continue;
        }
        const x = info(item);
        clauses.push(...x.clauses);
        const joined = x.exact ? cross(run, x.exact) : null;
        if (joined) {
          run = joined;
          continue;
        }
        whole = false;
        flush();
        run = x.exact ?? new Set(['']);
      }
      if (whole) return { exact: run, clauses: [] };
      flush();
      return { exact: null, clauses };
    }
    case 'alt': {
      const infos = n.items.map(info);
      if (infos.every((x) => x.exact)) {
        const all = new Set<string>();
        for (const x of infos) for (const s of x.exact!) all.add(s);
        if (all.size <= MAX_EXACT) return { exact: all, clauses: [] };
      }
      // Any branch can match: a clause is the union of each branch's best clause.
      const union = new Set<string>();
      for (const x of infos) {
        const best = bestClause(x);
        if (!best) return { exact: null, clauses: [] };
        for (const s of best) union.add(s);
      }
      const c = clauseOf(union);
      return { exact: null, clauses: c ? [c] : [] };
    }
    case 'rep': {
      if (n.item.t === 'space') return { exact: n.min === 0 ? new Set(['', ' ']) : new Set([' ']), clauses: [] };
      const x = info(n.item);
      if (n.min === 0 && n.max === 1 && x.exact) return { exact: new Set(['', ...x.exact]), clauses: [] };
      if (n.min === 1 && n.max === 1) return x;
      if (n.min === 0) return { exact: null, clauses: [] };
      const best = bestClause(x);
      return { exact: null, clauses: best ? [best] : [] };
    }
  }
}

/** The most selective clause of a node: its longest shortest literal. */
function bestClause(x: Info): Set<string> | null {
  const cands = [...x.clauses, ...(x.exact ? [clauseOf(x.exact)].filter((c): c is Set<string> => !!c) : [])];
  let best: Set<string> | null = null;
  for (const c of cands) if (!best || score(c) > score(best)) best = c;
  return best;
}

function score(c: Set<string>): number {
  let min = Infinity;
  for (const s of c) min = Math.min(min, s.length);
  return min * 1000 - c.size;
}

/** Clauses of literals that every match of `pattern` contains (see the file comment); [] when none is known. */
export function literalFactors(pattern: string): string[][] {
  const x = info(parse(pattern));
  const clauses = x.exact ? [clauseOf(x.exact)].filter((c): c is Set<string> => !!c) : x.clauses;
  // Keep the few most selective clauses: each costs a search per sentence.
  return clauses
    .filter((c) => score(c) >= 2000)
    .sort((a, b) => score(b) - score(a))
    .slice(0, 2)
    .map((c) => [...minimal(c)].sort());
}

/** The text a gate reads: lower case as the /iu flags fold it, white space runs as one space. */
export function gateText(s: string): string {
  return fold(s).replace(/\s+/g, ' ');
}

/** Does the gate text hold a literal of every clause? (The reference for Gate, used in tests.) */
export function passes(text: string, clauses: readonly (readonly string[])[]): boolean {
  return clauses.every((clause) => clause.some((lit) => text.includes(lit)));
}

/**
 * The gates of many patterns, tested in one pass over a sentence: an Aho-Corasick automaton over
 * all their literals, reading the sentence as gateText() would (folded, white space collapsed)
 * without building that string. open(text)[k] says whether pattern k can match text.
 */
export class Gate {
  readonly clauses: string[][][];
  /** Per pattern: the indexes of its clauses in the flat clause list. */
  private readonly clauseIds: number[][];
  /** Characters of the literals → their index in the automaton's alphabet. */
  readonly alphabet = new Map<string, number>();
  /**
   * The transitions, as offsets: step[s * width + a] is the next state times width, bitwise
   * negated (~) when that state satisfies some clause. One load and one sign test per character.
   */
  private readonly step: Int32Array;
  /** Per state: the clauses its literals (and those of its suffixes) satisfy, as hitIds[hitStart[s] .. hitStart[s + 1]). */
  private readonly hitStart: Int32Array;
  private readonly hitIds: Int32Array;
  private readonly width: number;
  /** Per sentence: which clauses were seen, and which patterns are open (reused between calls). */
  private readonly seen: Uint8Array;
  private readonly result: Uint8Array;
  private table: Uint8Array | null = null;

  constructor(patterns: readonly string[]) {
    this.clauses = patterns.map((p) => literalFactors(p));
    const literals = new Map<string, number[]>();
    let nClauses = 0;
    this.clauseIds = this.clauses.map((cs) =>
      cs.map((clause) => {
        const id = nClauses++;
        for (const lit of clause) literals.set(lit, [...(literals.get(lit) ?? []), id]);
        return id;
      }),
    );
    // Index 0 is "any other character"; a space stands for every white space run.
    this.alphabet.set(' ', 1);
    for (const lit of literals.keys()) for (const ch of lit) if (!this.alphabet.has(ch)) this.alphabet.set(ch, this.alphabet.size + 1);
    const width = this.alphabet.size + 1;
    if (width > 255) throw new Error('gate: too many distinct characters in the literals');
    const lits = [...literals.keys()];
    const { delta, found: out } = buildAhoCorasick(
      lits.map((lit) => Array.from(lit, (ch) => this.alphabet.get(ch)!)),
      lits.map((lit) => literals.get(lit)!),
      width,
    );
    this.step = delta.map((t) => (out[t].length ? ~(t * width) : t * width));
    this.width = width;
    this.hitStart = new Int32Array(out.length + 1);
    for (let k = 0; k < out.length; k++) this.hitStart[k + 1] = this.hitStart[k] + out[k].length;
    this.hitIds = Int32Array.from(out.flat());
    this.seen = new Uint8Array(nClauses);
    this.result = new Uint8Array(patterns.length);
  }

  /** Character code → alphabet index, folded as gateText() folds (built on first use). */
  private codes(): Uint8Array {
    this.table ??= codeTable(this.alphabet);
    return this.table;
  }

  /**
   * Per pattern: can it match text[from, to) (all of text by default)? Reading the document's own
   * string, not a slice of it, keeps each character one load. The array is reused by the next call.
   */
  open(text: string, from = 0, to = text.length): Uint8Array {
    const table = this.codes();
    const { step, width, hitStart, hitIds, seen, result, clauseIds } = this;
    seen.fill(0);
    let s = 0;
    let prevSpace = false;
    for (let i = from; i < to; i++) {
      const a = table[text.charCodeAt(i)];
      if (a === 1) {
        if (prevSpace) continue;
        prevSpace = true;
      } else prevSpace = false;
      s = step[s + a];
      if (s < 0) {
        s = ~s;
        const state = s / width;
        for (let k = hitStart[state], end = hitStart[state + 1]; k < end; k++) seen[hitIds[k]] = 1;
      }
    }
    for (let p = 0; p < clauseIds.length; p++) {
      let ok = 1;
      for (const id of clauseIds[p]) if (seen[id] === 0) ok = 0;
      result[p] = ok;
    }
    return result;
  }
}

/** The characters \s matches (ECMAScript WhiteSpace and LineTerminator). */
const WHITE_SPACE = [0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff];


/**
 * Character code → alphabet index: 1 for white space, the literal character a code folds to, 0 for
 * any other. Built from the alphabet: each character, its upper case, and the two characters the
 * /iu flags fold to an ASCII letter (ſ → s, the Kelvin sign → k). `exhaustive` folds every code
 * instead (slow; tests check that both agree).
 */
export function codeTable(alphabet: ReadonlyMap<string, number>, exhaustive = false): Uint8Array {
  const table = new Uint8Array(0x10000);
  if (exhaustive) {
    for (let c = 0; c < 0x10000; c++) {
      if (c >= 0xd800 && c < 0xe000) continue;
      const ch = String.fromCharCode(c);
      table[c] = /\s/u.test(ch) ? 1 : (alphabet.get(fold(ch)) ?? 0);
    }
    return table;
  }
  for (const [ch, a] of alphabet) {
    for (const v of [ch, ch.toUpperCase(), ch === 's' ? 'ſ' : '', ch === 'k' ? '\u212a' : '']) if (v.length === 1 && fold(v) === ch) table[v.charCodeAt(0)] = a;
  }
  for (const c of WHITE_SPACE) table[c] = 1;
  return table;
}
