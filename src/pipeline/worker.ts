// An extraction worker thread. It receives documents in batches, extracts their facts and writes
// them to the database itself, one transaction per batch, through its own connection. Only small
// results (fact counts, stage timings, errors) go back to the main thread: no structured clone of
// whole DocumentFacts, and the main thread stays free to read input.
import { parentPort, workerData } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { processDocuments } from './index.js';
import { openDatabase, type DB } from '../store/db.js';
import { FactWriter } from '../store/write.js';
import type { DocumentFacts } from '../types.js';
import type { BatchReply, DocResult, WorkerInit, WorkerRequest } from './worker-pool.js';

const init = workerData as WorkerInit;
const port = parentPort!;
// Opened on the first batch, so that an error opening it is a reply, not a worker that never starts.
let db: DB | null = null;
let writer: FactWriter | null = null;
// For the summary: how many documents this worker extracted, and how busy it was.
let documents = 0;
let startUtilization: ReturnType<typeof performance.eventLoopUtilization> | undefined;

port.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'close') {
    db?.close();
    port.postMessage({ type: 'closed', documents, utilization: performance.eventLoopUtilization(startUtilization).utilization });
    port.close();
    return;
  }
  startUtilization ??= performance.eventLoopUtilization();
  documents += msg.docs.length;
  const results: DocResult[] = [];
  const stored: DocumentFacts[] = [];
  for (const result of processDocuments(msg.docs)) {
    if (result.error) {
      results.push({ error: `${result.error.message}\n${result.error.stack ?? ''}` });
      continue;
    }
    const facts = result.facts;
    stored.push(facts);
    results.push({
      counts: [facts.people.length, facts.countries.length, facts.organizations.length, facts.dates.length, facts.commitments.length],
      timings: facts.timings,
    });
  }
  let reply: BatchReply;
  try {
    const t = performance.now();
    if (!writer) {
      db = openDatabase(init.db);
      writer = new FactWriter(db);
    }
    const waitMs = stored.length ? writer.writeBatch(stored, init.version, init.runId) : 0;
    reply = { type: 'done', batch: msg.batch, results, storeMs: performance.now() - t - waitMs, waitMs };
  } catch (e) {
    const err = e as Error & { code?: string };
    reply = { type: 'failed', batch: msg.batch, error: err.message ?? String(e), code: err.code };
  }
  port.postMessage(reply);
});

// Loaded: from now on the pool sends documents here (until then the main thread extracts them).
port.postMessage({ type: 'ready' } satisfies BatchReply);
