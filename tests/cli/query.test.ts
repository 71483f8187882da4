// `query` in-process on a database built from the whole corpus: every question, every format,
// every refusal. Assertions hold on the structure and on facts of the seed articles that the
// extraction tests pin down too, so extractor improvements do not break them.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { runQuery } from '../../src/cli/query.js';
import type { IO } from '../../src/cli/io.js';
import { MIGRATION_002 } from '../../src/store/migrations-002.js';
import { COMMITMENTS_IN_DATE_ORDER, openReadonly, sqlWords, ftsQuery } from '../../src/store/queries.js';
import { formatRows, formatRecord } from '../../src/report/format.js';

interface Result {
  code: number;
  out: string;
  err: string;
}

function captureIO(tty = false): IO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (s: string) => {
      io.out += s;
    },
    stderr: (s: string) => {
      io.err += s;
    },
    stderrIsTTY: false,
    stdoutIsTTY: tty,
    cwd: process.cwd(),
  };
  return io;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-query-'));
const dbFile = path.join(tmp, 'corpus.db');
const DENMARK = 'seed-denmark-may-allow-us-troops';
const QUESTIONS = ['people', 'countries', 'commitments', 'timeline', 'document', 'explain', 'search', 'sql'];

async function query(args: string[], options: { tty?: boolean; db?: string } = {}): Promise<Result> {
  const io = captureIO(options.tty);
  const code = await runQuery([...args, '--db', options.db ?? dbFile], io);
  return { code, out: io.out, err: io.err };
}

async function json(args: string[]): Promise<Record<string, any>[]> {
  const r = await query([...args, '--format', 'json']);
  expect(r.err.replace(/^note: .*\n/gm, '')).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out);
}

/** Until the lead appends MIGRATION_002 to MIGRATIONS, apply it here (it is idempotent). */
function ensureMigration(file: string): void {
  const db = new Database(file);
  const has = db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'documents_fts'").get();
  if (!has) db.exec(MIGRATION_002.sql);
  db.close();
}

let seedFact: Record<string, string>;

beforeAll(async () => {
  const io = captureIO();
  const code = await main(['ingest', 'corpus', '--db', dbFile, '--no-snapshot', '--concurrency', '2'], io);
  expect(code).toBe(0);
  ensureMigration(dbFile);
  // One fact of each kind in the Denmark article, for explain.
  const db = new Database(dbFile, { readonly: true });
  seedFact = Object.fromEntries(
    (db
      .prepare(
        `SELECT kind, MIN(fact_key) AS fact FROM facts WHERE document = ? GROUP BY kind`,
      )
      .all(DENMARK) as { kind: string; fact: string }[]).map((r) => [r.kind, r.fact]),
  );
  db.close();
});

describe('the migration', () => {
  it('is idempotent: running it again changes nothing', () => {
    const copy = path.join(tmp, 'again.db');
    fs.copyFileSync(dbFile, copy);
    const db = new Database(copy);
    const count = (): unknown[] =>
      ['documents_fts', 'entity_documents', 'facts'].map((t) => db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get());
    const before = count();
    db.exec(MIGRATION_002.sql);
    expect(count()).toEqual(before);
    db.close();
  });

  it('keeps the full-text index and the mention counts in sync when documents are re-ingested, deleted and changed', async () => {
    const copy = path.join(tmp, 'sync.db');
    fs.copyFileSync(dbFile, copy);
    // The writer deletes and re-inserts the document: the triggers follow.
    const io = captureIO();
    expect(await main(['ingest', `corpus/${DENMARK}.txt`, '--db', copy, '--no-snapshot', '--force', '--concurrency', '1'], io)).toBe(0);
    const db = new Database(copy);
    const consistent = (): void => {
      db.prepare("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)").run();
      const recount = db
        .prepare('SELECT entity_id, document_id, COUNT(*) AS mentions, SUM(metonymy) AS as_government FROM mentions GROUP BY 1, 2 ORDER BY 1, 2')
        .all();
      expect(db.prepare('SELECT entity_id, document_id, mentions, as_government FROM entity_documents ORDER BY 1, 2').all()).toEqual(recount);
    };
    consistent();
    const hits = (q: string): number => db.prepare('SELECT COUNT(*) FROM documents_fts WHERE documents_fts MATCH ?').pluck().get(q) as number;
    expect(hits('"Danish soil"')).toBeGreaterThan(0);
    db.prepare('DELETE FROM documents WHERE doc_key = ?').run(DENMARK);
    consistent();
    expect(hits('"Danish soil"')).toBe(0);
    db.prepare("UPDATE documents SET title = 'Zanzibar pact' WHERE doc_key = 'seed-ukraine-denmark-security-talks'").run();
    expect(hits('title:zanzibar')).toBe(1);
    consistent();
    db.close();
  });
});

