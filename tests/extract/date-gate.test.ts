// The date extractor's shortcuts give the answers of the plain forms they replace: the gate never
// keeps a rule from a sentence it matches in, and the scans of the text before a match, the tense
// lookup and the overlap settling agree with a full scan.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dateExtractor } from '../../src/extract/date/index.js';
import { admittedRules, compileNeeds, DIGIT } from '../../src/extract/date/gate.js';
import { HOLIDAYS, MONTHS, NUMBER_WORDS, ORDINALS, PARTS_OF_DAY, REF_WORDS, SEASONS, SET_ADVERBS, WEEKDAYS } from '../../src/extract/date/lexicon.js';
import { RULES } from '../../src/extract/date/rules.js';
import { endsWithMark, lastMatchBefore, markBeforeLastWord, matchesBefore } from '../../src/extract/date/scan.js';
import { tenseNear, tenseNearScan, type TenseCue } from '../../src/extract/date/tense.js';
import { isWhiteSpace } from '../../src/chars.js';
import { contextFor } from '../helpers.js';

const NEEDS = RULES.map((r) => compileNeeds(r.needs));

/** A deterministic pseudo-random generator (the same strings on every run). */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Rules whose pattern matches somewhere in `text` but that the gate does not admit. */
function missed(text: string): string[] {
  const admitted = new Set(admittedRules(text, NEEDS));
  const out: string[] = [];
  RULES.forEach((rule, r) => {
    rule.pattern.lastIndex = 0;
    if (rule.pattern.test(text) && !admitted.has(r)) out.push(rule.id);
    rule.pattern.lastIndex = 0;
  });
  return out;
}

describe('date gate', () => {
  it('every rule declares what it needs, in lower-case ASCII', () => {
    for (const rule of RULES) {
      expect(rule.needs.length, rule.id).toBeGreaterThan(0);
      for (const group of rule.needs) {
        expect(group.length, rule.id).toBeGreaterThan(0);
        for (const w of group) if (w !== DIGIT) expect(w, rule.id).toMatch(/^[a-z0-9/'-]+$/);
      }
    }
  });

  it.each(RULES.map((r, i) => [r.id, i] as const))('%s: its examples pass the gate', (_id, r) => {
    for (const example of RULES[r].examples) expect(admittedRules(example, NEEDS), example).toContain(r);
  });

  it('admits, in every line of the corpora, each rule that matches there', () => {
    const texts: string[] = [];
    for (const f of fs.readdirSync('corpus').filter((n) => n.endsWith('.txt'))) texts.push(fs.readFileSync(`corpus/${f}`, 'utf8'));
    for (const f of ['corpus/open-corpus.jsonl', '../shared/dev/timex-train.jsonl']) {
      if (!fs.existsSync(f)) continue;
      for (const line of fs.readFileSync(f, 'utf8').split('\n')) if (line.trim()) texts.push(String(JSON.parse(line).text ?? ''));
    }
    let lines = 0;
    for (const text of texts) {
      for (const line of text.split(/\r\n|\r|\n/)) {
        if (line.trim() === '') continue;
        lines++;
        const m = missed(line);
        if (m.length) expect({ line, missed: m }).toEqual({ line, missed: [] });
      }
    }
    expect(lines).toBeGreaterThan(500);
  });

  it('admits each rule that matches in random strings of date words, numbers and marks', () => {
    const rand = prng(20240212);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)];
    const vocabulary = [
      ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(NUMBER_WORDS), ...Object.keys(ORDINALS), ...Object.keys(SEASONS),
      ...Object.keys(PARTS_OF_DAY), ...Object.keys(HOLIDAYS), ...Object.keys(REF_WORDS), ...Object.keys(SET_ADVERBS),
      'year', 'years', 'month', 'months', 'week', 'weeks', 'weekend', 'day', 'days', 'hour', 'hours', 'minutes', 'seconds', 'decade',
      'decades', 'century', 'centuries', 'quarter', 'quarters', 'fortnight', 'half', 'period', 'fiscal', 'FY', 'Q', 'H', 'ago', 'earlier',
      'later', 'the', 'a', 'an', 'of', 'in', 'at', 'on', 'this', 'last', 'next', 'that', 'same', 'every', 'each', 'per', 'early', 'mid',
      'late', 'end', 'beginning', 'noon', 'midnight', 'today', 'tonight', 'tomorrow', 'yesterday', 'moment', 'point', 'time', 'while',
      'long', 'ahead', 'to', 'come', 'year-ago', 'year-earlier', 'year-end', "year's", 'nineteen', 'thousand', 'ties', "'90s", '1990s',
      'p.m.', 'a.m.', 'EST', 'GMT', "o'clock",
    ];
    const numbers = () => pick(['1', '7', '12', '19', '20', '2', '31', '1990', '2024', '2015-03-20', '25/12/2023', '12:27', '3', '10', '21st', '4th', '1Q', 'Q3', '1,000', '1.5']);
    const marks = [' ', ' ', ' ', '  ', '-', ', ', '. ', '/', '\t', ': ', "'s ", '’s ', ' (', ') ', '\u00a0'];
    const randomCase = (w: string) => (rand() < 0.3 ? w[0].toUpperCase() + w.slice(1) : rand() < 0.1 ? w.toUpperCase() : w);
    for (let n = 0; n < 4000; n++) {
      let s = '';
      const words = 1 + Math.floor(rand() * 7);
      for (let k = 0; k < words; k++) s += (rand() < 0.3 ? numbers() : randomCase(pick(vocabulary))) + pick(marks);
      const m = missed(s);
      if (m.length) expect({ s, missed: m }).toEqual({ s, missed: [] });
    }
  });
});

