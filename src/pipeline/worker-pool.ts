// Extraction worker threads for `--concurrency N`: the main thread is one extraction lane and
// N − 1 workers are the others. Workers extract batches of documents (./worker.ts) and send the
// facts back; the main thread writes every document (one writer keeps SQLite's page cache warm and
// never waits for a lock). Copying a batch's facts across costs ~0.1 ms a document, 3 % of
// extracting it.
//
// The pool only accepts a document when a worker has loaded and has room (at most
// BATCHES_IN_FLIGHT batches' worth of documents on it, and 8 M characters); otherwise the caller
// extracts the document on the main thread. That keeps every core busy without a scheduler, bounds the documents in flight, and
// means a worker's start-up (about two seconds of loading models) delays nothing: the main thread
// extracts meanwhile, and a short run ends without waiting for it. Each worker's batches go
// through a p-queue: at most BATCHES_IN_FLIGHT round trips (batch sent, reply awaited) at once per
// worker, so the worker always has the next batch at hand, and draining is the queues' onIdle().
import { Worker, type ResourceLimits } from 'node:worker_threads';
import PQueue from 'p-queue';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Document, DocumentFacts } from '../types.js';

export type WorkerRequest = { type: 'docs'; batch: number; docs: Document[] } | { type: 'close' };

/** One document's outcome: its facts, or an error. */
export interface DocResult {
  facts?: DocumentFacts;
  error?: string;
}

export type BatchReply =
  | { type: 'done'; batch: number; results: DocResult[] }
  | { type: 'closed'; documents: number; utilization: number }
  | { type: 'ready' };

/** What each worker did, for the summary. */
export interface LaneStats {
  documents: number;
  /** Share of the worker's time (from its first batch to the end) spent working rather than waiting. */
  utilization: number;
}

export interface PoolOptions<T> {
  /** Worker threads to start (lazily, on the first document offered). */
  size: number;
  /** Documents per message. */
  docsPerBatch: number;
  /** Called on the main thread for every document a worker finished (extracted, or failed to). */
  onResult: (tag: T, result: DocResult) => void;
}

interface Slot<T> {
  worker: Worker;
  /** Documents waiting to be sent as one batch. */
  outbox: { doc: Document; tag: T }[];
  /** Batch round trips: at most BATCHES_IN_FLIGHT sent and unanswered at once. */
  queue: PQueue;
  /** Batches sent and not yet answered, by batch number: their tags, and the end of the round trip. */
  sent: Map<number, { tags: T[]; chars: number; answered: () => void }>;
  /** Documents handed to the worker (queued or sent) and not yet answered, and their characters. */
  inFlight: number;
  chars: number;
  alive: boolean;
  ready: boolean;
  exited: Promise<void>;
}

/**
 * A worker's heap. V8 lets a heap grow to several times its live size before collecting when the
 * limit is large (the main thread's is a quarter of RAM); a limit of this size makes it collect
 * sooner, which keeps the process near its working set. Documents too big for it are extracted on
 * the main thread (see WORKER_MAX_CHARS).
 */
const WORKER_LIMITS: ResourceLimits = { maxOldGenerationSizeMb: 1024 };
/**
 * Batches a worker may hold (being extracted, waiting, or answered and not yet read): enough that
 * it never idles while the main thread extracts a group of its own or writes a batch.
 */
const BATCHES_IN_FLIGHT = 4;
/** Characters of the documents a worker may hold (a run of big documents waits less in memory). */
const MAX_CHARS_IN_FLIGHT = 8_000_000;
/** Documents longer than this (characters) are never sent to a worker. */
export const WORKER_MAX_CHARS = 1_000_000;

/**
 * Running from TypeScript sources: Node 20 does not apply tsx's --import hook inside worker
 * threads, so each worker first registers tsx through its API, then imports the worker module.
 */
function tsWorker(url: URL, resourceLimits: ResourceLimits): Worker {
  const tsxRoot = path.dirname(createRequire(import.meta.url).resolve('tsx/package.json'));
  const api = pathToFileURL(path.join(tsxRoot, 'dist', 'esm', 'api', 'index.mjs')).href;
  // A failed import must kill the worker (an 'error' event), not leave it idle as a rejected promise.
  const bootstrap =
    `import(${JSON.stringify(api)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); })` +
    `.catch((e) => process.nextTick(() => { throw e; }))`;
  return new Worker(bootstrap, { eval: true, resourceLimits });
}

export class WorkerPool<T> {
  private slots: Slot<T>[] = [];
  private nextBatch = 0;
  private failure: Error | null = null;
  private waiters: (() => void)[] = [];
  /** Per worker, filled in by close(). */
  readonly lanes: LaneStats[] = [];
  /** Milliseconds the main thread spent handling worker replies (kept out of the 'read' stage). */
  handlerMs = 0;

  constructor(private readonly options: PoolOptions<T>) {}

