// Hostile input for the people, countries and organizations stages: long runs of what their
// patterns look for (capitalized words, titles, particles, names, capitals, newspaper words).
// What this catches is catastrophic or polynomial backtracking and quadratic loops, which take
// minutes, not seconds: the bound is loose (3 s per 100 KB, so that a busy machine passes) while
// the goal measured on the loaded development machine is under 0.3 s per 100 KB. Times are
// printed for the record. Segmentation is done before the clock starts: it is not these stages.
import { describe, expect, it } from 'vitest';
import { contextFor } from '../helpers.js';
import { PERSON_CASES as CASES, PERSON_NAME_CASES } from '../hostile-inputs.js';
import { EXTRACTORS } from '../../src/extract/index.js';
import { foldPersonKey, personKey, splitName } from '../../src/resolve/people.js';

const KB100 = 100_000;

describe('people, countries and organizations on hostile input', () => {
  it.each(CASES)('%s', (label, make) => {
    const text = make();
    const ctx = contextFor(text, '2024-02-12');
    const t = performance.now();
    ctx.organizations = EXTRACTORS.organization.extract(ctx);
    ctx.countries = EXTRACTORS.country.extract(ctx);
    const people = EXTRACTORS.person.extract(ctx);
    const ms = performance.now() - t;
    const per100KB = (ms * KB100) / text.length;
    console.log(`hostile ${label}: ${(text.length / 1000).toFixed(0)} KB in ${ms.toFixed(0)} ms (${per100KB.toFixed(0)} ms per 100 KB)`);
    expect(per100KB, `${label}: ${ms.toFixed(0)} ms`).toBeLessThan(3000);
    for (const s of [...ctx.organizations, ...ctx.countries, ...people.flatMap((p) => p.mentions)]) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('person keys on hostile names', () => {
  it.each(PERSON_NAME_CASES)('%s', (_label, make) => {
    const name = make();
    const t = performance.now();
    const key = personKey(name);
    splitName(name);
    foldPersonKey(key, new Map([[key, name]]), name);
    expect(performance.now() - t).toBeLessThan(3000);
  });
});
