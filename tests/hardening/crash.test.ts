// Kill and resume, and concurrent runs, with real child processes on a real database.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pf-crash-'));
const input = path.join(dir, 'docs.jsonl');
const DOCS = 2040;

/** A few thousand distinct documents from the open corpus (the first 800 characters of each, with a distinct tail). */
beforeAll(() => {
  const articles = fs.readFileSync('corpus/open-corpus.jsonl', 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as { id: string; text: string; date: string });
  const lines: string[] = [];
  for (let copy = 0; lines.length < DOCS; copy++) {
    for (const a of articles) {
      if (lines.length >= DOCS) break;
      lines.push(JSON.stringify({ id: `${a.id}-${copy}`, date: a.date, text: `${a.text.slice(0, 800)} (Copy ${copy}.)` }));
    }
  }
  fs.writeFileSync(input, lines.join('\n') + '\n');
});

function ingestChild(db: string): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'ingest', input, '--db', db, '--no-snapshot', '--concurrency', '1'], { stdio: ['ignore', 'pipe', 'pipe'] });
}

function finished(child: ChildProcess): Promise<{ code: number | null; signal: NodeJS.Signals | null; out: string }> {
  let out = '';
  child.stdout?.on('data', (d) => (out += d));
  child.stderr?.on('data', (d) => (out += d));
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, out })));
}

function documentCount(db: string): number {
  if (!fs.existsSync(db)) return 0;
  try {
    const d = new Database(db, { readonly: true, fileMustExist: true });
    try {
      return d.prepare('SELECT COUNT(*) FROM documents').pluck().get() as number;
    } finally {
      d.close();
    }
  } catch {
    return 0; // not created yet, or schema not there yet
  }
}

/** Everything the facts are made of, in a stable order: equal dumps mean equal databases. */
function dump(db: string): { integrity: string; documents: unknown[]; facts: unknown[] } {
  const d = new Database(db, { readonly: true });
  const out = {
    integrity: d.pragma('integrity_check', { simple: true }) as string,
    documents: d.prepare('SELECT doc_key, sha256, date, title FROM documents ORDER BY doc_key').all(),
    facts: [
      ...d.prepare('SELECT m.fact_key, m.text, m.rule, e.kind, e.key FROM mentions m JOIN entities e ON e.id = m.entity_id ORDER BY m.fact_key').all(),
      ...d.prepare('SELECT fact_key, value, type, rule FROM dates ORDER BY fact_key').all(),
      ...d.prepare('SELECT fact_key, actor_key, action, polarity, modality, deadline_value, rule FROM commitments ORDER BY fact_key').all(),
      ...d.prepare(`SELECT c.fact_key, p.role, p.ord, e.key FROM commitment_parties p JOIN commitments c ON c.id = p.commitment_id JOIN entities e ON e.id = p.entity_id ORDER BY c.fact_key, p.role, p.ord`).all(),
    ],
  };
  d.close();
  return out;
}

async function waitFor(check: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('kill and resume', () => {
  it('a run killed with SIGKILL at several points and resumed equals an uninterrupted run', async () => {
    const baseline = path.join(dir, 'baseline.db');
    const base = await finished(ingestChild(baseline));
    expect(base.code, base.out).toBe(0);
    const expected = dump(baseline);
    expect(expected.documents).toHaveLength(DOCS);

    const db = path.join(dir, 'killed.db');
    // Kill points: before any document is stored, and after about 10%, 40% and 70% of them
    // (chosen from the stored count, so they do not depend on the machine's speed).
    const killPoints = [0, Math.round(DOCS * 0.1), Math.round(DOCS * 0.4), Math.round(DOCS * 0.7)];
    const seen: number[] = [];
    for (const point of killPoints) {
      const child = ingestChild(db);
      const exit = finished(child);
      // Point 0: as soon as the database file exists (during schema creation or the first batch).
      if (point === 0) await waitFor(() => fs.existsSync(db), 120_000);
      else await waitFor(() => documentCount(db) >= point, 120_000);
      child.kill('SIGKILL');
      const result = await exit;
      expect(result.signal).toBe('SIGKILL');
      seen.push(documentCount(db));
      // Read-write, as the next ingest opens it: a kill during the first write (before WAL mode is
      // on) leaves a hot journal that only a writer may roll back (openDatabase does that for
      // read-only opens; tests/store/store.test.ts).
      const check = new Database(db, { fileMustExist: true });
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      check.close();
    }
    // The stored count only grew between kills (nothing stored earlier was lost).
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    const resumed = await finished(ingestChild(db));
    expect(resumed.code, resumed.out).toBe(0);
    expect(dump(db)).toEqual(expected);
  });
});

describe('concurrent runs', () => {
  it('two ingests on one database serialize safely, and a reader sees consistent states', async () => {
    const db = path.join(dir, 'concurrent.db');
    const a = finished(ingestChild(db));
    const b = finished(ingestChild(db));
    // A reader during the ingest: in every snapshot it reads, each stored document has its sentences.
    let reads = 0;
    let done = false;
    void Promise.all([a, b]).then(() => (done = true));
    while (!done) {
      if (fs.existsSync(db)) {
        try {
          const d = new Database(db, { readonly: true, fileMustExist: true });
          const orphanDocs = d.prepare('SELECT COUNT(*) FROM documents d WHERE NOT EXISTS (SELECT 1 FROM sentences s WHERE s.document_id = d.id)').pluck().get();
          d.close();
          expect(orphanDocs).toBe(0);
          reads++;
        } catch (e) {
          if (!/no such table|database is locked|unable to open/.test(String(e))) throw e;
        }
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.code, ra.out).toBe(0);
    expect(rb.code, rb.out).toBe(0);
    expect(reads).toBeGreaterThan(0);
    const state = dump(db);
    expect(state.integrity).toBe('ok');
    expect(state.documents).toHaveLength(DOCS);
  });
});
