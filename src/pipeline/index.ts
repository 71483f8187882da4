// Runs the stages over documents: segment → extract (in registry order) → ordered facts.
//
// Stage by stage over a group of documents, not document by document: each stage's code and
// lexicons stay warm in the CPU's caches while it runs over the group (about 20% less CPU than
// running all stages on one document before the next; scratch measurement in the commit message).
import type { Document, DocumentFacts, Provenance } from '../types.js';
import { segment } from '../segment/index.js';
import { EXTRACTORS } from '../extract/index.js';
import type { ExtractorContext } from '../extract/types.js';

/** Facts of one document, or why extracting them failed (the other documents go on). */
export type DocumentResult = { facts: DocumentFacts; error?: undefined } | { facts?: undefined; error: Error };

interface Work {
  doc: Document;
  ctx: ExtractorContext | null;
  boilerplate: Set<number>;
  commitments: DocumentFacts['commitments'];
  timings: Record<string, number>;
  error: Error | null;
}

/** One document's facts; throws what its extraction threw. */
export function processDocument(doc: Document): DocumentFacts {
  const [result] = processDocuments([doc]);
  if (result.error) throw result.error;
  return result.facts;
}

/**
 * At most this much text goes through the stages together: the group's tokens are all alive at
 * once, and a group of big documents must not take more memory than one big document does.
 */
const GROUP_CHARS = 200_000;

/** Each document's facts, in input order; a document that throws fails alone. */
export function processDocuments(docs: readonly Document[]): DocumentResult[] {
  const results: DocumentResult[] = [];
  let from = 0;
  while (from < docs.length) {
    let to = from + 1;
    for (let chars = docs[from].text.length; to < docs.length && chars + docs[to].text.length <= GROUP_CHARS; to++) chars += docs[to].text.length;
    results.push(...processGroup(docs.slice(from, to)));
    from = to;
  }
  return results;
}

function processGroup(docs: readonly Document[]): DocumentResult[] {
  const work: Work[] = docs.map((doc) => ({ doc, ctx: null, boilerplate: new Set(), commitments: [], timings: {}, error: null }));
  // Extractors skip boilerplate themselves; `keep` is the guarantee that none slips through.
  const keep = <T extends Provenance>(w: Work, facts: T[]): T[] => facts.filter((f) => !w.boilerplate.has(f.sentence)).sort(bySpan);

  const stage = (name: string, run: (w: Work, ctx: ExtractorContext) => void): void => {
    for (const w of work) {
      if (w.error) continue;
      const t = performance.now();
      try {
        run(w, w.ctx!);
      } catch (e) {
        w.error = e instanceof Error ? e : new Error(String(e));
      }
      w.timings[name] = (w.timings[name] ?? 0) + (performance.now() - t);
    }
  };

  stage('segment', (w) => {
    const seg = segment(w.doc);
    w.ctx = { ...seg, dates: [], organizations: [], countries: [], people: [] };
    for (const s of seg.sentences) if (s.boilerplate) w.boilerplate.add(s.index);
  });
  stage('date', (w, ctx) => void (ctx.dates = keep(w, EXTRACTORS.date.extract(ctx))));
  stage('organization', (w, ctx) => void (ctx.organizations = keep(w, EXTRACTORS.organization.extract(ctx))));
  stage('country', (w, ctx) => void (ctx.countries = keep(w, EXTRACTORS.country.extract(ctx))));
  stage('person', (w, ctx) => {
    ctx.people = EXTRACTORS.person
      .extract(ctx)
      .map((p) => ({ ...p, mentions: keep(w, p.mentions) }))
      .filter((p) => p.mentions.length > 0)
      .sort((a, b) => bySpan(a.mentions[0], b.mentions[0]));
  });
  stage('commitment', (w, ctx) => void (w.commitments = keep(w, EXTRACTORS.commitment.extract(ctx))));

  return work.map((w): DocumentResult => {
    if (w.error) return { error: w.error };
    const ctx = w.ctx!;
    return {
      facts: {
        doc: w.doc,
        sentences: ctx.sentences,
        people: ctx.people,
        countries: ctx.countries,
        organizations: ctx.organizations,
        dates: ctx.dates,
        commitments: w.commitments,
        timings: w.timings,
      },
    };
  });
}

/** Facts in text order; ties broken by end, then rule id, so the order never depends on the engine. */
export function bySpan(a: Provenance, b: Provenance): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
