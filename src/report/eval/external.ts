// Scores against external gold sets in the shapes of ../shared/dev (read at run time only; their
// texts are never copied into the project):
//   timex     {id, dct, text, timex: [{start, end, text, type, value}]}          TimeBank/AQUAINT
//   entities  {id, text, entities: [{start, end, text, type: PER|LOC|ORG|MISC}]} CoNLL-2003
//   pledge    {id, text, pledge: 0|1}                                             manifesto sentences
import fs from 'node:fs';
import readline from 'node:readline';
import type { Document, DocumentFacts } from '../../types.js';
import { processDocument } from '../../pipeline/index.js';
import { lookupCountry } from '../../extract/country/index.js';
import { accuracy, addAccuracy, addCounts, countsOf, dedupe, match, prf, ZERO, type Accuracy, type Counts, type PRF } from './score.js';

export type ExternalShape = 'timex' | 'entities' | 'pledge';

export interface ExternalError {
  id: string;
  kind: string;
  error: 'missed' | 'spurious' | 'wrong value';
  text: string;
  detail: string;
}

export interface TimexEval {
  shape: 'timex';
  documents: number;
  strict: PRF;
  relaxed: PRF;
  /** Matched (overlap) with the right value, over gold and over predicted. */
  value: PRF;
  type: Accuracy;
  errors: ExternalError[];
}
export interface EntitiesEval {
  shape: 'entities';
  documents: number;
  people: { exact: PRF; overlap: PRF };
  countries: { exact: PRF; overlap: PRF; code: Accuracy };
  organizations: { exact: PRF; overlap: PRF };
  errors: ExternalError[];
}
export interface PledgeEval {
  shape: 'pledge';
  sentences: number;
  pledge: PRF;
  errors: ExternalError[];
}
export type ExternalEval = TimexEval | EntitiesEval | PledgeEval;

function asDocument(id: string, text: string, date: string | null): Document {
  return { id, path: id, line: null, text, meta: {}, sha256: '', date, dateSource: date ? 'metadata' : 'none', title: null };
}

