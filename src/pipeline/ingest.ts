// The ingest job: read inputs → skip unchanged → extract (workers) → store (one writer) →
// prune → snapshot. The CLI is a thin shell over this.
import fs from 'node:fs';
import path from 'node:path';
import PQueue from 'p-queue';
import type { Diagnostic, Document, DocumentFacts } from '../types.js';
import { listInputs, readInputs, resolveDocument } from '../read/index.js';
import { openDatabase, type DB } from '../store/db.js';
import { FactWriter } from '../store/write.js';
import { SnapshotReader, snapshotFileName, writeSnapshotFile } from '../report/snapshot.js';
import { extractorVersion } from './version.js';
import { createExtraction } from './worker-pool.js';

export interface IngestOptions {
  paths: string[];
  db: string;
  /** Snapshot folder, or null for --no-snapshot. */
  out: string | null;
  concurrency: number;
  force: boolean;
  prune: boolean;
  /** Reference date for documents that state none (--date). */
  date: string | null;
  /** Documents written per transaction. */
  batchSize?: number;
  /** The command line, recorded with the run. */
  argv: string[];
  /** Called for every problem with input, as it is found. */
  onDiagnostic?: (d: Diagnostic) => void;
  /** Called after each document is stored or skipped. */
  onProgress?: (p: Progress) => void;
  /** The clock, for the record of the run only (never for facts). */
  now?: () => Date;
}

export interface Progress {
  done: number;
  ingested: number;
  skipped: number;
  failed: number;
  current: string;
}

export interface IngestSummary {
  runId: number;
  documents: { ingested: number; skipped: number; failed: number; pruned: number };
  facts: { people: number; countries: number; organizations: number; dates: number; commitments: number };
  problems: Diagnostic[];
  /** Input-level problems that cost a document (bad file, bad line). */
  failedInputs: number;
  words: number;
  elapsedMs: number;
  /** Milliseconds per stage, summed over documents (read, each extractor, store, snapshot). */
  stages: Record<string, number>;
}

