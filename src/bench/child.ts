// One measurement, in a process of its own so that its peak memory is its own:
//   child.ts ingest CORPUS DB CONCURRENCY [SNAPSHOT_DIR]   the full ingest (the CLI's code path)
//   child.ts wink CORPUS LIMIT                              bare wink-nlp tokenize + POS tag
//   child.ts compromise CORPUS LIMIT                        compromise's full parse, nlp(text)
//   child.ts cpu THREADS MS                                 the parallel speed-up the machine offers now
//   child.ts queries DB RUNS                                wall time of each built-in query question
// Prints one JSON line on stdout.
import fs from 'node:fs';
import { countWords, ingest } from '../pipeline/ingest.js';
import { timeQueries, type QueryTiming } from './queries.js';

export interface QueryMeasurement {
  kind: 'queries';
  timings: QueryTiming[];
}

export interface IngestMeasurement {
  kind: 'ingest';
  concurrency: number;
  elapsedMs: number;
  /** From process start to the end of the ingest: adds module loading. */
  processMs: number;
  documents: { ingested: number; skipped: number; failed: number };
  words: number;
  stages: Record<string, number>;
  /** Documents and event-loop utilization per extraction lane (main thread first). */
  lanes: { documents: number; utilization: number }[];
  problems: number;
  peakRssMB: number;
  cpuMs: number;
}

export interface BaselineMeasurement {
  kind: 'wink' | 'compromise';
  documents: number;
  words: number;
  elapsedMs: number;
  peakRssMB: number;
}

function firstTexts(corpus: string, limit: number): string[] {
  const texts: string[] = [];
  for (const line of fs.readFileSync(corpus, 'utf8').split('\n')) {
    if (texts.length >= limit) break;
    if (line.trim()) texts.push((JSON.parse(line) as { text: string }).text);
  }
  return texts;
}

const peakRssMB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

async function measureIngest(corpus: string, db: string, concurrency: number, out: string | null): Promise<IngestMeasurement> {
  const cpu = process.cpuUsage();
  const s = await ingest({ paths: [corpus], db, out, concurrency, force: false, prune: false, date: null, argv: ['bench'] });
  const used = process.cpuUsage(cpu);
  return {
    kind: 'ingest',
    concurrency,
    elapsedMs: s.elapsedMs,
    processMs: performance.now(),
    documents: { ingested: s.documents.ingested, skipped: s.documents.skipped, failed: s.documents.failed + s.failedInputs },
    words: s.words,
    stages: s.stages,
    lanes: s.lanes,
    problems: s.problems.length,
    peakRssMB: peakRssMB(),
    cpuMs: (used.user + used.system) / 1000,
  };
}

async function measureWink(corpus: string, limit: number): Promise<BaselineMeasurement> {
  const { default: winkNLP } = await import('wink-nlp');
  const { default: model } = await import('wink-eng-lite-web-model');
  // The same model and pipes as src/segment.
  const nlp = winkNLP(model, ['sbd', 'pos']);
  const its = nlp.its;
  const texts = firstTexts(corpus, limit);
  for (const text of texts.slice(0, 50)) nlp.readDoc(text).tokens().out(its.pos); // warm-up
  const t = performance.now();
  for (const text of texts) nlp.readDoc(text).tokens().out(its.pos);
  const elapsedMs = performance.now() - t;
  return { kind: 'wink', documents: texts.length, words: texts.reduce((n, x) => n + countWords(x), 0), elapsedMs, peakRssMB: peakRssMB() };
}

async function measureCompromise(corpus: string, limit: number): Promise<BaselineMeasurement> {
  const { default: nlp } = await import('compromise');
  const texts = firstTexts(corpus, limit);
  for (const text of texts.slice(0, 5)) nlp(text); // warm-up
  const t = performance.now();
  for (const text of texts) nlp(text);
  const elapsedMs = performance.now() - t;
  return { kind: 'compromise', documents: texts.length, words: texts.reduce((n, x) => n + countWords(x), 0), elapsedMs, peakRssMB: peakRssMB() };
}

export interface CpuMeasurement {
  kind: 'cpu';
  threads: number;
  /** Work done by `threads` threads at once over the work of one thread alone: the parallelism this machine gives right now. */
  scaling: number;
}

/**
 * How much parallel speed-up the machine offers at the moment: a pure arithmetic loop for a fixed
 * time on one thread, then on `threads` threads at once. Other processes on the machine show here.
 */
async function measureCpu(threads: number, ms: number): Promise<CpuMeasurement> {
  const { Worker } = await import('node:worker_threads');
  const loop = `let x = 0, n = 0; const t = performance.now(); while (performance.now() - t < ${ms}) { for (let i = 0; i < 1e5; i++) x += Math.sqrt(i ^ n); n++; }`;
  const one = new Function(`${loop} return n + (x < 0 ? 1 : 0);`) as () => number;
  const alone = one();
  const others = Array.from({ length: threads - 1 }, () => {
    const w = new Worker(`(() => { ${loop} require('node:worker_threads').parentPort.postMessage(n + (x < 0 ? 1 : 0)); })();`, { eval: true });
    return new Promise<number>((resolve) => w.once('message', (n: number) => void w.terminate().then(() => resolve(n))));
  });
  const mine = one();
  const together = mine + (await Promise.all(others)).reduce((a, b) => a + b, 0);
  return { kind: 'cpu', threads, scaling: together / alone };
}

async function run(argv: string[]): Promise<unknown> {
  const [mode, corpus, a, b, c] = argv;
  if (mode === 'cpu') return measureCpu(Number(corpus), Number(a));
  if (mode === 'ingest') return measureIngest(corpus, a, Number(b), c ?? null);
  if (mode === 'wink') return measureWink(corpus, Number(a));
  if (mode === 'compromise') return measureCompromise(corpus, Number(a));
  if (mode === 'queries') return { kind: 'queries', timings: await timeQueries(corpus, Number(a)) };
  throw new Error(`unknown measurement ${JSON.stringify(mode)}`);
}

run(process.argv.slice(2)).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (e) => {
    process.stderr.write(`${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
