// Scores the extractors against the gold annotations under corpus/gold/ (format:
// corpus/gold/README.md, guide: docs/annotation.md).
import fs from 'node:fs';
import path from 'node:path';
import type { Commitment, DocumentFacts, EntityRef } from '../../types.js';
import { listInputs, readInputs, resolveDocument } from '../../read/index.js';
import { processDocument } from '../../pipeline/index.js';
import { personKey } from '../../resolve/people.js';
import {
  accuracy, addAccuracy, addCounts, countsOf, dedupe, match, prf, ZERO, type Accuracy, type Counts, type PRF, type SpanItem,
} from './score.js';

export interface GoldSpan extends SpanItem {
  text: string;
}
export interface GoldFile {
  document: string;
  complete?: boolean;
  people: { name: string; role: string | null; country: string | null; mentions: GoldSpan[] }[];
  countries: (GoldSpan & { code: string; metonymy?: boolean })[];
  organizations: (GoldSpan & { name: string; acronym?: string | null })[];
  dates: (GoldSpan & { type: string; value: string; mod?: string | null })[];
  commitments: (GoldSpan & {
    actor: string;
    speaker?: string | null;
    action: string;
    polarity: string;
    modality: string;
    recipient?: string | null;
    deadline?: { value: string; mod?: string | null; text?: string } | null;
  })[];
}

export interface KindFigures {
  exact: PRF;
  overlap: PRF;
  /** Value accuracy over the overlap-matched pairs (what the value is depends on the kind). */
  values: Record<string, Accuracy>;
  /** Commitments only: clause overlap whatever the actor. */
  spanOnly?: PRF;
}

export interface CorpusEval {
  documents: number;
  kinds: Record<'people' | 'countries' | 'organizations' | 'dates' | 'commitments', KindFigures>;
  errors: EvalError[];
}

export interface EvalError {
  document: string;
  kind: string;
  error: 'missed' | 'spurious' | 'wrong value';
  text: string;
  start: number;
  end: number;
  detail: string;
}

const KINDS = ['people', 'countries', 'organizations', 'dates', 'commitments'] as const;

export function loadGold(goldDir: string): Map<string, GoldFile> {
  const out = new Map<string, GoldFile>();
  if (!fs.existsSync(goldDir)) return out;
  for (const f of fs.readdirSync(goldDir).filter((n) => n.endsWith('.json')).sort()) {
    const g = JSON.parse(fs.readFileSync(path.join(goldDir, f), 'utf8')) as GoldFile;
    if (g.complete !== false) out.set(g.document, g);
  }
  return out;
}

/** Run the pipeline over the gold documents of a corpus and score every kind. */
export async function evaluateCorpus(corpusPaths: string[], goldDir: string): Promise<CorpusEval> {
  const gold = loadGold(goldDir);
  const { files } = listInputs(corpusPaths);
  const perDoc: { gold: GoldFile; facts: DocumentFacts }[] = [];
  for await (const item of readInputs(files)) {
    if (item.kind !== 'document' || !gold.has(item.doc.id)) continue;
    perDoc.push({ gold: gold.get(item.doc.id)!, facts: processDocument(resolveDocument(item.doc, null).doc) });
  }
  perDoc.sort((a, b) => (a.gold.document < b.gold.document ? -1 : 1));
  return scoreDocuments(perDoc);
}

