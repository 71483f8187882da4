import { describe, expect, it } from 'vitest';
import { countsOf, dedupe, match, prf } from '../../src/report/eval/score.js';
import { sameActor, samePerson } from '../../src/report/eval/corpus.js';

const span = (start: number, end: number, value = '') => ({ start, end, value });

describe('scorer', () => {
  it('a perfect run scores 1.0', () => {
    const gold = [span(0, 5), span(10, 15)];
    expect(prf(countsOf(match(gold, [...gold], 'exact')))).toMatchObject({ precision: 1, recall: 1, f1: 1 });
  });

  it('an empty run scores 0 recall', () => {
    expect(prf(countsOf(match([span(0, 5)], [], 'exact')))).toMatchObject({ recall: 0, f1: 0, fn: 1 });
  });

  it('no gold and no prediction is perfect; predictions without gold have 0 precision', () => {
    expect(prf(countsOf(match([], [], 'exact')))).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf(countsOf(match([], [span(0, 1)], 'exact')))).toMatchObject({ precision: 0, fp: 1 });
  });

  it('overlap matching accepts a shifted span that exact matching rejects', () => {
    const gold = [span(10, 20)];
    const pred = [span(12, 20)];
    expect(countsOf(match(gold, pred, 'exact'))).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(countsOf(match(gold, pred, 'overlap'))).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('matches one-to-one, largest overlap first', () => {
    const gold = [span(0, 10), span(10, 20)];
    const pred = [span(0, 20)];
    const m = match(gold, pred, 'overlap');
    expect(countsOf(m)).toEqual({ tp: 1, fp: 0, fn: 1 });
  });

  it('duplicate predictions are not double-counted', () => {
    const pred = dedupe([span(0, 5, 'a'), span(0, 5, 'a'), span(0, 5, 'b')], (p) => p.value);
    expect(pred).toHaveLength(2);
    expect(countsOf(match([span(0, 5)], dedupe([span(0, 5), span(0, 5)]), 'exact'))).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('a compatibility test can require the same value', () => {
    const m = match([span(0, 5, 'DK')], [span(0, 5, 'NO')], 'overlap', (g, p) => g.value === p.value);
    expect(countsOf(m)).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it.each([
    ['DK', { kind: 'country', key: 'DK', name: 'Denmark' }, true],
    ['Denmark', { kind: 'country', key: 'DK', name: 'Denmark' }, true],
    ['NATO', { kind: 'organization', key: 'NATO', name: 'North Atlantic Treaty Organization' }, true],
    ['US+PH', { kind: 'group', key: 'US+PH', name: 'x', members: [{ kind: 'country', key: 'US', name: 'United States' }, { kind: 'country', key: 'PH', name: 'Philippines' }] }, true],
    ['US+PH', { kind: 'country', key: 'US', name: 'United States' }, false],
    ['Morten Bødskov', { kind: 'person', key: 'morten bodskov', name: 'Morten Bødskov' }, true],
    ['DK', null, false],
  ] as const)('sameActor(%j, …) = %s', (gold, pred, expected) => {
    expect(sameActor(gold, pred as never)).toBe(expected);
  });

  it.each([
    ['Joseph R. Biden, Jr.', 'Biden', true],
    ['Recep Tayyip Erdoğan', 'Erdogan', true],
    ['Mette Frederiksen', 'Morten Bødskov', false],
  ])('samePerson(%j, %j) = %s', (a, b, expected) => {
    expect(samePerson(a, b)).toBe(expected);
  });
});
