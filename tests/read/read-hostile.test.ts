// Hostile input for the reader: long runs of blanks or line breaks must not make the date-stamp,
// title or front-matter patterns backtrack quadratically; the rewritten patterns find what the old
// ones found.
import { describe, expect, it } from 'vitest';
import { dateFromText } from '../../src/read/document-date.js';
import { parseFrontMatter } from '../../src/read/front-matter.js';
import { titleFromText } from '../../src/read/title.js';
import { READ_CASES as CASES } from '../hostile-inputs.js';

const BUDGET_MS_PER_100KB = 3000;
const K100 = 100_000;

describe('reader on hostile text', () => {
  it.each(CASES)('%s', (label, make) => {
    const text = make();
    const t = performance.now();
    dateFromText(text);
    titleFromText(text);
    parseFrontMatter(text);
    const ms = performance.now() - t;
    console.log(`hostile (read) ${label}: ${(text.length / 1000).toFixed(0)} KB in ${ms.toFixed(0)} ms`);
    expect(ms).toBeLessThan((BUDGET_MS_PER_100KB * Math.max(text.length, K100)) / K100);
  });

  it('still finds stamps after blank runs', () => {
    expect(dateFromText(' \n\n \t\n   Last updated   :   2015-03-20 - 12:27').date).toBe('2015-03-20');
    expect(dateFromText('Body text.\n\n\n   posted on 2021-06-01').date).toBe('2021-06-01');
    expect(dateFromText('  date   2022-02-10 Nuclear weapons').date).toBe('2022-02-10');
    expect(titleFromText('date :  2022-02-10   Nuclear weapons are not allowed\n\nBody.')).toBe('Nuclear weapons are not allowed');
  });
});

/** A deterministic pseudo-random generator. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('rewritten reader patterns match as the old ones did', () => {
  // The patterns as they were, with `\s*:?\s*` and `(?:^|\n)\s*`.
  const OLD = {
    leadingStamp: /^\s*(?:date|dated|published|posted|updated)\s*:?\s*(?<iso>\d{4}-\d{2}-\d{2})\b/i,
    lastUpdated: /(?:^|\n)\s*(?:last updated|last modified|updated|published|posted)(?: on)?\s*:?\s*(?<iso>\d{4}-\d{2}-\d{2})\b/i,
    titleStamp: /^\s*(?:date|dated|published|posted|updated)\s*:?\s*\d{4}-\d{2}-\d{2}\s*/i,
  };
  const NEW = {
    leadingStamp: /^\s*(?:date|dated|published|posted|updated)\s*(?::\s*)?(?<iso>\d{4}-\d{2}-\d{2})\b/i,
    lastUpdated: /(?:^|\n)[^\S\n]*(?:last updated|last modified|updated|published|posted)(?: on)?\s*(?::\s*)?(?<iso>\d{4}-\d{2}-\d{2})\b/i,
    titleStamp: /^\s*(?:date|dated|published|posted|updated)\s*(?::\s*)?\d{4}-\d{2}-\d{2}\s*/i,
  };

  it('the patterns here are the ones in the source', async () => {
    const fs = await import('node:fs');
    const dd = fs.readFileSync('src/read/document-date.ts', 'utf8');
    expect(dd).toContain(NEW.leadingStamp.source);
    expect(dd).toContain(NEW.lastUpdated.source);
    expect(fs.readFileSync('src/read/title.ts', 'utf8')).toContain(NEW.titleStamp.source);
  });

  it('on random texts of stamps, blanks and line breaks', () => {
    const rand = prng(99);
    const parts = ['date', 'dated', 'Updated', 'last updated', 'Last Modified', 'posted', 'published', ' on', ':', ' ', '  ', '\n', '\r\n', '\t', '\u00a0', '2015-03-20', '2021-6-1', 'x', '.', '-', '12'];
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = Math.floor(rand() * 10);
      for (let k = 0; k < len; k++) s += parts[Math.floor(rand() * parts.length)];
      for (const key of ['leadingStamp', 'lastUpdated'] as const) {
        const a = OLD[key].exec(s);
        const b = NEW[key].exec(s);
        expect(b?.groups?.iso, `${key} ${JSON.stringify(s)}`).toBe(a?.groups?.iso);
      }
      expect(s.replace(NEW.titleStamp, ''), JSON.stringify(s)).toBe(s.replace(OLD.titleStamp, ''));
    }
  });
});
