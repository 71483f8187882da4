// Hostile text for the commitment extractor: each input must finish the commitment stage in
// linear time. The issue asks for well under a second per 100 KB on an idle machine; the bound
// asserted here is looser (3 s per 100 KB, plus 1 s for the first case, which also pays for
// compromise's and the regexes' first use) so that a busy machine does not fail it. What it
// catches is backtracking that is quadratic or exponential: minutes, not seconds. Measured times
// are printed for the record. (The whole pipeline's hostile cases are in tests/hardening/.)
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/index.js';
import { hostileWords, makeDocument, repeatTo } from '../helpers.js';

const KB = 1024;
const repeat = repeatTo;

const words = hostileWords;

const CASES: [string, () => string][] = [
  ['"will not " repeated', () => repeat('will not ', 100 * KB)],
  ['"Denmark will not will not …" as one sentence', () => 'Denmark ' + repeat('will not ', 100 * KB) + 'deploy troops.'],
  ['"will will will …"', () => repeat('will ', 100 * KB)],
  // The auxiliary chain before a trigger was read by a regex that was exponential in its length.
  ['"will will … will" before "Denmark will deploy"', () => repeat('will ', 100 * KB) + 'Denmark will deploy troops.'],
  ['100,000 capitalized words in a row', () => words(100_000, true)],
  ['a 1 MB line without punctuation', () => words(130_000, false).slice(0, 1000 * KB)],
  ['"pledged to " repeated', () => repeat('pledged to ', 100 * KB)],
  ['"Denmark pledged to pledged to …"', () => 'Denmark ' + repeat('pledged to ', 100 * KB) + 'deploy troops.'],
  ['nested lists of bullets under lead-ins', () => 'Denmark will:\n' + repeat('  - Denmark will:\n    - Expanding exercises:\n', 100 * KB)],
  ['bullet lines of ", and" runs', () => 'Denmark committed to:\n' + repeat('- Expanding exercises' + ', and'.repeat(200) + '\n', 100 * KB)],
  ['one list item of 100 KB of ", and"', () => 'Denmark committed to:\n- Expanding' + repeat(', and', 100 * KB)],
  ['a list line with 100 KB of white space after a comma', () => 'Denmark committed to:\nfirst the exercises,\nthe force is,' + ' '.repeat(100 * KB) + 'x\n'],
  ['a list item that is one 100 KB word', () => 'Denmark committed to:\n- A' + 'b'.repeat(100 * KB)],
  ['lead-ins without end', () => repeat('Denmark will:\n- deploy troops\n', 100 * KB)],
  ['long runs of "and"', () => 'Denmark will ' + repeat('and ', 100 * KB) + 'deploy troops.'],
  ['"the countries agreed to" repeated', () => 'France and Germany met. ' + repeat('the countries agreed to ', 100 * KB)],
  ['opening quotes never closed (“)', () => repeat('“Denmark will deploy ', 100 * KB)],
  ['opening quotes never closed (")', () => repeat('"Denmark will deploy ', 100 * KB)],
  ['100 KB of white space inside a clause', () => 'Denmark will deploy' + ' '.repeat(100 * KB) + 'troops by 2025.'],
  ['commas and spaces inside a clause', () => 'Denmark will deploy ' + repeat(', ', 100 * KB) + 'troops.'],
  ['"includes" before a colon inside a lead-in', () => repeat('includes ', 50 * KB) + ': ' + repeat('includes ', 50 * KB) + ':\n- x'],
  ['"support for" repeated', () => 'Denmark reaffirmed ' + repeat('its support for and ', 100 * KB)],
];

describe('hostile text: the commitment stage stays linear', () => {
  let first = true;
  it.each(CASES)('%s', (label, make) => {
    const text = make();
    const facts = processDocument(makeDocument(text, '2024-02-12'));
    const ms = facts.timings.commitment ?? 0;
    const budget = (first ? 1000 : 0) + (3000 * text.length) / (100 * KB);
    first = false;
    console.log(`commitment stage, ${label}: ${(text.length / KB).toFixed(0)} KB in ${ms.toFixed(0)} ms (${((ms * 100 * KB) / text.length).toFixed(0)} ms per 100 KB), ${facts.commitments.length} commitments`);
    expect(ms, `${label} took ${ms.toFixed(0)} ms`).toBeLessThan(budget);
    for (const c of facts.commitments) expect(text.slice(c.start, c.end)).toBe(c.text);
  });
});
