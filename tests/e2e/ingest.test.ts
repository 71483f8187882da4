// End to end: the CLI in-process on the real corpus, asserting facts in SQLite and the snapshot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { IO } from '../../src/cli/io.js';

interface Captured extends IO {
  out: string;
  err: string;
}
function captureIO(): Captured {
  const io: Captured = {
    out: '',
    err: '',
    stdout: (s) => {
      io.out += s;
    },
    stderr: (s) => {
      io.err += s;
    },
    stderrIsTTY: false,
    stdoutIsTTY: false,
    cwd: process.cwd(),
  };
  return io;
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-e2e-'));
const seedsDb = path.join(tmp, 'seeds.db');
const seedsOut = path.join(tmp, 'facts');
const seeds = fs.readdirSync('corpus').filter((f) => f.startsWith('seed-')).map((f) => `corpus/${f}`);
let db: Database.Database;

beforeAll(async () => {
  const io = captureIO();
  const code = await main(['ingest', ...seeds, '--db', seedsDb, '--out', seedsOut, '--concurrency', '1'], io);
  expect(io.err).toBe('');
  expect(code).toBe(0);
  db = new Database(seedsDb, { readonly: true });
});

const DENMARK = 'seed-denmark-may-allow-us-troops';
const mentionsOf = (doc: string, kind: string): { entity: string; code: string | null; text: string; start: number; end: number }[] =>
  db
    .prepare(`SELECT e.name AS entity, e.code, m.text, m.start, m."end" FROM mentions m JOIN entities e ON e.id = m.entity_id JOIN documents d ON d.id = m.document_id
      WHERE d.doc_key = ? AND e.kind = ? ORDER BY m.start`)
    .all(doc, kind) as never;

describe('ingest of the seed articles', () => {
  it('stores the document with its date from the text and its title', () => {
    const rows = db.prepare('SELECT doc_key, date, date_source, title FROM documents ORDER BY doc_key').all();
    expect(rows).toEqual([
      { doc_key: 'seed-danish-defence-security-cooperation', date: '2015-03-20', date_source: 'text', title: "Denmark's International Security Cooperation" },
      { doc_key: DENMARK, date: '2022-02-10', date_source: 'text', title: 'Nuclear weapons are not allowed on Danish soil.' },
      { doc_key: 'seed-ukraine-denmark-security-talks', date: null, date_source: 'none', title: null },
    ]);
  });

  it('every mention indexes the stored text (substr in SQLite, for BMP text)', () => {
    const bad = db
      .prepare(`SELECT m.text, m.start, m."end" FROM mentions m JOIN documents d ON d.id = m.document_id WHERE substr(d.text, m.start + 1, m."end" - m.start) <> m.text
        UNION ALL SELECT x.text, x.start, x."end" FROM dates x JOIN documents d ON d.id = x.document_id WHERE substr(d.text, x.start + 1, x."end" - x.start) <> x.text
        UNION ALL SELECT c.text, c.start, c."end" FROM commitments c JOIN documents d ON d.id = c.document_id WHERE substr(d.text, c.start + 1, c."end" - c.start) <> c.text`)
      .all();
    expect(bad).toEqual([]);
  });

  it('finds Mette Frederiksen: prime minister of DK, with "Frederiksen" and "Frederiks" as her mentions', () => {
    const people = mentionsOf(DENMARK, 'person').filter((m) => m.entity === 'Mette Frederiksen');
    expect(people.map((m) => m.text)).toEqual(['Mette Frederiksen', 'Frederiksen', 'Frederiks']);
    const role = db
      .prepare(`SELECT pr.role, pr.country FROM person_roles pr JOIN entities e ON e.id = pr.entity_id JOIN documents d ON d.id = pr.document_id WHERE d.doc_key = ? AND e.name = ?`)
      .get(DENMARK, 'Mette Frederiksen') as { role: string; country: string };
    expect(role.role.toLowerCase()).toBe('prime minister');
    expect(role.country).toBe('DK');
  });

  it('finds Morten Bødskov with his surname-only mentions', () => {
    const texts = mentionsOf(DENMARK, 'person').filter((m) => m.entity === 'Morten Bødskov').map((m) => m.text);
    expect(texts[0]).toBe('Morten Bødskov');
    expect(texts.filter((t) => t === 'Bødskov').length).toBe(3);
  });

  it.each([
    ['Danish', 'DK'],
    ['U.S.', 'US'],
    ['United States', 'US'],
    ['US', 'US'],
    ['Soviet', 'SU'],
    ['Greenland', 'GL'],
    ['Denmark', 'DK'],
  ])('normalizes the country mention %j to %s', (text, code) => {
    const m = mentionsOf(DENMARK, 'country').filter((x) => x.text === text);
    expect(m.length).toBeGreaterThan(0);
    expect(new Set(m.map((x) => x.code))).toEqual(new Set([code]));
  });

  it('keeps NATO, AFP and Financial Times apart from countries', () => {
    const orgs = new Set(mentionsOf(DENMARK, 'organization').map((m) => m.text));
    for (const o of ['NATO', 'AFP', 'Financial Times']) expect(orgs).toContain(o);
    const countryTexts = mentionsOf(DENMARK, 'country').map((m) => m.text);
    expect(countryTexts).not.toContain('NATO');
  });

  it('resolves "on Thursday" in the article dated 2022-02-10 to 2022-02-10', () => {
    const rows = db
      .prepare(`SELECT x.text, x.type, x.value FROM dates x JOIN documents d ON d.id = x.document_id WHERE d.doc_key = ? AND x.text LIKE '%Thursday%'`)
      .all(DENMARK) as { text: string; type: string; value: string }[];
    expect(rows.length).toBe(2);
    for (const r of rows) expect(r).toMatchObject({ type: 'DATE', value: '2022-02-10' });
  });

  it('records the ban on nuclear weapons as a negative commitment of DK spoken by Morten Bødskov', () => {
    const c = db
      .prepare(`SELECT actor_code, speaker, polarity, modality, action, text FROM commitment_facts WHERE document = ? AND text LIKE 'Nuclear weapons on Danish soil will not be allowed%'`)
      .get(DENMARK) as Record<string, string>;
    expect(c).toMatchObject({ actor_code: 'DK', speaker: 'Morten Bødskov', polarity: 'negative' });
    expect(c.action).toMatch(/^allow nuclear weapons on Danish soil/);
  });

  it('records "Denmark has no plans to allow a U.S. military base" as a negative intention of DK', () => {
    const c = db.prepare(`SELECT actor_code, polarity, modality, action FROM commitment_facts WHERE document = ? AND action LIKE 'allow a U.S. military base%'`).get(DENMARK);
    expect(c).toMatchObject({ actor_code: 'DK', polarity: 'negative', modality: 'intended' });
  });

  it('yields no facts from the navigation text of the Danish Defence page', () => {
    const doc = 'seed-danish-defence-security-cooperation';
    const text = (db.prepare('SELECT text FROM documents WHERE doc_key = ?').pluck().get(doc) as string);
    const navEnd = text.indexOf("Denmark's International Security Cooperation\n\nContent area");
    const inNav = db
      .prepare(`SELECT start FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.doc_key = ? AND m.start < ?
        UNION ALL SELECT start FROM dates x JOIN documents d ON d.id = x.document_id WHERE d.doc_key = ? AND x.start < ?`)
      .all(doc, text.indexOf('Main menu'), doc, text.indexOf('Main menu'));
    expect(navEnd).toBeGreaterThan(0);
    expect(inNav).toEqual([]);
    const links = text.indexOf('Internal links');
    const after = db.prepare(`SELECT m.text FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.doc_key = ? AND m.start >= ?`).all(doc, links);
    expect(after).toEqual([]);
  });

  it('takes no facts from the "Read also" list of the Ukraine article', () => {
    const doc = 'seed-ukraine-denmark-security-talks';
    const text = db.prepare('SELECT text FROM documents WHERE doc_key = ?').pluck().get(doc) as string;
    const readAlso = text.indexOf('Read also:');
    const facts = db
      .prepare(`SELECT m.text FROM mentions m JOIN documents d ON d.id = m.document_id WHERE d.doc_key = ? AND m.start >= ?
        UNION ALL SELECT c.text FROM commitments c JOIN documents d ON d.id = c.document_id WHERE d.doc_key = ? AND c.start >= ?`)
      .all(doc, readAlso, doc, readAlso);
    expect(facts).toEqual([]);
  });

  it('answers "which commitments did Denmark make" from the view', () => {
    const rows = db.prepare(`SELECT DISTINCT document FROM commitment_facts WHERE actor_code = 'DK'`).pluck().all();
    expect(rows).toContain(DENMARK);
  });
});

describe('idempotence and incremental runs', () => {
  it('a second run skips every document and leaves database and snapshot byte-identical', async () => {
    const snapshotBefore = readTree(seedsOut);
    const dump = (): unknown => dumpFacts(seedsDb);
    const before = dump();
    const io = captureIO();
    expect(await main(['ingest', ...seeds, '--db', seedsDb, '--out', seedsOut], io)).toBe(0);
    expect(io.out).toMatch(/documents: 0 ingested, 3 unchanged \(skipped\), 0 failed/);
    expect(dump()).toEqual(before);
    expect(readTree(seedsOut)).toEqual(snapshotBefore);
  });

  it('--force re-extracts with 2 workers and gives the same snapshot', async () => {
    const out2 = path.join(tmp, 'facts-forced');
    const db2 = path.join(tmp, 'forced.db');
    const io = captureIO();
    expect(await main(['ingest', ...seeds, '--db', db2, '--out', out2, '--concurrency', '2', '--force'], io)).toBe(0);
    expect(readTree(out2)).toEqual(readTree(seedsOut));
  });

  it('workers extract and store on their own connections: same database facts and snapshot', async () => {
    // A short run normally ends before a worker has loaded (the main thread extracts meanwhile):
    // workersOnly sends every document to the workers, so this exercises their path.
    const { ingest } = await import('../../src/pipeline/ingest.js');
    const out3 = path.join(tmp, 'facts-workers');
    const db3 = path.join(tmp, 'workers.db');
    const summary = await ingest({
      paths: seeds, db: db3, out: out3, concurrency: 3, force: false, prune: false, date: null, argv: ['test'], workersOnly: true, docsPerBatch: 1,
    });
    expect(summary.documents).toMatchObject({ ingested: 3, failed: 0 });
    // Lanes: the main thread first, then each worker; the main thread extracted nothing.
    expect(summary.lanes[0].documents).toBe(0);
    expect(summary.lanes.slice(1).reduce((n, l) => n + l.documents, 0)).toBe(3);
    expect(readTree(out3)).toEqual(readTree(seedsOut));
    const facts = (file: string): unknown[] => {
      const d = new Database(file, { readonly: true });
      try {
        return d.prepare('SELECT fact_key, kind, value, text, rule FROM facts ORDER BY fact_key').all();
      } finally {
        d.close();
      }
    };
    expect(facts(db3)).toEqual(facts(seedsDb));
  });

  it('the snapshot does not depend on the order documents are processed', async () => {
    // Person entities are shared across documents; a document's snapshot must not show whichever
    // spelling another document stored first ("Mohammad" / "Mohammed bin Salman").
    const reversed = path.join(tmp, 'reversed.jsonl');
    fs.writeFileSync(reversed, fs.readFileSync('corpus/open-corpus.jsonl', 'utf8').trim().split('\n').reverse().join('\n') + '\n');
    const outA = path.join(tmp, 'order-a');
    const outB = path.join(tmp, 'order-b');
    expect(await main(['ingest', 'corpus/open-corpus.jsonl', '--db', path.join(tmp, 'order-a.db'), '--out', outA, '--concurrency', '1'], captureIO())).toBe(0);
    expect(await main(['ingest', reversed, '--db', path.join(tmp, 'order-b.db'), '--out', outB, '--concurrency', '1'], captureIO())).toBe(0);
    // Path and line say where a document was read; everything else must be identical.
    const facts = (dir: string): Record<string, unknown> =>
      Object.fromEntries(Object.entries(readTree(dir)).map(([f, json]) => {
        const d = JSON.parse(json);
        delete d.document.path;
        delete d.document.line;
        return [f, d];
      }));
    expect(facts(outB)).toEqual(facts(outA));
    // The shared entity rows too: each person and organization shows its fullest name.
    const entities = (file: string): unknown[] => {
      const d = new Database(file, { readonly: true });
      try {
        return d.prepare("SELECT kind, key, name FROM entities WHERE kind <> 'country' ORDER BY kind, key").all();
      } finally {
        d.close();
      }
    };
    const a = entities(path.join(tmp, 'order-a.db'));
    expect(entities(path.join(tmp, 'order-b.db'))).toEqual(a);
    expect(a).toContainEqual(expect.objectContaining({ kind: 'person', name: 'Mohammad bin Salman' }));
  });

  it('a changed document has its facts replaced; --prune removes documents no longer in the input', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'inc-'));
    const file = path.join(dir, 'note.txt');
    fs.writeFileSync(file, '---\ndate: 2024-05-01\n---\nDenmark will send two frigates to the Baltic by June 2024.');
    fs.writeFileSync(path.join(dir, 'other.txt'), 'Norway will host the exercise.');
    const dbFile = path.join(dir, 'inc.db');
    const out = path.join(dir, 'facts');
    expect(await main(['ingest', dir, '--db', dbFile, '--out', out], captureIO())).toBe(0);
    fs.writeFileSync(file, '---\ndate: 2024-05-01\n---\nSweden will send two frigates to the Baltic.');
    fs.rmSync(path.join(dir, 'other.txt'));
    const io = captureIO();
    expect(await main(['ingest', dir, '--db', dbFile, '--out', out, '--prune'], io)).toBe(0);
    expect(io.out).toMatch(/1 ingested, 0 unchanged \(skipped\), 0 failed, 1 pruned/);
    const d = new Database(dbFile, { readonly: true });
    expect(d.prepare('SELECT doc_key FROM documents').pluck().all()).toEqual(['note']);
    expect(d.prepare(`SELECT e.code FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE e.kind = 'country'`).pluck().all()).toEqual(['SE']);
    d.close();
    expect(fs.readdirSync(out)).toEqual(['note.json']);
  });
});

