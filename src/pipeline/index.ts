// Runs the stages over one document: segment → extract (in registry order) → ordered facts.
import type { Document, DocumentFacts, Provenance } from '../types.js';
import { segment } from '../segment/index.js';
import { EXTRACTORS } from '../extract/index.js';
import type { ExtractorContext } from '../extract/types.js';

export function processDocument(doc: Document): DocumentFacts {
  const timings: Record<string, number> = {};
  let t = performance.now();
  const lap = (stage: string): void => {
    const now = performance.now();
    timings[stage] = (timings[stage] ?? 0) + (now - t);
    t = now;
  };

  const seg = segment(doc);
  lap('segment');
  const ctx: ExtractorContext = { ...seg, dates: [], organizations: [], countries: [], people: [] };
  const boilerplate = new Set(seg.sentences.filter((s) => s.boilerplate).map((s) => s.index));
  // Extractors skip boilerplate themselves; this is the guarantee that none slips through.
  const keep = <T extends Provenance>(facts: T[]): T[] => facts.filter((f) => !boilerplate.has(f.sentence)).sort(bySpan);

  ctx.dates = keep(EXTRACTORS.date.extract(ctx));
  lap('date');
  ctx.organizations = keep(EXTRACTORS.organization.extract(ctx));
  lap('organization');
  ctx.countries = keep(EXTRACTORS.country.extract(ctx));
  lap('country');
  ctx.people = EXTRACTORS.person
    .extract(ctx)
    .map((p) => ({ ...p, mentions: keep(p.mentions) }))
    .filter((p) => p.mentions.length > 0)
    .sort((a, b) => bySpan(a.mentions[0], b.mentions[0]));
  lap('person');
  const commitments = keep(EXTRACTORS.commitment.extract(ctx));
  lap('commitment');

  return {
    doc,
    sentences: seg.sentences,
    people: ctx.people,
    countries: ctx.countries,
    organizations: ctx.organizations,
    dates: ctx.dates,
    commitments,
    timings,
  };
}

/** Facts in text order; ties broken by end, then rule id, so the order never depends on the engine. */
export function bySpan(a: Provenance, b: Provenance): number {
  return a.start - b.start || a.end - b.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0);
}
