// Hostile input for the segmenter and the date extractor: pathological texts finish in time linear
// in their length, with offsets that index the text. The goal is well under a second per
// 100 KB; the bound asserted is looser (3 s per 100 KB) so that a busy machine does not fail it —
// what it catches is quadratic or catastrophic backtracking, which takes tens of seconds or more.
// Measured times are printed for the record.
import { describe, expect, it } from 'vitest';
import { dateExtractor } from '../../src/extract/date/index.js';
import { decodeBytes } from '../../src/read/decode.js';
import { segment } from '../../src/segment/index.js';
import type { DateMention, Sentence } from '../../src/types.js';
import { makeDocument, repeatTo } from '../helpers.js';
import { DATE_CASES as CASES } from '../hostile-inputs.js';

const BUDGET_MS_PER_100KB = 3000;

const repeat = repeatTo;

const K100 = 100_000;

interface Run {
  ms: number;
  dates: DateMention[];
}

function run(text: string, sentences?: (s: Sentence[]) => Sentence[]): Run {
  const t = performance.now();
  const seg = segment(makeDocument(text, '2024-02-12'));
  const ctx = { ...seg, sentences: sentences ? sentences(seg.sentences) : seg.sentences, dates: [], organizations: [], countries: [], people: [] };
  const dates = dateExtractor.extract(ctx);
  const ms = performance.now() - t;
  for (const tk of seg.tokens) if (text.slice(tk.start, tk.end) !== tk.text) expect([tk.start, tk.end, text.slice(tk.start, tk.end)]).toEqual([tk.start, tk.end, tk.text]);
  for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  return { ms, dates };
}

function withinBudget(label: string, text: string, ms: number): void {
  const budget = (BUDGET_MS_PER_100KB * Math.max(text.length, K100)) / K100;
  console.log(`hostile (segment + date) ${label}: ${(text.length / 1000).toFixed(0)} KB in ${ms.toFixed(0)} ms`);
  expect(ms, `${label} took ${ms.toFixed(0)} ms`).toBeLessThan(budget);
}

describe('segment + date on hostile text', () => {
  it.each(CASES)('%s', (label, make) => {
    const text = make();
    const { ms } = run(text);
    withinBudget(label, text, ms);
  });

  it('keeps offsets right around astral characters', () => {
    const text = repeat('😀 Denmark 🇩🇰 will deploy troops on Thursday. ', 5_000);
    const { dates } = run(text);
    expect(dates.length).toBeGreaterThan(50);
    for (const d of dates) expect(d.text).toBe('Thursday');
  });

  it('never cuts a surrogate pair when a line has no space to cut at', () => {
    // 'x' first: the cut at 20,000 characters falls between the two halves of an emoji.
    const text = 'x' + '😀'.repeat(30_000);
    const seg = segment(makeDocument(text));
    expect(seg.tokens.length).toBeGreaterThan(100);
    for (const t of seg.tokens) {
      expect(/^[\uDC00-\uDFFF]/.test(t.text), `token at ${t.start}`).toBe(false);
      expect(/[\uD800-\uDBFF]$/.test(t.text), `token at ${t.start}`).toBe(false);
    }
  });

  it('reads UTF-16 text with dates', () => {
    const body = 'Denmark will deploy troops on Thursday.\r\nThe treaty was signed on 10 February 2022.';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(body.repeat(2_000), 'utf16le')]);
    const decoded = decodeBytes(bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    const { ms, dates } = run(decoded.text);
    withinBudget('UTF-16 with a byte-order mark', decoded.text, ms);
    expect(dates.slice(0, 2).map((d) => d.text)).toEqual(['Thursday', '10 February 2022']);
  });
});

// The segmenter caps what wink reads at once (20,000 characters), so no sentence is longer; the
// date extractor itself must stay linear on any sentence, however long: here each text is read as one.
describe('date extractor on one 100 KB sentence', () => {
  const asOne = (s: Sentence[]): Sentence[] =>
    s.length === 0 ? s : [{ index: 0, start: s[0].start, end: s[s.length - 1].end, tokenStart: s[0].tokenStart, tokenEnd: s[s.length - 1].tokenEnd, boilerplate: false }];
  it.each(CASES.filter(([, make]) => make().length <= 2 * K100))('%s', (label, make) => {
    const text = make();
    const { ms } = run(text, asOne);
    withinBudget(`${label}, one sentence`, text, ms);
  });
});