describe('scans of the text before a match', () => {
  it('isWhiteSpace is \\s, for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      if (isWhiteSpace(c) !== /\s/.test(String.fromCharCode(c))) expect([c.toString(16), isWhiteSpace(c)]).toEqual([c.toString(16), !isWhiteSpace(c)]);
    }
  });

  it('endsWithMark and markBeforeLastWord answer as their regexes', () => {
    const rand = prng(7);
    const alphabet = ['a', 'B', '.', ':', '"', '“', ' ', '  ', '\n', '\u00a0', 'x.y', '?', '(', 'USA', '😀'];
    for (let n = 0; n < 5000; n++) {
      let s = '';
      const len = Math.floor(rand() * 8);
      for (let k = 0; k < len; k++) s += alphabet[Math.floor(rand() * alphabet.length)];
      const end = Math.floor(rand() * (s.length + 1));
      const before = s.slice(0, end);
      expect(endsWithMark(s, end, '.!?:"“'), JSON.stringify([s, end])).toBe(/[.!?:"“]\s*$/.test(before));
      expect(endsWithMark(s, end, '.!?:"“('), JSON.stringify([s, end])).toBe(/[.!?:"“(]\s*$/.test(before));
      expect(markBeforeLastWord(s, end, '.!?:"“'), JSON.stringify([s, end])).toBe(/[.!?:"“]\s*\S*\s*$/.test(before));
    }
  });

  it('lastMatchBefore and matchesBefore answer as a scan of the slice, also after long blank runs', () => {
    const rand = prng(11);
    const STATED = /(?:\b(?<month>(?:january|march|may|sept)\.?(?!\w))(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+)?\b(?<y>(?:1[89]\d\d|20\d\d)(?![\w]|[.,]\d))/gi;
    const PERIOD = /\b(?:this|the|full|fiscal)\s+year\b|\bnine\s+months\b|\bannual\b/gi;
    const parts = ['March', 'may', 'Sept.', '12', '3rd,', '1990', '2024', '2024.5', 'the', 'year', 'years', 'full', 'nine', 'months', 'annual', 'x', ' ', ' ', '\n', ' '.repeat(60), ',', '.'];
    for (let n = 0; n < 1500; n++) {
      let s = '';
      const len = Math.floor(rand() * 60);
      for (let k = 0; k < len; k++) s += parts[Math.floor(rand() * parts.length)] + (rand() < 0.7 ? ' ' : '');
      for (let q = 0; q < 6; q++) {
        const end = Math.floor(rand() * (s.length + 1));
        const before = s.slice(0, end);
        let expected: RegExpExecArray | null = null;
        STATED.lastIndex = 0;
        for (let m = STATED.exec(before); m; m = STATED.exec(before)) expected = m;
        const got = lastMatchBefore(STATED, s, end);
        expect([got?.index, got?.[0], got?.groups?.month], JSON.stringify([s, end])).toEqual([expected?.index, expected?.[0], expected?.groups?.month]);
        const from = Math.floor(rand() * (end + 1));
        PERIOD.lastIndex = from;
        const want = PERIOD.exec(before) !== null;
        expect(matchesBefore(PERIOD, s, end, from), JSON.stringify([s, end, from])).toBe(want);
      }
    }
  });
});

describe('tense lookup by binary search', () => {
  it('agrees with the scan of all the cues', () => {
    const rand = prng(3);
    const tenses: TenseCue['tense'][] = ['past', 'future', 'present', 'break' as TenseCue['tense']];
    for (let n = 0; n < 400; n++) {
      // Cues in text order without overlaps, as tenseCues makes them (zero-length ones too).
      const cues: TenseCue[] = [];
      let at = 0;
      const count = 33 + Math.floor(rand() * 80);
      for (let k = 0; k < count; k++) {
        at += Math.floor(rand() * 4);
        const len = Math.floor(rand() * 6);
        cues.push({ start: at, end: at + len, tense: tenses[Math.floor(rand() * tenses.length)] });
        at += len;
      }
      for (let q = 0; q < 40; q++) {
        const start = Math.floor(rand() * (at + 4));
        const end = start + 1 + Math.floor(rand() * 12);
        expect(tenseNear(cues, start, end), JSON.stringify({ start, end, n, q })).toBe(tenseNearScan(cues, start, end));
      }
    }
  });
});

describe('long sentences', () => {
  it('find in N copies of a phrase in one sentence the mentions of one copy', () => {
    const phrase = 'talks on 10 February 2022 at 3 p.m. and on Monday';
    const one = dateExtractor.extract(contextFor(`${phrase}.`, '2024-02-12')).map((d) => [d.text, d.value]);
    const text = `${Array.from({ length: 40 }, () => phrase).join(', ')}.`;
    const ctx = contextFor(text, '2024-02-12');
    expect(ctx.sentences.length).toBe(1);
    const many = dateExtractor.extract(ctx).map((d) => [d.text, d.value]);
    expect(many).toEqual(Array.from({ length: 40 }, () => one).flat());
  });
});