describe('people', () => {
  it('lists people, most mentioned first, with role, country and an entity ref', async () => {
    const rows = await json(['people', '--limit', '0']);
    expect(Object.keys(rows[0])).toEqual(['name', 'role', 'country', 'mentions', 'documents', 'entity']);
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1].mentions).toBeGreaterThanOrEqual(rows[i].mentions);
    const mette = rows.find((r) => r.name === 'Mette Frederiksen');
    expect(mette).toMatchObject({ country: 'DK', entity: 'person:mette frederiksen' });
    expect(mette!.role.toLowerCase()).toBe('prime minister');
  });

  it('filters by role country (any name of it) and by part of the name', async () => {
    const dk = await json(['people', '--country', 'danish']);
    expect(dk.map((r) => r.name)).toContain('Mette Frederiksen');
    expect(await json(['people', '--country', 'DNK'])).toEqual(dk);
    const named = await json(['people', '--name', 'frederik']);
    expect(named.map((r) => r.name)).toEqual(['Mette Frederiksen']);
  });
});

describe('countries', () => {
  it('lists countries with mentions, documents and commitments made and received', async () => {
    const rows = await json(['countries', '--limit', '0']);
    expect(Object.keys(rows[0])).toEqual(['code', 'name', 'mentions', 'documents', 'as_government', 'commitments_made', 'commitments_received']);
    expect(rows[0].code).toBe('US');
    const dk = rows.find((r) => r.code === 'DK')!;
    expect(dk.name).toBe('Denmark');
    expect(dk.commitments_made).toBeGreaterThanOrEqual(5);
    expect(rows.find((r) => r.code === 'UA')!.commitments_received).toBeGreaterThan(0);
  });
});

