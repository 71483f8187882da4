// Documents extracted together, stage by stage (src/pipeline/index.ts), give the facts each gets
// alone, and a document whose extraction throws fails without taking the others with it.
import { afterEach, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import { processDocument, processDocuments } from '../../src/pipeline/index.js';
import { EXTRACTORS } from '../../src/extract/index.js';
import { makeDocument } from '../helpers.js';
import type { DocumentFacts } from '../../src/types.js';

const openCorpus = fs
  .readFileSync(new URL('../../corpus/open-corpus.jsonl', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { id: string; text: string; date?: string });
const docs = openCorpus.slice(0, 12).map((o) => makeDocument(o.text, o.date ?? '2024-01-01', o.id));

/** Facts without the timings, which differ from run to run. */
const factsOnly = ({ timings: _timings, ...rest }: DocumentFacts) => rest;

afterEach(() => vi.restoreAllMocks());

describe('processDocuments', () => {
  it('gives every document the facts it gets alone', () => {
    const together = processDocuments(docs);
    expect(together).toHaveLength(docs.length);
    together.forEach((result, i) => {
      expect(result.error).toBeUndefined();
      expect(factsOnly(result.facts!)).toEqual(factsOnly(processDocument(docs[i])));
    });
    // The corpus has facts of every kind: the comparison is not between empty lists.
    expect(together.some((r) => r.facts!.commitments.length > 0 && r.facts!.people.length > 0)).toBe(true);
  });

  it('splits a run of big documents into groups and keeps the input order', () => {
    const big = docs.map((d, i) => makeDocument(d.text.repeat(Math.ceil(60_000 / d.text.length)), '2024-01-01', `big-${i}`)).slice(0, 5);
    const results = processDocuments(big);
    expect(results.map((r) => r.facts?.doc.id)).toEqual(big.map((d) => d.id));
    expect(results.every((r) => r.facts!.sentences.length > 0)).toBe(true);
  });

  it('fails only the document whose extraction throws', () => {
    const real = EXTRACTORS.date.extract;
    vi.spyOn(EXTRACTORS.date, 'extract').mockImplementation((ctx) => {
      if (ctx.doc.id === docs[1].id) throw new Error('date rule exploded');
      return real.call(EXTRACTORS.date, ctx);
    });
    const results = processDocuments(docs.slice(0, 3));
    expect(results[1].error?.message).toBe('date rule exploded');
    expect(results[1].facts).toBeUndefined();
    expect(results[0].facts?.doc.id).toBe(docs[0].id);
    expect(results[2].facts?.doc.id).toBe(docs[2].id);
    expect(() => processDocument(docs[1])).toThrow('date rule exploded');
  });
});