export async function ingest(options: IngestOptions): Promise<IngestSummary> {
  const started = performance.now();
  const now = options.now ?? (() => new Date());
  const version = extractorVersion();
  const db = openDatabase(options.db);
  const writer = new FactWriter(db);
  const runId = Number(
    db.prepare('INSERT INTO runs (started_at, arguments, extractor_version) VALUES (?, ?, ?)').run(now().toISOString(), JSON.stringify(options.argv), version)
      .lastInsertRowid,
  );
  const summary: IngestSummary = {
    runId,
    documents: { ingested: 0, skipped: 0, failed: 0, pruned: 0 },
    facts: { people: 0, countries: 0, organizations: 0, dates: 0, commitments: 0 },
    problems: [],
    failedInputs: 0,
    words: 0,
    elapsedMs: 0,
    stages: {},
  };
  const stage = (name: string, ms: number): void => {
    summary.stages[name] = (summary.stages[name] ?? 0) + ms;
  };
  const problem = (d: Diagnostic, costsDocument: boolean): void => {
    summary.problems.push(d);
    if (costsDocument) summary.failedInputs++;
    writer.recordProblem(runId, d);
    options.onDiagnostic?.(d);
  };
  const progress = (current: string): void => {
    const { ingested, skipped, failed } = summary.documents;
    options.onProgress?.({ done: ingested + skipped + failed, ingested, skipped, failed, current });
  };

  const { files, diagnostics } = listInputs(options.paths);
  for (const d of diagnostics) problem(d, true);

  const extraction = createExtraction(options.concurrency);
  const queue = new PQueue({ concurrency: Math.max(1, options.concurrency) * 2 });
  const seen = new Set<string>();
  const pending: DocumentFacts[] = [];
  const batchSize = options.batchSize ?? 32;
  const flush = (): void => {
    if (!pending.length) return;
    const t = performance.now();
    writer.writeBatch(pending.splice(0), version, runId);
    stage('store', performance.now() - t);
  };

  try {
    let t = performance.now();
    for await (const item of readInputs(files)) {
      stage('read', performance.now() - t);
      if (item.kind === 'diagnostic') {
        problem(item.diagnostic, true);
        t = performance.now();
        continue;
      }
      const src = item.doc;
      const where = src.line ? `${src.path}:${src.line}` : src.path;
      if (seen.has(src.id)) {
        problem({ path: src.path, line: src.line, message: `duplicate document id "${src.id}"; this one is skipped` }, true);
        t = performance.now();
        continue;
      }
      seen.add(src.id);
      const { doc, problems } = resolveDocument(src, options.date);
      for (const message of problems) problem({ path: src.path, line: src.line, message }, false);
      const stored = writer.storedState(doc.id);
      if (!options.force && stored && stored.sha256 === doc.sha256 && stored.extractorVersion === version) {
        summary.documents.skipped++;
        progress(where);
        t = performance.now();
        continue;
      }
      summary.words += countWords(doc.text);
      // Bound the documents in flight: reading never runs far ahead of extraction.
      await queue.onSizeLessThan(Math.max(1, options.concurrency) * 4);
      void queue.add(async () => {
        let facts: DocumentFacts;
        try {
          facts = await extraction.run(doc);
        } catch (e) {
          summary.documents.failed++;
          problem({ path: src.path, line: src.line, message: `extraction failed: ${(e as Error).message.split('\n')[0]}` }, false);
          progress(where);
          return;
        }
        for (const [name, ms] of Object.entries(facts.timings)) stage(name, ms);
        countFacts(summary, facts);
        pending.push(facts);
        summary.documents.ingested++;
        if (pending.length >= batchSize) flush();
        progress(where);
      });
      t = performance.now();
    }
    await queue.onIdle();
    flush();
  } finally {
    await extraction.close();
  }

  if (options.prune) summary.documents.pruned = prune(db, seen);

  if (options.out) {
    const t = performance.now();
    writeSnapshot(db, options.out);
    stage('snapshot', performance.now() - t);
  }

  db.prepare(
    `UPDATE runs SET finished_at = ?, documents_ingested = ?, documents_skipped = ?, documents_failed = ?, documents_pruned = ? WHERE id = ?`,
  ).run(now().toISOString(), summary.documents.ingested, summary.documents.skipped, summary.documents.failed + summary.failedInputs, summary.documents.pruned, runId);
  db.close();
  summary.elapsedMs = performance.now() - started;
  return summary;
}

function countFacts(summary: IngestSummary, f: DocumentFacts): void {
  summary.facts.people += f.people.length;
  summary.facts.countries += f.countries.length;
  summary.facts.organizations += f.organizations.length;
  summary.facts.dates += f.dates.length;
  summary.facts.commitments += f.commitments.length;
}

function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 13 || c === 9 || c === 0xa0;
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

/** Delete documents that were not in this run's input. */
function prune(db: DB, seen: Set<string>): number {
  const keys = (db.prepare('SELECT doc_key FROM documents').pluck().all() as string[]).filter((k) => !seen.has(k));
  const del = db.prepare('DELETE FROM documents WHERE doc_key = ?');
  db.transaction(() => {
    for (const k of keys) del.run(k);
  })();
  return keys.length;
}

/**
 * Bring the snapshot folder in line with the database: one file per document, written only when
 * its content changed; files of documents no longer in the database are removed.
 */
export function writeSnapshot(db: DB, outDir: string): void {
  fs.mkdirSync(outDir, { recursive: true });
  const reader = new SnapshotReader(db);
  const expected = new Set<string>();
  // Keys first (strings only), then one document at a time: the connection stays free for reads.
  for (const key of db.prepare('SELECT doc_key FROM documents ORDER BY doc_key').pluck().all() as string[]) {
    const doc = reader.read(key);
    if (doc) expected.add(writeSnapshotFile(outDir, doc));
  }
  for (const name of fs.readdirSync(outDir)) {
    if (name.endsWith('.json') && !expected.has(name)) fs.rmSync(path.join(outDir, name));
  }
}

export { snapshotFileName };
export type { Document };