describe('commitments', () => {
  it('walks documents in date order, reading the commitments of each by document whatever the filter', () => {
    // With a polarity filter SQLite preferred the polarity index for each document's commitments:
    // every negative commitment once per document (30 s on 100,000 documents).
    const db = new Database(dbFile, { readonly: true });
    const plan = db
      .prepare(`EXPLAIN QUERY PLAN SELECT c.id FROM ${COMMITMENTS_IN_DATE_ORDER} WHERE d.date IS NULL AND c.polarity IN ('negative') AND c.modality IN ('firm', 'intended') ORDER BY d.doc_key, c.start LIMIT 100`)
      .all()
      .map((r) => (r as { detail: string }).detail);
    db.close();
    expect(plan.find((d) => /\bc\b/.test(d) && d.startsWith('SEARCH'))).toMatch(/commitments_document \(document_id=\?\)/);
  });
  it('resolves an actor by name, code, alpha-3 and adjective to the same answer', async () => {
    const byName = await json(['commitments', '--actor', 'Denmark']);
    expect(byName.length).toBeGreaterThanOrEqual(5);
    for (const form of ['DK', 'dk', 'danish', 'dnk', 'the Kingdom of Denmark', 'country:DK']) expect(await json(['commitments', '--actor', form])).toEqual(byName);
    expect(byName.every((r) => /Denmark/.test(r.actor))).toBe(true);
    const ban = byName.find((r) => r.fact === `${DENMARK}#commitment@2053-2110`);
    expect(ban).toMatchObject({ speaker: 'Morten Bødskov', polarity: 'negative', modality: 'firm', action: 'allow nuclear weapons on Danish soil' });
  });

  it('lists in document date order, undated documents last', async () => {
    const rows = await json(['commitments', '--limit', '0']);
    const dates = rows.map((r) => r.document_date);
    const firstNull = dates.indexOf(null);
    expect(dates.slice(0, firstNull === -1 ? undefined : firstNull)).toEqual([...dates.slice(0, firstNull === -1 ? undefined : firstNull)].sort());
    if (firstNull !== -1) expect(dates.slice(firstNull).every((d) => d === null)).toBe(true);
  });

  it('filters by recipient, polarity, modality and text', async () => {
    const toUkraine = await json(['commitments', '--recipient', 'Ukraine']);
    expect(toUkraine.length).toBeGreaterThan(0);
    expect(toUkraine.every((r) => /Ukraine/.test(r.recipient))).toBe(true);
    const refusals = await json(['commitments', '--polarity', 'negative', '--limit', '0']);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.every((r) => r.polarity === 'negative')).toBe(true);
    const firm = await json(['commitments', '--actor', 'DK', '--polarity', 'negative', '--modality', 'firm']);
    expect(firm.map((r) => r.action)).toContain('allow nuclear weapons on Danish soil');
    expect(firm.every((r) => r.modality === 'firm' && r.polarity === 'negative')).toBe(true);
    const nuclear = await json(['commitments', '--text', 'NUCLEAR weapons']);
    expect(nuclear.length).toBeGreaterThan(0);
    expect(nuclear.some((r) => /nuclear weapons/i.test(r.action))).toBe(true);
    expect(await json(['commitments', '--text', '100%_'])).toEqual([]);
  });

  it('filters by deadline or document date with --from/--to and --on', async () => {
    const y2022 = await json(['commitments', '--from', '2022', '--to', '2022', '--limit', '0']);
    expect(y2022.length).toBeGreaterThan(0);
    for (const r of y2022) expect(r.document_date?.startsWith('2022') || String(r.deadline).startsWith('2022')).toBe(true);
    const byDocument = await json(['commitments', '--from', '2022-02-10', '--to', '2022-02-10', '--on', 'document', '--limit', '0']);
    expect(byDocument.length).toBeGreaterThan(0);
    expect(byDocument.every((r) => r.document_date === '2022-02-10')).toBe(true);
    const deadlines = await json(['commitments', '--from', '2000', '--on', 'deadline', '--limit', '0']);
    expect(deadlines.length).toBeGreaterThan(0);
    expect(deadlines.every((r) => /^\d{4}/.test(r.deadline))).toBe(true);
    expect(await json(['commitments', '--to', '1900'])).toEqual([]);
  });

  it('answers nothing for a known country that no document mentions', async () => {
    expect(await json(['commitments', '--actor', 'Fiji'])).toEqual([]);
  });
});

describe('timeline', () => {
  it('lists dated facts about an entity in date order, with commitments and sentences', async () => {
    const rows = await json(['timeline', 'Denmark', '--limit', '0']);
    expect(Object.keys(rows[0])).toEqual(['date', 'kind', 'what', 'sentence', 'fact']);
    const dates = rows.map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
    expect(rows.some((r) => r.kind === 'commitment (actor)' && r.date === '2022-02-10')).toBe(true);
    const thursday = rows.find((r) => r.fact === `${DENMARK}#date@502-510`);
    expect(thursday).toMatchObject({ date: '2022-02-10', kind: 'date', what: 'Thursday' });
    expect(thursday!.sentence).toContain('Denmark');
  });

  it('keeps only the range given', async () => {
    const rows = await json(['timeline', 'NATO', '--from', '2022', '--to', '2023-06', '--limit', '0']);
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) expect(r.date >= '2022' && r.date.slice(0, 7) <= '2023-06').toBe(true);
  });
});

