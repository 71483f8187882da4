// The segmenter's hostile-input guards: the long-run breaker finds the runs the old regex found and
// never splits an astral character; the boilerplate patterns, rewritten without two white-space
// quantifiers in a row, mark the lines they marked.
import { describe, expect, it } from 'vitest';
import { BOILERPLATE_RULES } from '../../src/segment/boilerplate-rules.js';
import { markBoilerplateLines } from '../../src/segment/boilerplate.js';
import { breakLongRuns } from '../../src/segment/long-runs.js';
import { BOILERPLATE_CASES, LONG_RUN_CASES } from '../hostile-inputs.js';

/** A deterministic pseudo-random generator. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The breaker as it was (a regex over the runs), with astral characters blanked whole. */
function reference(chunk: string): string {
  if (chunk.length < 64) return chunk;
  return chunk.replace(/\S{64,}/g, (run) => {
    const chars = run.split('');
    for (let i = 64; i < chars.length; i += 64) {
      let j = i;
      while (j < chars.length && /[\uDC00-\uDFFF]/.test(chars[j])) j++;
      if (j < chars.length) {
        if (/[\uD800-\uDBFF]/.test(chars[j]) && /[\uDC00-\uDFFF]/.test(chars[j + 1] ?? '')) chars[j + 1] = ' ';
        chars[j] = ' ';
      }
    }
    return chars.join('');
  });
}

describe('breakLongRuns', () => {
  it('breaks what the regex broke, on random text with long runs, blanks and astral characters', () => {
    const rand = prng(5);
    const parts = ['a', 'b', '-', '/', '1', ' ', '\n', '\u00a0', '\u3000', '😀', '\uD83D', '\uDE00', 'é'];
    for (let n = 0; n < 3000; n++) {
      let s = '';
      const len = Math.floor(rand() * 400);
      const runny = rand() < 0.5;
      for (let k = 0; k < len; k++) s += parts[Math.floor(rand() * (runny && rand() < 0.95 ? 6 : parts.length))].replace(/^[ \n\u00a0\u3000]$/, (c) => (runny && rand() < 0.9 ? 'x' : c));
      const out = breakLongRuns(s);
      expect(out.length).toBe(s.length);
      expect(out, JSON.stringify(s)).toBe(reference(s));
    }
  });

  it('leaves no half of an astral character next to a cut', () => {
    for (const text of ['😀'.repeat(200), 'x' + '😀'.repeat(200), 'ab' + '𝕏'.repeat(300)]) {
      const out = breakLongRuns(text);
      for (const piece of out.split(' ')) {
        expect(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(piece), JSON.stringify(piece)).toBe(false);
      }
    }
  });

  it('runs in linear time on a megabyte of short words and of one word', () => {
    for (const [, make] of LONG_RUN_CASES) {
      const text = make();
      const t = performance.now();
      breakLongRuns(text);
      const ms = performance.now() - t;
      console.log(`hostile (segment) breakLongRuns on ${(text.length / 1e6).toFixed(1)} MB: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(3000);
    }
  });
});

describe('boilerplate rules', () => {
  const OLD: Record<string, RegExp> = {
    'boilerplate/menu-heading':
      /^\s*(?:main menu|menu|content area|navigation|breadcrumbs?|internal links|external links|related links|share this( page)?|print( this page)?|back to top|cookie settings|subscribe|sign in|log in|search)\s*[:.]?\s*$/i,
    'boilerplate/read-also': /^\s*(?:read also|read more|see also|related(?: articles| stories| news)?|more on this (?:topic|story)|you may also like|also read)\s*:?\s*$/i,
  };

  it('mark the lines the old patterns marked', () => {
    const rand = prng(17);
    const parts = ['Main menu', 'menu', 'Read also', 'related news', 'search', ':', '.', ' ', '   ', '\t', '\u00a0', 'x', 'Share this page'];
    for (let n = 0; n < 20000; n++) {
      let s = '';
      const len = Math.floor(rand() * 6);
      for (let k = 0; k < len; k++) s += parts[Math.floor(rand() * parts.length)];
      for (const rule of BOILERPLATE_RULES) {
        if (!OLD[rule.id]) continue;
        expect(rule.pattern.test(s), `${rule.id} ${JSON.stringify(s)}`).toBe(OLD[rule.id].test(s));
      }
    }
  });

  it('stay fast on 300-character lines of blanks', () => {
    for (const [, make] of BOILERPLATE_CASES) {
      const text = make();
      const t = performance.now();
      markBoilerplateLines(text);
      const ms = performance.now() - t;
      console.log(`hostile (segment) boilerplate rules on ${(text.length / 1000).toFixed(0)} KB of blank lines: ${ms.toFixed(0)} ms`);
      expect(ms).toBeLessThan(3000);
    }
  });
});
