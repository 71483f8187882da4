// An extraction worker thread. It receives documents in batches, extracts their facts and sends
// them back: the main thread is the only writer. (Workers used to write on their own connection;
// two writers on one SQLite file cost more than the copy of the facts: each transaction found the
// other's commit and started with a cold page cache, and waited for the write lock — the store
// stage took 66 % longer with two lanes than with one.)
import { parentPort } from 'node:worker_threads';
import { performance } from 'node:perf_hooks';
import { processDocuments } from './index.js';
import type { BatchReply, DocResult, WorkerRequest } from './worker-pool.js';

const port = parentPort!;
// For the summary: how many documents this worker extracted, and how busy it was.
let documents = 0;
let startUtilization: ReturnType<typeof performance.eventLoopUtilization> | undefined;

port.on('message', (msg: WorkerRequest) => {
  if (msg.type === 'close') {
    port.postMessage({ type: 'closed', documents, utilization: performance.eventLoopUtilization(startUtilization).utilization } satisfies BatchReply);
    port.close();
    return;
  }
  startUtilization ??= performance.eventLoopUtilization();
  documents += msg.docs.length;
  const results: DocResult[] = processDocuments(msg.docs).map((result) =>
    result.error ? { error: `${result.error.message}\n${result.error.stack ?? ''}` } : { facts: result.facts },
  );
  port.postMessage({ type: 'done', batch: msg.batch, results } satisfies BatchReply);
});

// Loaded: from now on the pool sends documents here (until then the main thread extracts them).
port.postMessage({ type: 'ready' } satisfies BatchReply);
