// Hostile text for the commitment extractor: each input must finish the commitment stage in
// linear time. The issue asks for well under a second per 100 KB on an idle machine; the bound
// asserted here is looser (3 s per 100 KB, plus 1 s for the first case, which also pays for
// compromise's and the regexes' first use) so that a busy machine does not fail it. What it
// catches is backtracking that is quadratic or exponential: minutes, not seconds. Measured times
// are printed for the record. (The whole pipeline's hostile cases are in tests/hardening/.)
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/index.js';
import { makeDocument } from '../helpers.js';
import { COMMITMENT_CASES as CASES } from '../hostile-inputs.js';

const KB = 1024;

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
    // Each line is an item of one lead-in at most (nested lead-ins once gave a line to twenty).
    const items = facts.commitments.filter((c) => c.rule === 'commitment/list-item');
    expect(new Set(items.map((c) => c.start)).size).toBe(items.length);
  });
});