describe('bad input', () => {
  it('names each bad file, ingests the rest, keeps what was stored, and exits 1', async () => {
    const dir = fs.mkdtempSync(path.join(tmp, 'bad-'));
    fs.writeFileSync(path.join(dir, 'good.txt'), 'Denmark will deploy troops to Estonia.');
    const dbFile = path.join(dir, 'bad.db');
    expect(await main(['ingest', dir, '--db', dbFile, '--no-snapshot'], captureIO())).toBe(0);
    fs.writeFileSync(path.join(dir, 'empty.txt'), '');
    fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]));
    fs.writeFileSync(path.join(dir, 'lines.jsonl'), '{"id":"x","text":"Finland will join."}\n{broken\n{"id":"x","text":"Again."}\n');
    fs.writeFileSync(path.join(dir, 'new.txt'), 'Poland will buy tanks.');
    const io = captureIO();
    const code = await main(['ingest', dir, path.join(dir, 'nope.md'), '--db', dbFile, '--no-snapshot'], io);
    expect(code).toBe(1);
    const lines = io.err.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(/^error: .*nope\.md: path does not exist$/),
      expect.stringMatching(/^error: .*binary\.txt: binary data \(NUL byte at offset 4\); expected UTF-8 text$/),
      expect.stringMatching(/^error: .*empty\.txt: empty file$/),
      expect.stringMatching(/^error: .*lines\.jsonl:2: malformed JSON: /),
      expect.stringMatching(/^error: .*lines\.jsonl:3: duplicate document id "x"; this one is skipped$/),
    ]);
    const d = new Database(dbFile, { readonly: true });
    expect(d.prepare('SELECT doc_key FROM documents ORDER BY doc_key').pluck().all()).toEqual(['good', 'new', 'x']);
    expect(d.prepare('SELECT COUNT(*) FROM run_problems').pluck().get()).toBe(5);
    d.close();
  });

  it('refuses bad options with one clear line and exit code 2', async () => {
    for (const [args, message] of [
      [['--concurrency', 'x'], 'Expected `--concurrency` to be an integer from 1 to 64, got `"x"`'],
      [['--date', '2024-13-45'], 'Expected `--date` to be a calendar date YYYY-MM-DD, got `"2024-13-45"`'],
      [['--bogus'], "Unknown option '--bogus'"],
    ] as const) {
      const io = captureIO();
      expect(await main(['ingest', ...args], io)).toBe(2);
      expect(io.err).toContain(message);
    }
  });
});

function readTree(dir: string): Record<string, string> {
  return Object.fromEntries(fs.readdirSync(dir).sort().map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
}

function dumpFacts(file: string): unknown {
  const d = new Database(file, { readonly: true });
  const out = {
    documents: d.prepare('SELECT doc_key, sha256, date, title FROM documents ORDER BY doc_key').all(),
    mentions: d.prepare('SELECT fact_key, text, rule FROM mentions ORDER BY fact_key').all(),
    dates: d.prepare('SELECT fact_key, value FROM dates ORDER BY fact_key').all(),
    commitments: d.prepare('SELECT fact_key, action, polarity FROM commitments ORDER BY fact_key').all(),
  };
  d.close();
  return out;
}