  /** Hand a document to a worker if one has room; false means: extract it here. */
  offer(doc: Document, tag: T): boolean {
    this.throwIfFailed();
    if (doc.text.length > WORKER_MAX_CHARS) return false;
    if (!this.slots.length) this.start();
    let best: Slot<T> | null = null;
    for (const s of this.slots) {
      // Only a worker that has loaded takes documents: none waits behind a worker's start-up.
      if (!s.alive || !s.ready || this.load(s) >= BATCHES_IN_FLIGHT * this.options.docsPerBatch) continue;
      if (s.chars > 0 && s.chars + doc.text.length > MAX_CHARS_IN_FLIGHT) continue;
      if (!best || this.load(s) < this.load(best)) best = s;
    }
    if (!best) return false;
    best.outbox.push({ doc, tag });
    best.chars += doc.text.length;
    // Send a full batch; or at once when the worker has nothing to do.
    if (best.outbox.length >= this.options.docsPerBatch || best.inFlight === 0) this.send(best);
    return true;
  }

  /** Documents offered but not yet sent: the caller extracts them itself at the end of input. */
  takeBack(): { doc: Document; tag: T }[] {
    return this.slots.flatMap((s) => {
      const items = s.outbox.splice(0);
      for (const { doc } of items) s.chars -= doc.text.length;
      return items;
    });
  }

  /** Send what waits in the outboxes, then wait until every batch sent has been answered. */
  async drain(): Promise<void> {
    for (const s of this.slots) if (s.alive && s.outbox.length) this.send(s);
    await Promise.all(this.slots.map((s) => s.queue.onIdle()));
    this.throwIfFailed();
  }

  /** Close the workers' connections and stop them. */
  async close(): Promise<void> {
    for (const s of this.slots) {
      if (!s.alive) continue;
      if (s.ready) {
        s.worker.postMessage({ type: 'close' } satisfies WorkerRequest);
      } else {
        // Still loading (a short run): it has nothing to finish.
        s.alive = false;
        this.lanes.push({ documents: 0, utilization: 0 });
        void s.worker.terminate();
      }
    }
    await Promise.all(this.slots.map((s) => s.exited));
  }

  /** Stop the workers at once (after an error). */
  async terminate(): Promise<void> {
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }

  get started(): boolean {
    return this.slots.length > 0;
  }

  /** Whether any worker is still running (or starting). */
  get alive(): boolean {
    return this.slots.some((s) => s.alive);
  }

  /** Wait for the next reply from a worker (it may have freed room, or become ready). */
  async nextReply(): Promise<void> {
    await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.throwIfFailed();
  }

  private load(s: Slot<T>): number {
    return s.inFlight + s.outbox.length;
  }

  private send(s: Slot<T>): void {
    const items = s.outbox.splice(0);
    s.inFlight += items.length;
    void s.queue.add(
      () =>
        new Promise<void>((answered) => {
          if (!s.alive) {
            // The worker died while this batch waited: back to the outbox, for takeBack().
            s.inFlight -= items.length;
            s.outbox.push(...items);
            answered();
            return;
          }
          const batch = this.nextBatch++;
          s.sent.set(batch, { tags: items.map((i) => i.tag), chars: items.reduce((n, i) => n + i.doc.text.length, 0), answered });
          s.worker.postMessage({ type: 'docs', batch, docs: items.map((i) => i.doc) } satisfies WorkerRequest);
        }),
    );
  }

  private start(): void {
    const url = new URL('./worker' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url);
    for (let i = 0; i < this.options.size; i++) {
      const worker = url.pathname.endsWith('.ts') ? tsWorker(url, WORKER_LIMITS) : new Worker(fileURLToPath(url), { resourceLimits: WORKER_LIMITS });
      let exit!: () => void;
      const slot: Slot<T> = {
        worker,
        outbox: [],
        queue: new PQueue({ concurrency: BATCHES_IN_FLIGHT }),
        sent: new Map(),
        inFlight: 0,
        chars: 0,
        alive: true,
        ready: false,
        exited: new Promise((r) => (exit = r)),
      };
      worker.on('message', (msg: BatchReply) => this.onMessage(slot, msg));
      worker.on('error', (e) => this.onCrash(slot, e));
      worker.on('exit', () => {
        if (slot.alive && slot.inFlight > 0) this.onCrash(slot, new Error('worker stopped'));
        slot.alive = false;
        exit();
        this.wake();
      });
      this.slots.push(slot);
    }
  }

  private onMessage(slot: Slot<T>, msg: BatchReply): void {
    const t = performance.now();
    if (msg.type === 'ready') {
      slot.ready = true;
    } else if (msg.type === 'closed') {
      slot.alive = false;
      this.lanes.push({ documents: msg.documents, utilization: msg.utilization });
    } else {
      const sent = slot.sent.get(msg.batch);
      slot.sent.delete(msg.batch);
      const tags = sent?.tags ?? [];
      slot.inFlight -= tags.length;
      slot.chars -= sent?.chars ?? 0;
      sent?.answered();
      try {
        tags.forEach((tag, i) => this.options.onResult(tag, msg.results[i]));
      } catch (e) {
        // Storing the facts failed (a database error): stop the run, as a failed write does in-process.
        this.failure ??= e as Error;
      }
    }
    this.handlerMs += performance.now() - t;
    this.wake();
  }

  /** A worker died (out of memory, a crash in native code): its documents fail, the others go on. */
  private onCrash(slot: Slot<T>, e: Error): void {
    if (!slot.alive) return;
    slot.alive = false;
    // Its unsent documents stay in the outbox for takeBack(): the main thread extracts them.
    for (const { tags, answered } of slot.sent.values()) {
      slot.inFlight -= tags.length;
      for (const tag of tags) this.options.onResult(tag, { error: e.message });
      answered();
    }
    slot.sent.clear();
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }
}