describe('document', () => {
  it('lists every fact of a document in text order, with its sentence', async () => {
    const rows = await json(['document', DENMARK, '--limit', '0']);
    expect(Object.keys(rows[0])).toEqual(['sentence_idx', 'kind', 'text', 'value', 'rule', 'fact', 'sentence']);
    const starts = rows.map((r) => Number(/@(\d+)-/.exec(r.fact)![1]));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['person', 'country', 'organization', 'date', 'commitment']));
    for (const r of rows) {
      expect(r.fact.startsWith(`${DENMARK}#${r.kind}@`)).toBe(true);
      expect(r.sentence).toContain(r.text.slice(0, 20));
    }
    expect(rows.find((r) => r.text === 'Danish')).toMatchObject({ kind: 'country', value: 'DK', rule: 'country/adjective' });
  });

  it('takes a unique prefix of the id; an ambiguous or unknown one exits 2', async () => {
    expect(await json(['document', 'seed-denmark-may'])).toEqual(await json(['document', DENMARK]));
    const ambiguous = await query(['document', 'seed-']);
    expect(ambiguous.code).toBe(2);
    expect(ambiguous.err).toMatch(/^error: Ambiguous document id `seed-`/);
    expect(ambiguous.err).toContain(`  ${DENMARK}\n`);
    const unknown = await query(['document', 'no-such-document']);
    expect(unknown).toMatchObject({ code: 2, out: '' });
    expect(unknown.err).toMatch(/^error: Unknown document `no-such-document`/);
  });
});

