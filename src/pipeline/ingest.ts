// The ingest job: read inputs → skip unchanged → extract (this thread, plus worker threads that
// extract batches and send their facts back) → store (this thread only) → prune → snapshot. The
// CLI is a thin shell over this.
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import path from 'node:path';
import type { Diagnostic, Document, DocumentFacts } from '../types.js';
import { listInputs, readInputs, resolveDocument } from '../read/index.js';
import { openDatabase, type DB } from '../store/db.js';
import { FactWriter } from '../store/write.js';
import { foldPeople } from '../store/fold.js';
import { SnapshotReader, snapshotFileName, writeSnapshotFile } from '../report/snapshot.js';
import { extractorVersion } from './version.js';
import { WorkerPool } from './worker-pool.js';
import type { processDocuments as ProcessDocuments } from './index.js';

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
  /** Documents written per transaction on the main thread. */
  batchSize?: number;
  /** Documents per message to a worker, and per extraction group on this thread. */
  docsPerBatch?: number;
  /**
   * With concurrency > 1, send every document to the workers, the main thread only reading and
   * waiting (for tests of the worker path; normally the main thread extracts too).
   */
  workersOnly?: boolean;
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
  /**
   * Documents extracted by each lane — this thread first, then each worker — and how busy the lane
   * was (0..1, from its first document to the end of extraction).
   */
  lanes: { documents: number; utilization: number }[];
  /** Person keys (as extracted) whose rows point at another key's entity after this run (../store/fold.ts). */
  peopleFolded: number;
  /**
   * Milliseconds per stage, summed over documents and threads: read (input, hashing, date and
   * title, the unchanged-document check), segment, each extractor, store, snapshot.
   */
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
    lanes: [],
    peopleFolded: 0,
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

  // Extraction lanes: this thread, plus `concurrency − 1` workers (./worker-pool.ts).
  const lanes = Math.max(1, options.concurrency);
  const docsPerBatch = options.docsPerBatch ?? 32;
  interface Tag {
    where: string;
    path: string;
    line: number | null;
  }
  const failed = (tag: Tag, message: string): void => {
    summary.documents.failed++;
    problem({ path: tag.path, line: tag.line, message: `extraction failed: ${message.split('\n')[0]}` }, false);
    progress(tag.where);
  };
  const pool =
    lanes > 1
      ? new WorkerPool<Tag>({
          size: lanes - 1,
          docsPerBatch,
          onResult: (tag, r) => (r.facts ? store(r.facts, tag) : failed(tag, r.error ?? 'no result')),
        })
      : null;

  const seen = new Set<string>();
  // What is stored already, for the unchanged-document check (none with --force).
  const stored = options.force ? null : writer.storedHashes(version);
  const pending: DocumentFacts[] = [];
  // Text held by the pending facts and the queue below: big documents are written (and extracted)
  // in smaller batches, so that a run of them stays within the heap (it is capped at 1 GiB).
  let pendingChars = 0;
  const MAX_HELD_CHARS = 8_000_000;
  // Each transaction flushes a segment of the full-text index: bigger ones cost less per document
  // (store time −12% at 128 documents than at 32).
  const batchSize = options.batchSize ?? 128;
  const flush = (): void => {
    if (!pending.length) return;
    const t = performance.now();
    pendingChars = 0;
    writer.writeBatch(pending.splice(0), version, runId);
    stage('store', performance.now() - t);
  };
  /** A document's facts, extracted here or by a worker: counted, and stored with the next batch. */
  const store = (facts: DocumentFacts, tag: Tag): void => {
    for (const [name, ms] of Object.entries(facts.timings)) stage(name, ms);
    countFacts(summary, facts);
    pending.push(facts);
    pendingChars += facts.doc.text.length;
    summary.documents.ingested++;
    if (pending.length >= batchSize || pendingChars >= MAX_HELD_CHARS) flush();
    progress(tag.where);
  };
  // The extractors and their models load on the first document to extract: a run where
  // nothing changed never loads them.
  let processDocuments: typeof ProcessDocuments | null = null;
  const loadExtractors = async (): Promise<void> => {
    if (processDocuments) return;
    const t = performance.now();
    processDocuments = (await import('./index.js')).processDocuments;
    stage('load', performance.now() - t);
  };
  const here = { documents: 0, utilization: undefined as ReturnType<typeof performance.eventLoopUtilization> | undefined };
  // Documents waiting to be extracted on this thread: extracted together, stage by stage
  // (./index.ts), when docsPerBatch of them are queued or the input ends.
  const queued: { doc: Document; tag: Tag }[] = [];
  let queuedChars = 0;
  /** Extract the queued documents and store their facts (in batches of `batchSize`). */
  const extractQueued = async (): Promise<void> => {
    if (!queued.length) return;
    await loadExtractors();
    here.utilization ??= performance.eventLoopUtilization();
    const group = queued.splice(0);
    queuedChars = 0;
    here.documents += group.length;
    const results = processDocuments!(group.map((q) => q.doc));
    results.forEach((result, i) => (result.error ? failed(group[i].tag, result.error.message) : store(result.facts, group[i].tag)));
  };
  const extractHere = async (doc: Document, tag: Tag): Promise<void> => {
    queued.push({ doc, tag });
    queuedChars += doc.text.length;
    if (queued.length >= docsPerBatch || queuedChars >= MAX_HELD_CHARS) await extractQueued();
  };

  try {
    const input = readInputs(files)[Symbol.asyncIterator]();
    for (;;) {
      // 'read' is the time spent in the reader (file I/O, JSON, hashing) and in resolving the
      // document's date and title and looking up its stored state: not the time worker replies
      // were handled while the reader was awaited.
      const t = performance.now();
      const handled = pool?.handlerMs ?? 0;
      const next = await input.next();
      let readMs = performance.now() - t - ((pool?.handlerMs ?? 0) - handled);
      if (next.done) {
        stage('read', readMs);
        break;
      }
      const item = next.value;
      if (item.kind === 'diagnostic') {
        stage('read', readMs);
        problem(item.diagnostic, true);
        continue;
      }
      const src = item.doc;
      const tag: Tag = { where: src.line ? `${src.path}:${src.line}` : src.path, path: src.path, line: src.line };
      if (seen.has(src.id)) {
        stage('read', readMs);
        problem({ path: src.path, line: src.line, message: `duplicate document id "${src.id}"; this one is skipped` }, true);
        continue;
      }
      seen.add(src.id);
      const t2 = performance.now();
      const { doc, problems } = resolveDocument(src, options.date);
      const unchanged = stored?.get(doc.id) === doc.sha256;
      readMs += performance.now() - t2;
      stage('read', readMs);
      for (const message of problems) problem({ path: src.path, line: src.line, message }, false);
      if (unchanged) {
        summary.documents.skipped++;
        progress(tag.where);
        continue;
      }
      summary.words += countWords(doc.text);
      if (pool?.offer(doc, tag)) continue;
      if (pool && options.workersOnly) {
        while (pool.alive && !pool.offer(doc, tag)) await pool.nextReply();
        if (pool.alive) continue;
      }
      await extractHere(doc, tag);
      // Let worker replies in (they free room in the workers' queues).
      if (pool?.started) await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await extractQueued();
    if (pool) {
      // Documents still waiting for a worker are extracted here rather than waiting behind it.
      const rest = options.workersOnly && pool.alive ? [] : pool.takeBack();
      for (const { doc, tag } of rest) await extractHere(doc, tag);
      await extractQueued();
      await pool.drain();
      // A worker that died while draining hands back the batches it had not been sent yet.
      for (const { doc, tag } of pool.takeBack()) await extractHere(doc, tag);
      await extractQueued();
    }
    flush();
    summary.lanes.push({ documents: here.documents, utilization: here.utilization ? performance.eventLoopUtilization(here.utilization).utilization : 0 });
    if (pool) {
      await pool.close();
      summary.lanes.push(...pool.lanes);
    }
  } catch (e) {
    await pool?.terminate();
    throw e;
  }

  if (options.prune) summary.documents.pruned = prune(db, seen);

  // One person across documents: surname-only keys folded into the full name's entity.
  {
    const t = performance.now();
    summary.peopleFolded = foldPeople(db).folded;
    stage('fold people', performance.now() - t);
  }

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

/** Words as every speed figure counts them: runs of non-space characters. */
export function countWords(text: string): number {
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
