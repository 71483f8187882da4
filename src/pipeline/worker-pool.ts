// A fixed pool of extraction workers. With one worker the pool runs in-process: no thread start-up,
// no copying of facts between threads.
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Document, DocumentFacts } from '../types.js';
import { processDocument } from './index.js';

export interface Extraction {
  run(doc: Document): Promise<DocumentFacts>;
  close(): Promise<void>;
}

export function createExtraction(workers: number): Extraction {
  return workers <= 1 ? new InProcess() : new WorkerPool(workers);
}

class InProcess implements Extraction {
  async run(doc: Document): Promise<DocumentFacts> {
    return processDocument(doc);
  }
  async close(): Promise<void> {}
}

interface Job {
  id: number;
  doc: Document;
  resolve: (f: DocumentFacts) => void;
  reject: (e: Error) => void;
}

/**
 * Running from TypeScript sources: Node 20 does not apply tsx's --import hook inside worker
 * threads, so each worker first registers tsx through its API, then imports the worker module.
 */
function tsWorker(url: URL): Worker {
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(bootstrap, { eval: true });
}

class WorkerPool implements Extraction {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Job>();
  private readonly waiting: Job[] = [];
  private nextId = 0;

  constructor(size: number) {
    const url = new URL('./worker' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url);
    for (let i = 0; i < size; i++) {
      const worker = url.pathname.endsWith('.ts') ? tsWorker(url) : new Worker(fileURLToPath(url));
      worker.on('message', (msg: { id: number; facts?: DocumentFacts; error?: string }) => {
        const job = this.busy.get(worker);
        this.busy.delete(worker);
        if (job) {
          if (msg.error !== undefined) job.reject(new Error(msg.error));
          else job.resolve(msg.facts!);
        }
        this.idle.push(worker);
        this.dispatch();
      });
      worker.on('error', (e) => {
        const job = this.busy.get(worker);
        this.busy.delete(worker);
        job?.reject(e);
      });
      this.idle.push(worker);
    }
  }

  run(doc: Document): Promise<DocumentFacts> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ id: this.nextId++, doc, resolve, reject });
      this.dispatch();
    });
  }

  private dispatch(): void {
    while (this.idle.length && this.waiting.length) {
      const worker = this.idle.pop()!;
      const job = this.waiting.shift()!;
      this.busy.set(worker, job);
      worker.postMessage({ id: job.id, doc: job.doc });
    }
  }

  async close(): Promise<void> {
    await Promise.all([...this.idle, ...this.busy.keys()].map((w) => w.terminate()));
  }
}
