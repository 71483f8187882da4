// Property-based: random and mutated documents through the whole pipeline keep its invariants.
import fc from 'fast-check';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline/index.js';
import { countryByCode } from '../../src/extract/country/index.js';
import { makeDocument } from '../helpers.js';
import type { DocumentFacts } from '../../src/types.js';

/** TIMEX3 values as the extractor writes them: dates, weeks, quarters, seasons, times, durations, sets, refs. */
const TIMEX_VALUE =
  /^(?:PRESENT_REF|PAST_REF|FUTURE_REF|(?:\d{4}|X{4}|\d{2}X{2}|\d{3}X|\d{3}|\d{2})(?:-(?:\d{2}|XX|W\d{2}|WXX|Q[1-4X]|H[12]|SP|SU|FA|WI)(?:-(?:\d{2}|XX|\d)(?:T[\dX:]+|T(?:MO|AF|EV|NI|DT))?)?)?(?:T(?:[\d:X]+|MO|AF|EV|NI|DT))?|P(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|H|DE|CE|L|Q)|PT(?:\d+|X)(?:H|M|S)|P(?:\d+|X)[YMWD](?:T\d+[HMS])?|XXXX-WXX-\d(?:T(?:MO|AF|EV|NI))?|XXXX-XX-XX(?:T[\d:]+)?)$/;

function checkInvariants(text: string, facts: DocumentFacts): void {
  const spans = [
    ...facts.people.flatMap((p) => p.mentions),
    ...facts.countries,
    ...facts.organizations,
    ...facts.dates,
    ...facts.commitments,
  ];
  for (const s of spans) {
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(s.end).toBeGreaterThan(s.start);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
  for (const c of facts.countries) expect(countryByCode(c.code), `country code ${c.code}`).not.toBeNull();
  for (const d of facts.dates) expect(d.value, `TIMEX3 value for ${JSON.stringify(d.text)}`).toMatch(TIMEX_VALUE);
}

// Building blocks of realistic and hostile text.
const words = ['Denmark', 'will', 'not', 'allow', 'U.S.', 'troops', 'on', 'Thursday', 'May', 'March', '2024', '1,000', 'F-16', 'G7', 'NATO',
  'President', 'Joe', 'Biden', 'said', 'by', 'end', 'of', 'the', '1950s', 'pledged', 'to', 'Ukraine', 'Kyiv', 'Mr.', 'Frederiksen', "'s",
  '’s', 'the', 'Danish', 'Ministry', 'of', 'Foreign', 'Affairs', 'Read', 'also:', '\n', '\n\n', '- ', '“', '”', '.', ',', ';', ':', '?',
  'Über', 'Zürich', 'مرحبا', 'שלום', '😀', '🇩🇰', '\u200f', '\u0000', '\t', '\r\n', '\r', '\uFEFF', 'ǅ', 'İstanbul'];
const wordText = fc.array(fc.constantFrom(...words), { maxLength: 120 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(wordText, fc.string({ unit: 'grapheme', maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }));
const refDate = fc.option(fc.constantFrom('2022-02-10', '2024-02-29', '1999-12-31', '2026-01-01'), { nil: null });

describe('the invariant checks can fail', () => {
  it.each(['hello', '2024-1', '20245', 'P', 'PT', '2024-W6x', ''])('rejects the TIMEX3 value %j', (v) => {
    expect(v).not.toMatch(TIMEX_VALUE);
  });
  it.each(['2022-02-10', '2024-02', '2024-Q1', '195X', '19XX', 'PRESENT_REF', 'P1Y', 'PT24H', 'XXXX-02-08', '2022-W06', '2015-03-20T12:27', '2020-01-11TMO', 'P30Y', 'PXY'])(
    'accepts the TIMEX3 value %j',
    (v) => {
      expect(v).toMatch(TIMEX_VALUE);
    },
  );
});

describe('fuzzing the pipeline', () => {
  it('never throws, keeps every span inside the text and equal to it, and gives valid values', () => {
    let facts = 0;
    fc.assert(
      fc.property(anyText, refDate, (text, date) => {
        if (text.length === 0) return;
        const f = processDocument(makeDocument(text, date));
        facts += f.dates.length + f.countries.length + f.people.length + f.commitments.length;
        checkInvariants(text, f);
      }),
      { numRuns: 300, seed: 20261123 },
    );
    // The generated documents do exercise the extractors.
    expect(facts).toBeGreaterThan(30);
  });

  it('is deterministic: the same input gives the same facts', () => {
    fc.assert(
      fc.property(wordText, refDate, (text, date) => {
        if (!text) return;
        const a = processDocument(makeDocument(text, date));
        const b = processDocument(makeDocument(text, date));
        expect({ ...b, timings: {} }).toEqual({ ...a, timings: {} });
      }),
      { numRuns: 100, seed: 7 },
    );
  });

  it('keeps its invariants on mutated seed articles (cut, spliced, case-flipped)', () => {
    const seeds = fs.readdirSync('corpus').filter((f) => f.startsWith('seed-')).map((f) => fs.readFileSync(`corpus/${f}`, 'utf8'));
    const mutated = fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(), fc.constantFrom('cut', 'splice', 'upper', 'lower', 'crlf')).map(([s, a, b, how]) => {
      const i = a % s.length;
      const j = Math.min(s.length, i + (b % 400));
      if (how === 'cut') return s.slice(i, j);
      if (how === 'splice') return s.slice(0, i) + s.slice(j) + s.slice(i, j);
      if (how === 'upper') return s.slice(0, i) + s.slice(i, j).toUpperCase() + s.slice(j);
      if (how === 'lower') return s.toLowerCase();
      return s.replace(/\n/g, '\r\n');
    });
    fc.assert(
      fc.property(mutated, refDate, (text, date) => {
        if (!text.trim()) return;
        checkInvariants(text, processDocument(makeDocument(text, date)));
      }),
      { numRuns: 120, seed: 42 },
    );
  });
});
