// The gate before the trigger regexes (src/extract/commitment/gate.ts) is derived from the
// triggers' own patterns. These tests check that it never closes on a sentence where a trigger's
// regex matches: on every trigger's examples, on text built from the patterns' own words, and on
// the case and white-space variants the /iu flags accept.
import { describe, expect, it } from 'vitest';
import { TRIGGERS } from '../../src/extract/commitment/cues.js';
import { codeTable, Gate, gateText, literalFactors, passes } from '../../src/extract/commitment/gate.js';
import { isWhiteSpace } from '../../src/chars.js';
import { QUICK } from '../../src/extract/commitment/index.js';
import { processDocument } from '../../src/pipeline/index.js';
import { makeDocument } from '../helpers.js';

const MATCHED = TRIGGERS.filter((t) => t.id !== 'commitment/imperative');
const GATE = new Gate(MATCHED.map((t) => t.pattern));
const REGEXES = MATCHED.map((t) => new RegExp(t.pattern, 'iu'));

/** A deterministic pseudo-random sequence (the same text on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Words taken from the patterns themselves, so that generated text reaches every trigger. */
const PATTERN_WORDS = [...new Set(MATCHED.flatMap((t) => t.pattern.match(/[a-z]{2,}/g) ?? []))].filter((w) => !/^(?:verb|neg|noun|ban)$/.test(w));
const EXAMPLE_WORDS = [...new Set(MATCHED.flatMap((t) => t.examples.join(' ').split(/\s+/)))];
const SPACES = [' ', ' ', ' ', '  ', '\n', '\t', '\u00a0', '\u2009', ' \n '];
const ODD = ['ſ', '\u212a', 'İ', '’', "'", ':', ',', 'n’t', "n't", '$5', '€', '“', '”', '-'];

function variant(word: string, r: () => number): string {
  const x = r();
  if (x < 0.15) return word.toUpperCase();
  if (x < 0.3) return word[0].toUpperCase() + word.slice(1);
  // The /iu flags read "ſ" as "s" and the Kelvin sign as "k".
  if (x < 0.35) return word.replace(/s/g, 'ſ').replace(/k/g, '\u212a');
  return word;
}

function sentence(r: () => number): string {
  const n = 2 + Math.floor(r() * 14);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const pool = r() < 0.6 ? PATTERN_WORDS : r() < 0.8 ? EXAMPLE_WORDS : ODD;
    parts.push(variant(pool[Math.floor(r() * pool.length)], r));
    parts.push(SPACES[Math.floor(r() * SPACES.length)]);
  }
  return parts.join('');
}

function checkSound(text: string): void {
  const open = GATE.open(text);
  REGEXES.forEach((re, k) => {
    if (re.test(text)) expect(open[k], `${MATCHED[k].id} matches ${JSON.stringify(text)} but its gate is closed`).toBe(1);
  });
}

describe('trigger gate', () => {
  it('derives literals for every trigger but the anchored imperative', () => {
    for (const t of MATCHED) expect(literalFactors(t.pattern).length, t.id).toBeGreaterThan(0);
    expect(literalFactors(String.raw`\b(?:will|shall)\s+(?<neg>not\s+)?be\b`)).toEqual([['shall be', 'shall not be', 'will be', 'will not be']]);
    // The literal run goes on through "\s+to\s+" (as one space) and stops at [a-z]+.
    expect(literalFactors(String.raw`\b(?:pledg|vow)(?:e|ed)?\s+to\s+[a-z]+`)).toEqual([['pledg to ', 'pledge to ', 'pledged to ', 'vow to ', 'vowe to ', 'vowed to ']]);
    // Nothing literal is required: no clause, the gate stays open.
    expect(literalFactors(String.raw`\b[a-z]+ly\b`)).toEqual([]);
  });

  it('is open on every trigger example', () => {
    for (const t of MATCHED) for (const ex of t.examples) checkSound(ex);
  });

  it('is open wherever a trigger regex matches generated text', () => {
    const r = rng(20240212);
    let matched = 0;
    for (let i = 0; i < 4000; i++) {
      const text = sentence(r);
      checkSound(text);
      if (REGEXES.some((re) => re.test(text))) matched++;
    }
    // The generated text does reach the triggers (a gate that is never tested proves nothing).
    expect(matched).toBeGreaterThan(1000);
  });

  it('reads the text as gateText() does (automaton and reference agree)', () => {
    const r = rng(7);
    for (let i = 0; i < 2000; i++) {
      const text = sentence(r);
      const open = GATE.open(text);
      const folded = gateText(text);
      GATE.clauses.forEach((clauses, k) => expect(open[k], `${MATCHED[k].id} on ${JSON.stringify(text)}`).toBe(passes(folded, clauses) ? 1 : 0));
    }
  });

  it('folds every character as the /iu flags do, and knows white space as \\s does', () => {
    const g = GATE as unknown as { alphabet: Map<string, number> };
    const table = codeTable(g.alphabet);
    expect(table).toEqual(codeTable(g.alphabet, true));
    for (let c = 0; c < 0x10000; c++) if (c < 0xd800 || c >= 0xe000) expect(isWhiteSpace(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
    // Every character a literal character matches under /iu maps to it.
    for (const [ch, a] of g.alphabet) {
      if (ch === ' ') continue;
      const re = new RegExp(ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'iu');
      for (let c = 0; c < 0x10000; c++) if ((c < 0xd800 || c >= 0xe000) && re.test(String.fromCharCode(c))) expect(table[c], `${ch} ~ U+${c.toString(16)}`).toBe(a);
    }
  });
});

describe('the hand-typed QUICK pre-filter', () => {
  it('covers every trigger (a new trigger must not open a gap)', () => {
    // A trigger is covered when QUICK matches every literal of one of its clauses. It once missed
    // "are outlawed", "not tolerated", "has no intention to", "is poised to" and "intention to",
    // which then fired only when some other stem was in the sentence.
    const uncovered = MATCHED.filter((t) => !literalFactors(t.pattern).some((c) => c.every((lit) => QUICK.test(lit)))).map((t) => t.id);
    expect(uncovered).toEqual([]);
  });

  it.each([
    ['Cluster munitions are outlawed in Norway.', 'commitment/passive-ban'],
    ['Foreign bases are not tolerated on Danish soil.', 'commitment/passive-ban'],
    ['Sweden has no intention to quit NATO.', 'commitment/no-plans'],
    ['Japan is poised to double its defence budget.', 'commitment/intend'],
  ])('%j fires without another stem in the sentence', (text, rule) => {
    expect(processDocument(makeDocument(text, null)).commitments.map((c) => c.rule)).toEqual([rule]);
  });
});
