// A worker thread: receives documents, returns their facts. Extraction is CPU-bound, so it runs
// here, one worker per core, while the main thread reads input and writes SQLite.
import { parentPort } from 'node:worker_threads';
import { processDocument } from './index.js';
import type { Document } from '../types.js';

parentPort!.on('message', (msg: { id: number; doc: Document }) => {
  try {
    parentPort!.postMessage({ id: msg.id, facts: processDocument(msg.doc) });
  } catch (e) {
    parentPort!.postMessage({ id: msg.id, error: e instanceof Error ? `${e.message}\n${e.stack ?? ''}` : String(e) });
  }
});
