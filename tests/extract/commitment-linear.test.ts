// The commitment extractor's text helpers were rewritten to run in linear time on hostile text
// (see tests/extract/commitment-hostile.test.ts). Each must give exactly what the regex it
// replaced gave: the old regex is kept here as the reference and both are run on generated text
// full of the characters that matter to it (white space runs, commas, quotes, the regex's words).
import { describe, expect, it } from 'vitest';
import { TRAILING_ADVERB, TRAILING_PREPOSITION, tidy, trimSpan } from '../../src/extract/commitment/action.js';
import { AUX_TAIL, auxTailStart, HEAD_CUT, quoteRanges } from '../../src/extract/commitment/actor.js';
import { CLAUSE_END } from '../../src/extract/commitment/clause.js';
import { fewerWordsThan, isQuestion, SIGNING_LEAD, TRAILING_AND } from '../../src/extract/commitment/index.js';
import { endsOpen, isLeadIn, leadInProvides } from '../../src/extract/commitment/lists.js';
import { LIST_LEAD_IN, PAST_LEAD_IN } from '../../src/extract/commitment/cues.js';
import { AND_BEFORE, NEXT_NOMINAL } from '../../src/extract/commitment/nominal.js';
import { TRIGGER_BY_ID } from '../../src/extract/commitment/cues.js';

/** A deterministic pseudo-random sequence (the same strings on every run). */
function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const WHITE = [' ', ' ', '  ', '\n', '\t', '\u00a0', ' \n '];

/** `n` strings of up to `max` atoms (white space mixed in), from a fixed seed. */
function strings(atoms: string[], n = 3000, max = 14, seed = 1): string[] {
  const r = rng(seed);
  const pool = [...atoms, ...WHITE];
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = '';
    const len = Math.floor(r() * (max + 1));
    for (let k = 0; k < len; k++) s += pool[Math.floor(r() * pool.length)];
    out.push(s);
  }
  return out;
}

const execOf = (re: RegExp, s: string): [number, string] | null => {
  const m = re.exec(s);
  return m ? [m.index, m[0]] : null;
};
const allOf = (re: RegExp, s: string): [number, string][] => [...s.matchAll(re)].map((m) => [m.index, m[0]]);