async function* lines(file: string): AsyncGenerator<Record<string, unknown>> {
  const rl = readline.createInterface({ input: fs.createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of rl) if (line.trim()) yield JSON.parse(line) as Record<string, unknown>;
}

/** Which shape a gold file has, from its first line. */
export async function detectShape(file: string): Promise<ExternalShape> {
  for await (const first of lines(file)) {
    if (Array.isArray(first.timex)) return 'timex';
    if (Array.isArray(first.entities)) return 'entities';
    if ('pledge' in first) return 'pledge';
    break;
  }
  throw new Error(`${file}: not a known gold shape (expected a "timex", "entities" or "pledge" field on each line)`);
}

export async function evaluateExternal(file: string, shape?: ExternalShape): Promise<ExternalEval> {
  const kind = shape ?? (await detectShape(file));
  if (kind === 'timex') return evaluateTimex(file);
  if (kind === 'entities') return evaluateEntities(file);
  return evaluatePledges(file);
}

interface TimexGold {
  start: number;
  end: number;
  text: string;
  type: string;
  value: string;
}

async function evaluateTimex(file: string): Promise<TimexEval> {
  let strict: Counts = ZERO;
  let relaxed: Counts = ZERO;
  let valueTp = 0;
  let goldN = 0;
  let predN = 0;
  let type = accuracy(0, 0);
  let documents = 0;
  const errors: ExternalError[] = [];
  for await (const line of lines(file)) {
    documents++;
    const id = String(line.id);
    const gold = line.timex as TimexGold[];
    const facts = processDocument(asDocument(id, String(line.text), typeof line.dct === 'string' ? line.dct : null));
    const pred = dedupe(facts.dates, (d) => d.value);
    strict = addCounts(strict, countsOf(match(gold, pred, 'exact')));
    const m = match(gold, pred, 'overlap');
    relaxed = addCounts(relaxed, countsOf(m));
    goldN += gold.length;
    predN += pred.length;
    valueTp += m.pairs.filter(([g, p]) => g.value === p.value).length;
    type = addAccuracy(type, accuracy(m.pairs.filter(([g, p]) => g.type === p.type).length, m.pairs.length));
    for (const g of m.missed) errors.push({ id, kind: 'date', error: 'missed', text: g.text, detail: `${g.type} ${g.value}` });
    for (const p of m.spurious) errors.push({ id, kind: 'date', error: 'spurious', text: p.text, detail: `${p.type} ${p.value} (rule ${p.rule})` });
    for (const [g, p] of m.pairs) {
      if (g.value !== p.value) errors.push({ id, kind: 'date', error: 'wrong value', text: `${g.text} / ${p.text}`, detail: `gold ${g.type} ${g.value}, got ${p.type} ${p.value} (rule ${p.rule})` });
    }
  }
  const value = prf({ tp: valueTp, fp: predN - valueTp, fn: goldN - valueTp });
  return { shape: 'timex', documents, strict: prf(strict), relaxed: prf(relaxed), value, type, errors };
}

interface EntityGold {
  start: number;
  end: number;
  text: string;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
}

async function evaluateEntities(file: string): Promise<EntitiesEval> {
  const totals = { perE: ZERO, perO: ZERO, cE: ZERO, cO: ZERO, oE: ZERO, oO: ZERO };
  let code = accuracy(0, 0);
  let documents = 0;
  const errors: ExternalError[] = [];
  for await (const line of lines(file)) {
    documents++;
    const id = String(line.id);
    const gold = line.entities as EntityGold[];
    const facts: DocumentFacts = processDocument(asDocument(id, String(line.text), null));
    const goldPer = gold.filter((e) => e.type === 'PER');
    const predPer = dedupe(facts.people.flatMap((p) => p.mentions));
    totals.perE = addCounts(totals.perE, countsOf(match(goldPer, predPer, 'exact')));
    const perO = match(goldPer, predPer, 'overlap');
    totals.perO = addCounts(totals.perO, countsOf(perO));
    for (const g of match(goldPer, predPer, 'exact').missed) errors.push({ id, kind: 'person', error: 'missed', text: g.text, detail: 'PER' });
    for (const p of match(goldPer, predPer, 'exact').spurious) errors.push({ id, kind: 'person', error: 'spurious', text: p.text, detail: p.rule });

    // Countries are scored on the LOC spans that name a country and the MISC spans that are
    // nationality adjectives: CoNLL has no country type of its own.
    const goldCountries = gold
      .filter((e) => e.type === 'LOC' || e.type === 'MISC')
      .map((e) => ({ ...e, code: lookupCountry(e.text) }))
      .filter((e): e is EntityGold & { code: string } => e.code !== null);
    const predCountries = dedupe(facts.countries, (c) => c.code);
    totals.cE = addCounts(totals.cE, countsOf(match(goldCountries, predCountries, 'exact')));
    const cO = match(goldCountries, predCountries, 'overlap');
    totals.cO = addCounts(totals.cO, countsOf(cO));
    code = addAccuracy(code, accuracy(cO.pairs.filter(([g, p]) => g.code === p.code).length, cO.pairs.length));
    for (const g of cO.missed) errors.push({ id, kind: 'country', error: 'missed', text: g.text, detail: `${g.type} ${g.code}` });
    for (const p of cO.spurious) errors.push({ id, kind: 'country', error: 'spurious', text: p.text, detail: `${p.code} (rule ${p.rule})` });

    const goldOrg = gold.filter((e) => e.type === 'ORG');
    const predOrg = dedupe(facts.organizations);
    totals.oE = addCounts(totals.oE, countsOf(match(goldOrg, predOrg, 'exact')));
    totals.oO = addCounts(totals.oO, countsOf(match(goldOrg, predOrg, 'overlap')));
  }
  return {
    shape: 'entities',
    documents,
    people: { exact: prf(totals.perE), overlap: prf(totals.perO) },
    countries: { exact: prf(totals.cE), overlap: prf(totals.cO), code },
    organizations: { exact: prf(totals.oE), overlap: prf(totals.oO) },
    errors,
  };
}

async function evaluatePledges(file: string): Promise<PledgeEval> {
  let counts: Counts = ZERO;
  let sentences = 0;
  const errors: ExternalError[] = [];
  for await (const line of lines(file)) {
    sentences++;
    const id = String(line.id);
    const text = String(line.text);
    const gold = Number(line.pledge) === 1;
    const facts = processDocument(asDocument(id, text, null));
    const predicted = facts.commitments.length > 0;
    if (gold && predicted) counts = addCounts(counts, { tp: 1, fp: 0, fn: 0 });
    else if (predicted) {
      counts = addCounts(counts, { tp: 0, fp: 1, fn: 0 });
      errors.push({ id, kind: 'pledge', error: 'spurious', text, detail: facts.commitments.map((c) => c.rule).join(', ') });
    } else if (gold) {
      counts = addCounts(counts, { tp: 0, fp: 0, fn: 1 });
      errors.push({ id, kind: 'pledge', error: 'missed', text, detail: '' });
    }
  }
  return { shape: 'pledge', sentences, pledge: prf(counts), errors };
}
