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
import { hostileWords, makeDocument, repeatTo } from '../helpers.js';

const BUDGET_MS_PER_100KB = 3000;

const repeat = repeatTo;

const words = hostileWords;

/** Deterministic digits that never repeat with a short period. */
function digits(n: number): string {
  let s = '';
  let x = 12345;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    s += String(x % 10);
  }
  return s;
}

const K100 = 100_000;

const CASES: [string, () => string][] = [
  ['100 KB of digits', () => digits(K100)],
  ['one digit repeated', () => repeat('1', K100)],
  ['"1/1/1/…"', () => repeat('1/', K100)],
  ['"12/12/12/…"', () => repeat('12/', K100)],
  ['"2024-2024-…"', () => repeat('2024-', K100)],
  ['"2024-02-2024-02-…"', () => repeat('2024-02-', K100)],
  ['"1,000,000,…"', () => '1' + repeat(',000', K100)],
  ['"1,000,…,000 x years" (a unit word after the number)', () => '1' + repeat(',000', K100) + ' x years'],
  ['"1.1.1.…"', () => repeat('1.', K100)],
  ['"1:1:1:…"', () => repeat('1:', K100)],
  ['"12:30 12:30 …"', () => repeat('12:30 ', K100)],
  ['"2024 2024 …"', () => repeat('2024 ', K100)],
  ['"1 1 1 …"', () => repeat('1 ', K100)],
  ['100,000 capitalized words', () => words(K100, true)],
  ['a 1 MB line without punctuation', () => words(130_000, false).slice(0, 1_000_000)],
  ['"January January …"', () => repeat('January ', K100)],
  ['"May May …"', () => repeat('May ', K100)],
  ['"the the the …"', () => repeat('the ', K100)],
  ['"last week last week …"', () => repeat('last week ', K100)],
  ['"that year that year …"', () => repeat('that year ', K100)],
  ['"In 2020 … that year" (a year to refer to)', () => 'In 2020 ' + repeat('that year ', K100)],
  ['"the previous Friday …"', () => 'On Monday ' + repeat('the previous Friday ', K100)],
  ['"twenty-one twenty-one …"', () => repeat('twenty-one ', K100)],
  ['"two years two years …"', () => repeat('two years ', K100)],
  ['"a year ago" after a quarter', () => 'In the first quarter ' + repeat('a year ago ', K100)],
  ['"a year ago" after a quarter code', () => 'Q1 2020 ' + repeat('a year ago ', K100)],
  ['"against $5 last year" after a quarter', () => 'In the first quarter, ' + repeat('against $5 last year ', K100)],
  ['"This Week This Week …"', () => repeat('This Week ', K100)],
  ['"Daily Daily …"', () => repeat('Daily ', K100)],
  ['"USA Today USA Today …"', () => repeat('USA Today ', K100)],
  ['"Current Current …"', () => repeat('Current ', K100)],
  ['"as today as today …"', () => repeat('as today ', K100)],
  ['"5 Days 5 Days …"', () => repeat('5 Days ', K100)],
  ['"will meet Friday …"', () => repeat('will meet Friday ', K100)],
  ['"Nov. 19-20 …"', () => repeat('Nov. 19-20 ', K100)],
  ['"He left on Monday. …" (a line of short sentences)', () => repeat('He left on Monday. ', K100)],
  ['a 100 KB run of spaces inside a sentence', () => 'In ' + ' '.repeat(K100) + '2024 the year ended.'],
  ['a 100 KB run of line breaks', () => 'In 2024\n' + '\n'.repeat(K100) + 'it ended on Monday.'],
  ['tabs before years', () => repeat('in \t\t\t\t\t\t\t\t\t\t\t 2024 ', K100)],
  ['control characters', () => repeat('Denmark\u0001will\u0002deploy\u0007troops on 3 May.\u000b', K100)],
  ['NUL characters', () => repeat('Ukraine\u0000 pledged support on Monday. ', K100)],
  ['mixed scripts and right-to-left text', () => repeat('Denmark مرحبا שלום will deploy Мир troops 中国 on 3 May. \u202eevil\u202c ', K100)],
  ['emoji and other astral characters', () => repeat('😀 Denmark 🇩🇰 will deploy 𝕏 troops on Thursday. ', K100)],
  ['100 KB of emoji without a space', () => repeat('😀', K100)],
  ['CRLF and lone CR line ends', () => repeat('Denmark will deploy troops on Monday.\r\nNorway agreed in 2024.\rSweden pledged aid.\r\n', K100)],
  ['byte-order marks inside the text', () => repeat('\uFEFFDenmark will deploy troops on 10 May 2024. ', K100)],
  ['one 100 KB word', () => 'A' + repeat('b', K100)],
  ['hyphen runs', () => repeat('al-Sisi-', K100)],
  ['dates glued together', () => repeat('2024-02-10T12:27', K100)],
];

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