describe('rewritten regexes match as the originals did', () => {
  it('AUX_TAIL (was exponential on "will will … x")', () => {
    const old = /(?:\s*\b(?:will|would|shall|has|have|had|is|are|am|was|were|be|been|do|does|did|not|n't|never|also|now|still|already|further|today|then|both|jointly|together|equally|again|just|hereby|[a-z]+ly)\b\s*|\s*[,—–-]\s*)+$/;
    for (const s of strings(['will', 'jointly', 'equally', 'really', 'ly', "n't", "don't", "'t", 'n', 't', 'x', 'Will', ',', '-', '—', '–', 'not', 'been', 'be', 'already', 'ally', '_', '9', 'é'], 6000, 10)) {
      const want = execOf(old, s);
      expect(execOf(AUX_TAIL, s), JSON.stringify(s)).toEqual(want);
      // The scan from the end finds the same start.
      expect(auxTailStart(s), JSON.stringify(s)).toBe(want ? want[0] : -1);
    }
  });

  it('end-anchored regexes tried only where white space starts', () => {
    const cases: [RegExp, RegExp, string[], 'replace' | 'exec' | 'split'][] = [
      [TRAILING_PREPOSITION, /\s+(?:by|before|until|within|in)\s*$/i, ['by', 'BY', 'in', 'within', 'x', 'xin', ','], 'replace'],
      [TRAILING_ADVERB, /\s+(?:either|too|also|anymore|any\s+longer)\b.*$/i, ['either', 'too', 'any', 'longer', 'x', '.', 'eithers'], 'replace'],
      [HEAD_CUT, /\s+(?:of|in|on|at|for|from|with|to|by|under|across|that|which|who|whose)\s+/i, ['of', 'in', 'the', 'x', 'who', 'whose', ','], 'split'],
      [TRAILING_AND, /[\s,]*(?:\b(?:and|or)\s*)?$/i, ['and', 'or', 'AND', 'x', 'sand', ',', ',,'], 'replace'],
      [SIGNING_LEAD, /(?:\s+(?:on|for|after|upon)(?:\s+(?:officially|formally|finally|successfully|jointly))?)?\s+$/i, ['on', 'for', 'formally', 'x', 'upon', ','], 'exec'],
      [AND_BEFORE, /,?\s+and\s+$/, ['and', ',', 'x', 'sand', 'And'], 'exec'],
      [
        NEXT_NOMINAL,
        /,?\s+and\s+(?=(?:(?:the|our|its|their|his|her|my|[\p{L}.’'-]+)\s+){0,4}(?:commitments?|support|determination|willingness|readiness|resolve|pledges?|promises?|guarantees?|proposal|offer|intention|assurances?)\s+(?:to|for|of|by)\b)/iu,
        ['and', ',', 'our', 'support', 'to', 'for', 'x'],
        'exec',
      ],
    ];
    for (const [now, old, atoms, how] of cases) {
      for (const s of strings(atoms)) {
        if (how === 'replace') expect(s.replace(now, ''), `${now} on ${JSON.stringify(s)}`).toBe(s.replace(old, ''));
        else if (how === 'split') expect(s.split(now), `${now} on ${JSON.stringify(s)}`).toEqual(s.split(old));
        else expect(execOf(now, s), `${now} on ${JSON.stringify(s)}`).toEqual(execOf(old, s));
      }
    }
  });

  it('CLAUSE_END', () => {
    const old = /;|:\s|,\s+(?:and|but|while|whereas|although|even\s+if|according\s+to|which|who|where)\b|,\s+[a-z]+ing\s+(?:to|on|that)\b|,?\s+and\s+(?:will|would|shall|may|might|could|must|is|are|has|have)\b|,\s*["”]|["”]\s*,|,\s+\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*\s+(?:said|says|told|added)\b|\.\s+\p{Lu}/gu;
    for (const s of strings(['and', 'will', 'has', ',', ';', ':', '"', '”', '.', 'Ann', 'said', 'x', 'going', 'to', 'which'])) {
      expect(allOf(CLAUSE_END, s), JSON.stringify(s)).toEqual(allOf(old, s));
    }
  });
});

describe('rewritten helpers give what the regexes gave', () => {
  it('tidy', () => {
    const old = (s: string): string => {
      const words = s.replace(/[“”"]/g, '').replace(/\s+/g, ' ').replace(/[\s,.;:!]+$/, '').trim().split(' ');
      const kept = words.slice(0, 10);
      while (kept.length > 1 && /^(?:by|before|until|within|in|on|at|from|to|for|of|and|the|a|an|with|or|its|their|our)$/i.test(kept[kept.length - 1])) kept.pop();
      return kept.join(' ').replace(/[,;:]$/, '');
    };
    for (const s of strings(['a', 'by', 'the', ',', '.', ';', ':', '!', '“', '”', '"', 'x,', 'of', 'Word', '?', '-', '𝕏'], 5000, 30)) expect(tidy(s), JSON.stringify(s)).toBe(old(s));
  });

  it('trimSpan', () => {
    const old = (text: string, start: number, end: number): { start: number; end: number } => {
      let s = start;
      let e = end;
      while (s < e && /[\s“"'‘(,;:—–-]/.test(text[s])) s++;
      for (;;) {
        const before = e;
        while (e > s && /[\s.,;:”"'’)!—–]/.test(text[e - 1])) e--;
        const conj = /[\s,;]+(?:and|or)$/i.exec(text.slice(s, e));
        if (conj) e -= conj[0].length;
        if (e === before) break;
      }
      return { start: s, end: e };
    };
    const r = rng(3);
    for (const s of strings(['and', 'AND', 'Or', 'or', 'sand', 'x', ',', ';', '.', '“', '”', '"', '(', ')', '—', '-', 'nd'])) {
      const a = Math.floor(r() * 3);
      const b = Math.max(a, s.length - Math.floor(r() * 3));
      expect(trimSpan(s, a, b), JSON.stringify(s)).toEqual(old(s, a, b));
    }
  });

  it('quoteRanges', () => {
    const old = (text: string): { start: number; end: number }[] => [...text.matchAll(/“([^”\n]{3,}?)(?:”|(?=\n))|"([^"\n]{3,}?)"/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
    for (const s of strings(['“', '”', '"', 'a', 'b', 'xyz'], 4000, 20)) expect(quoteRanges(s), JSON.stringify(s)).toEqual(old(s));
  });

  it('lead-ins: isLeadIn, leadInProvides, endsOpen', () => {
    const oldLeadIn = (s: string): boolean => {
      if (!LIST_LEAD_IN.test(s)) return false;
      const verb = LIST_LEAD_IN.exec(s)!;
      return !PAST_LEAD_IN.test(s.slice(0, verb.index + verb[0].length));
    };
    const oldProvides = (s: string): boolean => /\b(?:includes?|contains?|announced|announces?|provides?|comprises?)\b[^:]*:\s*$/i.test(s);
    const oldOpen = (s: string): boolean => /[;,]\s*(?:and)?\s*$/.test(s);
    for (const s of strings(['includes', 'Include', 'xincludes', 'provides', 'will', 'agreed', 'previous', ':', 'x', ',', ';', 'and', 'sand', 'AND'], 4000, 10)) {
      expect(isLeadIn(s), JSON.stringify(s)).toBe(oldLeadIn(s));
      expect(leadInProvides(s), JSON.stringify(s)).toBe(oldProvides(s));
      expect(endsOpen(s), JSON.stringify(s)).toBe(oldOpen(s));
    }
  });

  it('isQuestion, fewerWordsThan', () => {
    for (const s of strings(['?', '"', '”', '’', "'", 'x', 'Why', '.'], 3000, 8)) {
      expect(isQuestion(s), JSON.stringify(s)).toBe(/\?\s*["”’]?\s*$/.test(s));
      for (const n of [1, 2, 4]) expect(fewerWordsThan(s, n), JSON.stringify(s)).toBe(s.trim().split(/\s+/).length < n);
    }
  });

  it('the gerund test on an item reads the last seven code units', () => {
    for (const w of strings(['ing', 'a', 'Co', '-', '𝕏', 'ë', '1', 'ıng'], 3000, 8).map((s) => s.replace(/\s+/g, ''))) {
      expect(/\p{L}{2,}ing$/u.test(w.slice(-7)), JSON.stringify(w)).toBe(/\p{L}{2,}ing$/u.test(w));
    }
  });
});

describe('shortcuts that read a rule’s data', () => {
  it('imperative() assumes its pattern opens with an optional list marker, then the verb', () => {
    // Without "a) " or "12. " at the start, the verb is the first word; imperative() tests that
    // word's tag before running the pattern. A change to the pattern must revisit that shortcut.
    expect(TRIGGER_BY_ID.get('commitment/imperative')!.pattern.startsWith(String.raw`^(?:[\p{L}\d]{1,3}[.)]\s+)?(?<verb>`)).toBe(true);
  });
});
