import { describe, expect, it } from 'vitest';
import { compareFigures, diffMarkdown, diffSnapshots } from '../../src/report/diff.js';
import type { SnapshotDocument } from '../../src/report/snapshot.js';

function doc(id: string, dates: SnapshotDocument['dates'], countries: SnapshotDocument['countries'] = []): SnapshotDocument {
  return {
    document: { id, path: `${id}.txt`, line: null, sha256: 'x', date: null, dateSource: 'none', title: null },
    people: [],
    countries,
    organizations: [],
    dates,
    commitments: [],
  };
}
const date = (start: number, end: number, value: string, rule = 'date/iso') => ({ start, end, text: 'Thursday', type: 'DATE', value, mod: null, anchor: null, inferred: null, rule });

describe('snapshot diff', () => {
  const base = new Map([
    ['a', doc('a', [date(0, 8, '2022-02-10'), date(20, 28, '2022-02-03')])],
    ['b', doc('b', [date(0, 8, '2022-02-10')])],
    ['gone', doc('gone', [])],
  ]);
  const head = new Map([
    ['a', doc('a', [date(0, 8, '2022-02-17'), date(40, 48, 'PRESENT_REF')], [{ code: 'DK', name: 'Denmark', mentions: [{ start: 50, end: 56, text: 'Danish', rule: 'country/adjective', form: 'adjective' }] }])],
    ['b', doc('b', [date(0, 8, '2022-02-10')])],
    ['new', doc('new', [])],
  ]);
  const d = diffSnapshots(base, head, () => 'the sentence');

  it('reports added, removed and changed facts, field by field', () => {
    expect(d.changes.map((c) => [c.document, c.kind, c.change, c.start])).toEqual([
      ['a', 'date', 'changed', 0],
      ['a', 'date', 'removed', 20],
      ['a', 'date', 'added', 40],
      ['a', 'country', 'added', 50],
    ]);
    expect(d.changes[0].fields).toEqual({ value: ['2022-02-10', '2022-02-17'] });
    expect(d.summary.date).toEqual({ added: 1, removed: 1, changed: 1 });
  });

  it('counts unchanged, added and removed documents', () => {
    expect(d.documents).toEqual({ added: ['new'], removed: ['gone'], changed: ['a'], unchanged: 1 });
  });

  it('writes Markdown with the summary first and details folded', () => {
    const md = diffMarkdown(d, { baseLabel: '`HEAD`' });
    expect(md.indexOf('| date | 1 | 1 | 1 |')).toBeLessThan(md.indexOf('<details>'));
    expect(md).toContain('value: `2022-02-10` → `2022-02-17`');
    expect(md).toContain('> the sentence');
  });

  it('says so when nothing changed', () => {
    const same = diffSnapshots(base, base, () => '');
    expect(same.changes).toEqual([]);
    expect(diffMarkdown(same, { baseLabel: 'x' })).toContain('No fact changed.');
  });

  it('caps the details of a large diff', () => {
    const many = new Map([['a', doc('a', Array.from({ length: 5000 }, (_, i) => date(i * 10, i * 10 + 8, `2022-01-${String((i % 28) + 1).padStart(2, '0')}`)))]]);
    const big = diffSnapshots(new Map(), many, () => '');
    const md = diffMarkdown(big, { baseLabel: 'x', maxDetails: 100 });
    expect(big.summary.date.added).toBe(5000);
    expect(md).toContain('… and 4900 more changes');
    expect(md.split('\n').length).toBeLessThan(300);
  });

  it('compares eval figures', () => {
    const before = { kinds: { dates: { exact: { precision: 0.9, recall: 0.8, f1: 0.85 }, overlap: { precision: 1, recall: 1, f1: 1 }, values: { value: { accuracy: 0.9 } } } } };
    const after = { kinds: { dates: { exact: { precision: 0.9, recall: 0.9, f1: 0.9 }, overlap: { precision: 1, recall: 1, f1: 1 }, values: { value: { accuracy: 0.9 } } } } };
    const f = compareFigures(before, after);
    expect(f['dates.exact.recall']).toEqual([0.8, 0.9]);
    expect(f['dates.overlap.f1']).toEqual([1, 1]);
  });
});