describe('explain', () => {
  it.each(['person', 'country', 'organization', 'date', 'commitment'])('explains a %s: span, sentence, rule and its reason', async (kind) => {
    const r = await query(['explain', seedFact[kind], '--format', 'json']);
    expect(r.code).toBe(0);
    const fact = JSON.parse(r.out);
    expect(fact).toMatchObject({ fact: seedFact[kind], kind, document: DENMARK, document_date: '2022-02-10' });
    expect(fact.span).toMatch(/^\d+-\d+$/);
    expect(fact.rule).toMatch(new RegExp(`^${kind}/`));
    expect(fact.rule_reason).toEqual(expect.any(String));
    expect(fact.sentence).toContain(fact.text.slice(0, 20));
  });

  it('explains why a commitment: parties, cues and confidence', async () => {
    const fact = JSON.parse((await query(['explain', `${DENMARK}#commitment@2053-2110`, '--format', 'json'])).out);
    expect(fact).toMatchObject({
      actor: 'Denmark (country:DK)',
      speaker: expect.stringMatching(/^Morten Bødskov \(person:/),
      polarity: 'negative',
      modality: 'firm',
      rule: 'commitment/passive-ban',
      cues: expect.stringContaining('not'),
      confidence: expect.any(Number),
    });
  });

  it('shows a record as field and value lines in a table', async () => {
    const r = await query(['explain', `${DENMARK}#commitment@2053-2110`], { tty: true });
    expect(r.out).toMatch(/^fact +seed-denmark-may-allow-us-troops#commitment@2053-2110\nkind +commitment\n/);
  });

  it('exits 2 on an unknown fact id', async () => {
    const r = await query(['explain', `${DENMARK}#date@1-2`]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: Unknown fact/);
  });
});

describe('search', () => {
  it('finds a phrase in the texts with the facts of each matching sentence, stemmed', async () => {
    const rows = await json(['search', 'security guarantee']);
    expect(rows.length).toBeGreaterThan(0);
    expect(Object.keys(rows[0])).toEqual(['document', 'date', 'sentence_idx', 'match', 'sentence', 'facts']);
    for (const r of rows) {
      expect(r.match).toMatch(/security guarantee/i);
      expect(r.sentence.toLowerCase()).toContain(r.match.split('; ')[0].toLowerCase());
    }
    expect(rows.some((r) => r.match === 'security guarantees')).toBe(true);
    const withFacts = rows.find((r) => r.facts.length > 0)!;
    expect(withFacts.facts[0]).toMatch(/^(person|country|organization|date|commitment) /);
  });

  it('shows each matching sentence from its own document, for every document matched', async () => {
    // SQLite 3.53's FTS5 ignored `rowid = ?` with a bound rowid, so every document showed the
    // sentences of the first match in the table: the shown sentence must be the stored one.
    const rows = await json(['search', 'security', '--limit', '0']);
    expect(new Set(rows.map((r) => r.document)).size).toBeGreaterThan(5);
    const db = new Database(dbFile, { readonly: true });
    const stored = db.prepare(
      'SELECT substr(d.text, s.start + 1, s."end" - s.start) FROM sentences s JOIN documents d ON d.id = s.document_id WHERE d.doc_key = ? AND s.idx = ?',
    );
    try {
      for (const r of rows.filter((x) => x.sentence_idx !== null)) {
        expect(stored.pluck().get(r.document, r.sentence_idx), `${r.document} sentence ${r.sentence_idx}`).toBe(r.sentence);
      }
    } finally {
      db.close();
    }
  });

  it('passes FTS5 syntax through and filters by document date', async () => {
    const either = await json(['search', 'Greenland OR Bødskov', '--limit', '0']);
    expect(either.some((r) => /greenland/i.test(r.match))).toBe(true);
    expect(either.some((r) => /bødskov/i.test(r.match))).toBe(true);
    const dated = await json(['search', 'nuclear', '--from', '2022-02', '--to', '2022-02', '--limit', '0']);
    expect(dated.length).toBeGreaterThan(0);
    expect(dated.every((r) => r.date.startsWith('2022-02'))).toBe(true);
  });

  it('exits 2 on FTS5 syntax it cannot read', async () => {
    const r = await query(['search', 'security AND (']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error: Invalid search `security AND \(`: fts5: syntax error/);
  });

  it('treats plain words as a phrase', () => {
    expect(ftsQuery('security guarantee')).toBe('"security guarantee"');
    expect(ftsQuery('U.S.-Ukraine pact')).toBe('"U.S.-Ukraine pact"');
    expect(ftsQuery('troops NOT nuclear')).toBe('troops NOT nuclear');
    expect(ftsQuery('secur*')).toBe('secur*');
  });
});

describe('sql', () => {
  it('runs a read-only SELECT', async () => {
    const rows = await json(['sql', 'SELECT doc_key, date FROM documents WHERE doc_key LIKE ? ORDER BY doc_key'.replace('?', "'seed-%'")]);
    expect(rows.map((r) => r.doc_key)).toEqual(['seed-danish-defence-security-cooperation', DENMARK, 'seed-ukraine-denmark-security-talks']);
    expect(await json(['sql', 'PRAGMA table_info(documents_fts)'])).toHaveLength(2);
    expect((await json(['sql', 'SELECT 1 AS one; -- a comment'])).length).toBe(1);
  });

  it.each([
    ['DELETE FROM documents', /^error: Refused: DELETE would change the database/],
    ['DROP TABLE mentions', /^error: Refused: DROP would change the database/],
    ["INSERT INTO runs (started_at, arguments, extractor_version) VALUES ('x', 'x', 'x')", /^error: Refused: INSERT would change/],
    ["UPDATE documents SET title = 'x'", /^error: Refused: UPDATE would change/],
    ['CREATE TEMP TABLE t (x)', /^error: Refused: CREATE would change/],
    ["VACUUM INTO '/tmp/pf-copy.db'", /^error: Refused: VACUUM would change/],
    ['SELECT 1; SELECT 2', /^error: Refused: one statement at a time/],
    ['SELECT 1; DELETE FROM documents', /^error: Refused: one statement at a time/],
    ["ATTACH DATABASE '/tmp/other.db' AS other", /^error: Refused: ATTACH is not allowed/],
    ['/* hidden */ attach "/tmp/other.db" as other', /^error: Refused: ATTACH is not allowed/],
    ['DETACH other', /^error: Refused: DETACH is not allowed/],
    ['PRAGMA user_version = 7', /^error: Refused: PRAGMA user_version with a value is not allowed/],
    ['PRAGMA query_only(0)', /^error: Refused: PRAGMA query_only with a value is not allowed/],
    ['PRAGMA writable_schema', /^error: Refused: PRAGMA writable_schema is not allowed/],
    ["SELECT load_extension('/tmp/evil.so')", /^error: Refused: load_extension is not allowed/],
    ['SELECT "load_extension"(\'/tmp/evil.so\')', /^error: Refused: load_extension is not allowed/],
    ['BEGIN', /^error: Refused: the statement returns no rows/],
    ['SELECT * FROM no_such_table', /^error: Invalid SQL: no such table: no_such_table/],
    ['', /^error: Expected a SELECT statement/],
  ])('refuses %j with a one-line message and exit 2', async (sql, message) => {
    const before = fs.statSync(dbFile).mtimeMs;
    const r = await query(['sql', sql]);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    expect(fs.statSync(dbFile).mtimeMs).toBe(before);
  });

  it('opens the database so that nothing can write, whatever got past the checks', () => {
    const db = openReadonly(dbFile);
    expect(() => db.exec('DELETE FROM documents')).toThrow(/readonly|query_only/);
    db.close();
  });

  it('reads the words of a statement outside strings and comments', () => {
    expect(sqlWords("SELECT 'attach' -- load_extension\n, \"Load_Extension\" /* x */ FROM [t]")).toEqual(['select', 'load_extension', 'from', 't']);
  });
});

describe('names', () => {
  it('lists the candidates of an ambiguous name and exits 2', async () => {
    // A surname that ends two stored full names (the corpus has Alexei and Aleksey Navalny).
    const db = new Database(dbFile, { readonly: true });
    const surname = db
      .prepare(
        `SELECT substr(key, instr(key, ' ') + 1) AS surname FROM entities e WHERE kind = 'person' AND key LIKE '% %' AND key NOT LIKE '% % %'
         AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = e.id) GROUP BY surname HAVING COUNT(*) > 1 ORDER BY surname LIMIT 1`,
      )
      .pluck()
      .get() as string | undefined;
    db.close();
    expect(surname).toBeDefined();
    const r = await query(['timeline', surname!]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(new RegExp(`^error: Ambiguous name \`${surname}\`: \\d+ candidates; give one of them as kind:key\n`));
    // Each candidate line works as given.
    const refs = [...r.err.matchAll(/\n {2}"?(person:[^"\n]*?)"? {2}/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(1);
    for (const ref of refs) expect((await query(['timeline', ref])).code).toBe(0);
  });

  it('resolves a surname to the one full name ending in it, across documents', async () => {
    // Documents naming only "Biden", or "Joe Biden", are folded into joseph r biden (src/store/fold.ts).
    const r = await query(['timeline', 'Biden', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('note: timeline Biden is person:joseph r biden (Joseph R. Biden, Jr.)\n');
    const all = await json(['timeline', 'person:joseph r biden']);
    expect(all.length).toBeGreaterThan(0);
    for (const name of ['person:biden', 'Joseph Biden', 'Joe Biden', 'joseph r. biden']) expect(await json(['timeline', name]), name).toEqual(all);
  });

  it('finds organizations by acronym or name, and people by full name or surname', async () => {
    expect(await json(['timeline', 'north atlantic treaty organization'])).toEqual(await json(['timeline', 'NATO']));
    expect(await json(['timeline', 'Mette Frederiksen'])).toEqual(await json(['timeline', 'Frederiksen']));
  });

  it('exits 2 on an unknown name, with suggestions when some name is close', async () => {
    const r = await query(['commitments', '--actor', 'Atlantis']);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(/^error: Unknown name `Atlantis`: no person, country or organization by that name\n$/);
    const close = await query(['timeline', 'Frederik']);
    expect(close.code).toBe(2);
    expect(close.err).toContain('did you mean:');
    expect(close.err).toContain('person:mette frederiksen');
    expect((await query(['commitments', '--actor', 'person:nobody at all'])).code).toBe(2);
  });
});

describe('formats', () => {
  const argsFor = (question: string): string[] => {
    switch (question) {
      case 'timeline':
        return ['timeline', 'Denmark'];
      case 'document':
        return ['document', DENMARK];
      case 'explain':
        return ['explain', `${DENMARK}#commitment@2053-2110`];
      case 'search':
        return ['search', 'security guarantee'];
      case 'sql':
        return ['sql', 'SELECT doc_key, date, title FROM documents ORDER BY doc_key LIMIT 3'];
      default:
        return [question];
    }
  };

  it.each(QUESTIONS)('%s prints the same rows as json, ndjson, csv and a table', async (question) => {
    const args = [...argsFor(question), '--limit', '5'];
    const asJson = await query([...args, '--format', 'json']);
    expect(asJson.code).toBe(0);
    const parsed = JSON.parse(asJson.out);
    const rows: Record<string, unknown>[] = Array.isArray(parsed) ? parsed : [parsed];
    expect(rows.length).toBeGreaterThan(0);
    const columns = Object.keys(rows[0]);

    const ndjson = await query([...args, '--format', 'ndjson']);
    expect(ndjson.out.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(rows);

    const csv = await query([...args, '--format', 'csv']);
    expect(csv.out.endsWith('\r\n')).toBe(true);
    const records = parseCsv(csv.out);
    expect(records[0]).toEqual(columns);
    expect(records).toHaveLength(rows.length + 1);

    const table = await query([...args, '--format', 'table']);
    const lines = table.out.trimEnd().split('\n');
    if (question === 'explain') {
      expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(columns);
    } else {
      expect(lines[0].split(/\s{2,}/).map((c) => c.trim())).toEqual(columns);
      expect(lines[1]).toMatch(/^-+( {2}-+)*$/);
      expect(lines).toHaveLength(rows.length + 2);
    }
    // Same answer twice: stable order.
    expect((await query([...args, '--format', 'json'])).out).toBe(asJson.out);
  });

  it('defaults to a table on a terminal and to JSON otherwise', async () => {
    expect((await query(['countries', '--limit', '2'], { tty: true })).out).toMatch(/^code {2}name/);
    expect(JSON.parse((await query(['countries', '--limit', '2'])).out)).toHaveLength(2);
  });

  it('cuts long prose in a table but never an id', async () => {
    const r = await query(['document', DENMARK, '--format', 'table', '--limit', '10']);
    expect(r.out).toContain('…');
    expect(r.out).toContain(`${DENMARK}#date@6-16`);
  });

  it('says on stderr when the limit cut rows; --limit 0 gives them all', async () => {
    const cut = await query(['people', '--limit', '2']);
    expect(JSON.parse(cut.out)).toHaveLength(2);
    expect(cut.err).toBe('note: showing the first 2 rows; more match (--limit N, or --limit 0 for all)\n');
    const all = await query(['people', '--limit', '0']);
    expect(all.err).toBe('');
    expect(JSON.parse(all.out).length).toBeGreaterThan(2);
  });

  it('formats values of every type', () => {
    const rows = [{ a: null, b: 1.5, c: 'x,"y"\nz', d: ['p', 'q'], e: Buffer.from([1, 255]) }];
    const columns = ['a', 'b', 'c', 'd', 'e'];
    expect(formatRows(columns, rows, 'csv')).toBe('a,b,c,d,e\r\n,1.5,"x,""y""\nz",p; q,x\'01ff\'\r\n');
    expect(JSON.parse(formatRows(columns, rows, 'json'))).toEqual([{ a: null, b: 1.5, c: 'x,"y"\nz', d: ['p', 'q'], e: '01ff' }]);
    expect(formatRows(columns, [], 'table')).toBe('(no rows)\n');
    expect(formatRows(columns, [], 'ndjson')).toBe('');
    expect(formatRows(['n'], [{ n: 5 }, { n: 123 }], 'table')).toBe('  n\n---\n  5\n123\n');
    expect(formatRecord({ k: 'v', long_key: null }, 'table')).toBe('k         v\nlong_key\n');
  });
});

describe('usage errors', () => {
  it.each([
    [[], /^error: Expected a question/],
    [['peeple'], /^error: Unknown question `peeple`/],
    [['people', 'extra'], /^error: `people` takes no argument/],
    [['timeline'], /^error: `timeline` takes one argument \(a name; quote it if it has spaces\), got 0/],
    [['document', 'a', 'b'], /^error: `document` takes one argument/],
    [['people', '--actor', 'DK'], /^error: `--actor` does not apply to `people`; it takes --country, --name/],
    [['countries', '--text', 'x'], /^error: `--text` does not apply to `countries`\n/],
    [['commitments', '--polarity', 'maybe'], /^error: Expected `--polarity` to be one of positive, negative, got `"maybe"`/],
    [['commitments', '--modality', 'sure'], /^error: Expected `--modality` to be one of firm, intended/],
    [['commitments', '--from', '2024-13'], /^error: Expected `--from` to be a date YYYY, YYYY-MM or YYYY-MM-DD, got `"2024-13"`/],
    [['commitments', '--to', '2023-02-30'], /^error: Expected `--to` to be a date/],
    [['commitments', '--from', '2025', '--to', '2024'], /^error: `--from` 2025 is after `--to` 2024/],
    [['commitments', '--on', 'deadline'], /^error: `--on` applies to `--from`\/`--to`/],
    [['commitments', '--on', 'later', '--from', '2020'], /^error: Expected `--on` to be one of either, deadline, document/],
    [['commitments', '--text', ' '], /^error: Expected `--text` to be some words/],
    [['people', '--country', 'Atlantis'], /^error: Unknown country `Atlantis`/],
    [['people', '--limit', 'ten'], /^error: Expected `--limit` to be a whole number/],
    [['people', '--format', 'xml'], /^error: Expected `--format` to be one of table, json, ndjson, csv, got `"xml"`/],
    [['people', '--bogus'], /^error: Unknown option '--bogus'/],
  ])('%j exits 2 with a one-line error', async (args, message) => {
    const r = await query(args as string[]);
    expect(r).toMatchObject({ code: 2, out: '' });
    expect(r.err).toMatch(message);
    expect(r.err.trimEnd().split('\n')).toHaveLength(1);
  });

  it('exits 3 when the database is missing or has no query schema', async () => {
    const missing = await query(['people'], { db: path.join(tmp, 'none.db') });
    expect(missing).toMatchObject({ code: 3 });
    expect(missing.err).toMatch(/^error: database .*none\.db does not exist; run `npm run ingest` first\n$/);
    const old = path.join(tmp, 'old.db');
    const db = new Database(old);
    db.exec('CREATE TABLE documents (id INTEGER PRIMARY KEY)');
    db.close();
    const r = await query(['people'], { db: old });
    expect(r.code).toBe(3);
    expect(r.err).toMatch(/has no documents_fts, facts; run `npm run ingest` to upgrade it/);
  });

  it('prints help with an example for every question', async () => {
    const io = captureIO();
    expect(await runQuery(['--help'], io)).toBe(0);
    for (const q of QUESTIONS) expect(io.out).toMatch(new RegExp(`npm run query -- ${q}\\b`));
  });
});

/** RFC 4180 records (quoted fields may hold commas, quotes and newlines). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  return records;
}