export function scoreDocuments(perDoc: { gold: GoldFile; facts: DocumentFacts }[]): CorpusEval {
  const totals = Object.fromEntries(KINDS.map((k) => [k, { exact: ZERO, overlap: ZERO, values: {} as Record<string, Accuracy> }])) as Record<
    (typeof KINDS)[number],
    { exact: Counts; overlap: Counts; values: Record<string, Accuracy> }
  >;
  const errors: EvalError[] = [];
  let spanOnlyCounts: Counts = ZERO;
  const addValue = (kind: (typeof KINDS)[number], name: string, a: Accuracy): void => {
    totals[kind].values[name] = totals[kind].values[name] ? addAccuracy(totals[kind].values[name], a) : a;
  };
  for (const { gold, facts } of perDoc) {
    const doc = gold.document;
    const err = (kind: string, error: EvalError['error'], s: SpanItem & { text?: string }, detail: string): void => {
      errors.push({ document: doc, kind, error, text: s.text ?? facts.doc.text.slice(s.start, s.end), start: s.start, end: s.end, detail });
    };

    // People: mentions, and whether each matched mention is linked to the right person.
    const goldPeople = gold.people.flatMap((p) => p.mentions.map((m) => ({ ...m, person: p.name })));
    const predPeople = dedupe(facts.people.flatMap((p) => p.mentions.map((m) => ({ ...m, person: p.name, key: p.key }))));
    scoreKind('people', goldPeople, predPeople, (g, p) => samePerson(g.person, p.person), (g) => g.person, (p) => p.person, 'identity');

    // Countries with their codes.
    scoreKind('countries', gold.countries, dedupe(facts.countries, (c) => c.code), (g, p) => g.code === p.code, (g) => g.code, (p) => p.code, 'code');

    // Organizations with their canonical names.
    scoreKind('organizations', gold.organizations, dedupe(facts.organizations, (o) => o.name), (g, p) => sameOrganization(g, p), (g) => g.name, (p) => p.name, 'name');

    // Dates: strict and relaxed spans, TIMEX3 value on the relaxed matches.
    scoreKind('dates', gold.dates, dedupe(facts.dates, (d) => d.value), (g, p) => g.value === p.value, (g) => `${g.type} ${g.value}`, (p) => `${p.type} ${p.value}`, 'value');

    // Commitments: a match overlaps the gold clause and has the same actor.
    const predC = dedupe(facts.commitments, (c) => `${c.actor?.key}|${c.action}`);
    const m = match(gold.commitments, predC, 'overlap', (g, p) => sameActor(g.actor, p.actor));
    const spanOnly = match(gold.commitments, predC, 'overlap');
    const exactC = match(gold.commitments, predC, 'exact', (g, p) => sameActor(g.actor, p.actor));
    totals.commitments.exact = addCounts(totals.commitments.exact, countsOf(exactC));
    spanOnlyCounts = addCounts(spanOnlyCounts, countsOf(spanOnly));
    totals.commitments.overlap = addCounts(totals.commitments.overlap, countsOf(m));
    const n = m.pairs.length;
    addValue('commitments', 'polarity', accuracy(m.pairs.filter(([g, p]) => g.polarity === p.polarity).length, n));
    addValue('commitments', 'modality', accuracy(m.pairs.filter(([g, p]) => g.modality === p.modality).length, n));
    addValue('commitments', 'deadline', accuracy(m.pairs.filter(([g, p]) => (g.deadline?.value ?? null) === (p.deadline?.value ?? null)).length, n));
    addValue('commitments', 'actor (span matches)', accuracy(spanOnly.pairs.filter(([g, p]) => sameActor(g.actor, p.actor)).length, spanOnly.pairs.length));
    for (const g of m.missed) err('commitments', 'missed', g, `actor ${g.actor}, ${g.polarity}/${g.modality}: ${g.action}`);
    for (const p of m.spurious) err('commitments', 'spurious', p, `actor ${actorLabel(p.actor)}, ${p.polarity}/${p.modality}, rule ${p.rule}: ${p.action}`);
    for (const [g, p] of m.pairs) {
      const diffs = [
        g.polarity !== p.polarity ? `polarity ${g.polarity}≠${p.polarity}` : '',
        g.modality !== p.modality ? `modality ${g.modality}≠${p.modality}` : '',
        (g.deadline?.value ?? null) !== (p.deadline?.value ?? null) ? `deadline ${g.deadline?.value ?? '-'}≠${p.deadline?.value ?? '-'}` : '',
      ].filter(Boolean);
      if (diffs.length) err('commitments', 'wrong value', p, `${diffs.join(', ')} (rule ${p.rule})`);
    }

    function scoreKind<G extends SpanItem, P extends SpanItem & { rule?: string }>(
      kind: (typeof KINDS)[number],
      g: G[],
      p: P[],
      sameValue: (g: G, p: P) => boolean,
      goldValue: (g: G) => string,
      predValue: (p: P) => string,
      valueName: string,
    ): void {
      const exact = match(g, p, 'exact');
      const overlap = match(g, p, 'overlap');
      totals[kind].exact = addCounts(totals[kind].exact, countsOf(exact));
      totals[kind].overlap = addCounts(totals[kind].overlap, countsOf(overlap));
      addValue(kind, valueName, accuracy(overlap.pairs.filter(([a, b]) => sameValue(a, b)).length, overlap.pairs.length));
      for (const x of exact.missed) err(kind, 'missed', x, goldValue(x));
      for (const x of exact.spurious) err(kind, 'spurious', x, `${predValue(x)}${x.rule ? ` (rule ${x.rule})` : ''}`);
      for (const [a, b] of overlap.pairs) if (!sameValue(a, b)) err(kind, 'wrong value', b, `gold ${goldValue(a)}, got ${predValue(b)}${b.rule ? ` (rule ${b.rule})` : ''}`);
    }
  }
  const kinds = Object.fromEntries(
    KINDS.map((k) => [k, { exact: prf(totals[k].exact), overlap: prf(totals[k].overlap), values: totals[k].values }]),
  ) as CorpusEval['kinds'];
  kinds.commitments.spanOnly = prf(spanOnlyCounts);
  errors.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.start - b.start || a.kind.localeCompare(b.kind)));
  return { documents: perDoc.length, kinds, errors };
}

function fold(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/^the\s+/, '').replace(/[^\p{L}\p{N}+ ]/gu, '').trim();
}

export function samePerson(goldName: string, predName: string): boolean {
  if (personKey(goldName) === personKey(predName)) return true;
  const last = (s: string): string => fold(s.replace(/,?\s+(?:jr|sr)\.?$/i, '')).split(/\s+/).pop() ?? '';
  return last(goldName) === last(predName);
}

function sameOrganization(g: { name: string; acronym?: string | null }, p: { name: string; acronym: string | null }): boolean {
  const gold = [g.name, g.acronym].filter(Boolean).map((x) => fold(x!));
  const pred = [p.name, p.acronym].filter(Boolean).map((x) => fold(x!));
  return gold.some((x) => pred.includes(x));
}

function aliases(ref: EntityRef): string[] {
  return [ref.key, ref.name].map(fold).concat(ref.kind === 'person' ? [personKey(ref.name)] : []);
}

/** Gold actors are strings (DK, NATO, "Morten Bødskov", US+PH); predicted ones are entity refs. */
export function sameActor(gold: string, pred: EntityRef | null): boolean {
  if (!pred) return false;
  const parts = gold.split('+').map((s) => s.trim());
  const members = pred.members?.length ? pred.members : [pred];
  if (parts.length !== members.length) return parts.length === 1 && aliases(pred).includes(fold(gold));
  return parts.every((part) => members.some((m) => aliases(m).includes(fold(part)) || (m.kind === 'person' && samePerson(part, m.name))));
}

function actorLabel(a: Commitment['actor']): string {
  return a ? a.key : '-';
}
