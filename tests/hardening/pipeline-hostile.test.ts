// The whole pipeline on every hostile input of the per-stage tests (tests/hostile-inputs.ts): read
// (decode, front matter, reference date and title) → segment → extract every kind → store in
// SQLite (the document's write, and the person fold that ends an ingest). The issue's goal is under
// a second per 100 KB for all of it; the bound asserted is looser (3 s per 100 KB) so that a busy CI
// machine does not fail it. The printed line is the record: ms per 100 KB, each stage's share, and
// the facts produced.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readInputs, resolveDocument } from '../../src/read/index.js';
import { processDocument } from '../../src/pipeline/index.js';
import { extractorVersion } from '../../src/pipeline/version.js';
import { openDatabase, type DB } from '../../src/store/db.js';
import { foldPeople } from '../../src/store/fold.js';
import { FactWriter } from '../../src/store/write.js';
import type { DocumentFacts, SourceDocument } from '../../src/types.js';
import {
  BOILERPLATE_CASES, COMMITMENT_CASES, DATE_CASES, type HostileCase, LONG_RUN_CASES, PERSON_CASES, PERSON_NAME_CASES, PIPELINE_CASES, READ_CASES,
} from '../hostile-inputs.js';

const KB100 = 100 * 1024;
const BUDGET_MS_PER_100KB = 3000;
/** What --date would give a document that states no date: relative dates then resolve as in the stage tests. */
const FALLBACK_DATE = '2024-02-12';

/** Every stage's cases, labelled with their stage; a text that two stages share is run once. */
const SOURCES: [stage: string, cases: HostileCase[]][] = [
  ['read', READ_CASES],
  ['segment', [...LONG_RUN_CASES, ...BOILERPLATE_CASES]],
  ['date', DATE_CASES],
  ['person', [...PERSON_CASES, ...PERSON_NAME_CASES]],
  ['commitment', COMMITMENT_CASES],
  ['pipeline', PIPELINE_CASES],
];
const ROWS: [label: string, text: string][] = [];
const seen = new Set<string>();
for (const [stage, cases] of SOURCES) {
  for (const [label, make] of cases) {
    const text = make();
    if (seen.has(text)) continue;
    seen.add(text);
    ROWS.push([`${stage}: ${label}`, text]);
  }
}
seen.clear();

let dir = '';
const version = extractorVersion();

interface Run {
  facts: DocumentFacts;
  ms: { read: number; segment: number; extract: number; store: number };
  /** CPU time of the whole run, all threads: on a shared machine, the cost without the time spent waiting for a processor. */
  cpuMs: number;
  /** What the reader reported (binary data: the file is refused and its text goes on as given), or null. */
  diagnostic: string | null;
  db: DB;
}

/** One document, as an ingest of a one-file folder runs it, into a new database. */
async function run(text: string, name: string): Promise<Run> {
  const file = path.join(dir, `${name}.txt`);
  fs.writeFileSync(file, text);
  const db = openDatabase(path.join(dir, `${name}.db`));
  const writer = new FactWriter(db);

  const cpu = process.cpuUsage();
  let t = performance.now();
  let src: SourceDocument | null = null;
  let diagnostic: string | null = null;
  for await (const item of readInputs([{ path: file, idBase: name }])) {
    if (item.kind === 'document') src = item.doc;
    else diagnostic ??= item.diagnostic.message;
  }
  // A refused file (binary data, only white space) costs nothing more; its text goes on as given,
  // so that every input is measured through every stage.
  src ??= { id: name, path: file, line: null, text, meta: {}, sha256: '' };
  const { doc } = resolveDocument(src, null);
  if (!doc.date) Object.assign(doc, { date: FALLBACK_DATE, dateSource: 'metadata' });
  const read = performance.now() - t;

  const facts = processDocument(doc);
  const segment = facts.timings.segment ?? 0;
  const extract = Object.entries(facts.timings).reduce((sum, [stage, ms]) => sum + (stage === 'segment' ? 0 : ms), 0);

  t = performance.now();
  writer.write(facts, version, null);
  foldPeople(db);
  const store = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { facts, ms: { read, segment, extract, store }, cpuMs: (used.user + used.system) / 1000, diagnostic, db };
}

function countFacts(f: DocumentFacts): Record<string, number> {
  return {
    people: f.people.reduce((n, p) => n + p.mentions.length, 0),
    countries: f.countries.length,
    organizations: f.organizations.length,
    dates: f.dates.length,
    commitments: f.commitments.length,
  };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-pipeline-hostile-'));
  // First use of wink, compromise, the regexes and SQLite is not what the cases measure.
  (await run('President Joe Biden said on Monday that the United States and NATO will send troops to Poland by 2025.', 'warm-up')).db.close();
});

afterAll(() => {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the whole pipeline on hostile text (read → segment → extract → store)', () => {
  it.each(ROWS.map(([label, text], i) => [label, text, i] as const))('%s', async (label, text, i) => {
    const { facts, ms, cpuMs, diagnostic, db } = await run(text, `case-${i}`);
    const total = ms.read + ms.segment + ms.extract + ms.store;
    const per100KB = (total * KB100) / text.length;
    const counts = countFacts(facts);
    const factsTotal = Object.values(counts).reduce((a, b) => a + b, 0);
    console.log(
      `whole pipeline, ${label}: ${(text.length / 1024).toFixed(0)} KB in ${total.toFixed(0)} ms (${per100KB.toFixed(0)} ms per 100 KB, CPU ${((cpuMs * KB100) / text.length).toFixed(0)}; ` +
        `read ${ms.read.toFixed(0)}, segment ${ms.segment.toFixed(0)}, extract ${ms.extract.toFixed(0)}, store ${ms.store.toFixed(0)}), ` +
        `${factsTotal} facts ${JSON.stringify(counts)}${diagnostic ? `; the reader: ${diagnostic}` : ''}`,
    );
    expect(total, `${label} took ${total.toFixed(0)} ms`).toBeLessThan((BUDGET_MS_PER_100KB * Math.max(text.length, KB100)) / KB100);
    // The store holds every fact.
    const stored = (table: string): number => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
    expect(stored('commitments')).toBe(counts.commitments);
    expect(stored('dates')).toBe(counts.dates);
    expect(stored('mentions')).toBe(counts.people + counts.countries + counts.organizations);
    db.close();
    for (const f of fs.readdirSync(dir)) if (f.startsWith(`case-${i}.`)) fs.rmSync(path.join(dir, f));
    // Offsets index the text as read (a leading byte-order mark is not part of it).
    const doc = facts.doc.text;
    for (const s of [...facts.dates, ...facts.countries, ...facts.organizations, ...facts.commitments, ...facts.people.flatMap((p) => p.mentions)]) {
      expect(doc.slice(s.start, s.end)).toBe(s.text);
    }
  });
});
