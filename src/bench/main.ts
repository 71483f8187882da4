// `npm run bench`: ingest speed, scaling and memory on a benchmark corpus built from real text.
//
// For each corpus size (1,000 and 10,000 documents; 100,000 with --large) it builds the corpus
// (./corpus.ts), measures bare wink-nlp tokenize+tag on the same text, runs the full ingest into a
// fresh database with 1 worker and with one per core (snapshot off), then re-runs on the unchanged
// corpus. Every measurement runs in a child process (./child.ts) so that its peak RSS is its own.
// A benchmark, not a test: nothing in `npm test` runs it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadSources, writeBenchCorpus } from './corpus.js';
import type { BaselineMeasurement, CpuMeasurement, IngestMeasurement, QueryMeasurement } from './child.js';
import { formatQueryTimings, type QueryTiming } from './queries.js';

const HELP = `Usage: npm run bench -- [options]

Builds a benchmark corpus from corpus/open-corpus.jsonl (and ../shared/dev/bbc-politics-dev.jsonl
when present), then for each size measures bare wink-nlp tokenize+tag, the full ingest into a fresh
database with 1 worker and with one per core (snapshot off), and a re-run on the unchanged corpus:
words/s, documents/s, peak RSS, time per stage; then the wall time of each built-in query question
on the database built.

Options:
  --sizes LIST     corpus sizes in documents (default: 1000,10000)
  --large          add 100000 to the sizes
  --workers N      the "one per core" run's worker count (default: ${os.availableParallelism()} here)
  --wink-docs N    documents of each corpus timed for the wink-nlp baseline (default: 1000)
  --compromise-docs N  documents timed for compromise's full parse, once (default: 100; 0 skips it)
  --snapshot       also time a re-run that writes the snapshot
  --query-runs N   runs of each query question (median and slowest printed; default: 11; 0 skips them)
  --queries DB     only time the query questions on an existing database, and exit
  --node-options S extra Node options for the ingest runs (they already get those of the
                   "ingest" script in package.json), e.g. --node-options=--max-old-space-size=1024
  --dir DIR        working folder for corpora and databases (default: ${path.join(os.tmpdir(), 'policyfacts-bench')})
  --keep           keep the corpora and databases
  --json           machine-readable output
  --help           this text`;

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const CHILD = fileURLToPath(new URL('./child' + (import.meta.url.endsWith('.ts') ? '.ts' : '.js'), import.meta.url));

interface SizeResult {
  documents: number;
  corpus: { file: string; bytes: number; buildMs: number };
  wink: BaselineMeasurement & { wordsPerSecond: number };
  one: RunResult;
  all: RunResult;
  rerun: RunResult;
  snapshotRerun?: RunResult;
  /** Each built-in query question on the database built with one worker. */
  queries?: QueryTiming[];
  ratios: { oneToWink: number; allToWink: number; allToOne: number; oneToCompromise: number | null };
  /** A pure arithmetic loop on `workers` threads over one thread, measured just before the run with workers. */
  machineScaling: number;
}

interface RunResult extends IngestMeasurement {
  wordsPerSecond: number;
  documentsPerSecond: number;
  /** Stage shares of the summed stage time (0..1). */
  stageShares: Record<string, number>;
  loadAverage: number;
}

/**
 * Node options of the "ingest" script in package.json (other than --import, which this process
 * has already), so that the benchmark runs the ingest the way `npm run ingest` does.
 */
function ingestScriptOptions(): string[] {
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
    const words = (pkg.scripts?.ingest ?? '').split(/\s+/);
    if (words[0] !== 'node') return [];
    const options: string[] = [];
    for (let i = 1; i < words.length && words[i].startsWith('-'); i++) {
      if (words[i] === '--import' || words[i] === '--require' || words[i] === '-r') i++;
      else if (!words[i].startsWith('--import=')) options.push(words[i]);
    }
    return options;
  } catch {
    return [];
  }
}

let nodeOptions: string[] = [];

function child<T>(args: string[]): T {
  const r = spawnSync(process.execPath, [...process.execArgv, ...nodeOptions, CHILD, ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`benchmark step ${args[0]} failed (exit ${r.status}):\n${r.stderr}`);
  const line = r.stdout.trim().split('\n').pop() ?? '';
  return JSON.parse(line) as T;
}

function runIngest(corpus: string, db: string, concurrency: number, snapshot: string | null = null): RunResult {
  const loadAverage = os.loadavg()[0];
  const m = child<IngestMeasurement>(['ingest', corpus, db, String(concurrency), ...(snapshot ? [snapshot] : [])]);
  const secs = m.elapsedMs / 1000;
  const total = Object.values(m.stages).reduce((a, b) => a + b, 0) || 1;
  return {
    ...m,
    wordsPerSecond: m.words / secs,
    documentsPerSecond: (m.documents.ingested + m.documents.skipped) / secs,
    stageShares: Object.fromEntries(Object.entries(m.stages).map(([k, v]) => [k, v / total])),
    loadAverage,
  };
}

function removeDb(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
}

const int = (n: number): string => Math.round(n).toLocaleString('en-US');
const pad = (s: string, n: number): string => s.padStart(n);

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      sizes: { type: 'string', default: '1000,10000' },
      large: { type: 'boolean', default: false },
      workers: { type: 'string', default: String(os.availableParallelism()) },
      'wink-docs': { type: 'string', default: '1000' },
      'compromise-docs': { type: 'string', default: '100' },
      snapshot: { type: 'boolean', default: false },
      'query-runs': { type: 'string', default: '11' },
      queries: { type: 'string' },
      'node-options': { type: 'string', default: '' },
      dir: { type: 'string', default: path.join(os.tmpdir(), 'policyfacts-bench') },
      keep: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return 0;
  }
  const sizes = values.sizes!.split(',').map((s) => Number(s.trim()));
  if (values.large) sizes.push(100_000);
  const workers = Number(values.workers);
  const winkDocs = Number(values['wink-docs']);
  const compromiseDocs = Number(values['compromise-docs']);
  const queryRuns = Number(values['query-runs']);
  if (!Number.isInteger(queryRuns) || queryRuns < 0) {
    process.stderr.write('error: --query-runs must be an integer ≥ 0\n');
    return 2;
  }
  if (values.queries !== undefined) {
    const db = path.resolve(values.queries);
    const { timings } = child<QueryMeasurement>(['queries', db, String(Math.max(1, queryRuns))]);
    process.stdout.write(values.json ? `${JSON.stringify(timings, null, 2)}\n` : formatQueryTimings(db, timings));
    return 0;
  }
  for (const [name, n] of [['--sizes', Math.min(...sizes)], ['--workers', workers], ['--wink-docs', winkDocs]] as const) {
    if (!Number.isInteger(n) || n < 1) {
      process.stderr.write(`error: ${name} must be positive integers\n`);
      return 2;
    }
  }
  if (!Number.isInteger(compromiseDocs) || compromiseDocs < 0) {
    process.stderr.write('error: --compromise-docs must be an integer ≥ 0\n');
    return 2;
  }
  const dir = path.resolve(values.dir!);
  fs.mkdirSync(dir, { recursive: true });
  const log = (s: string): void => {
    if (!values.json) process.stdout.write(s);
  };
  const progress = (s: string): void => {
    process.stderr.write(`bench: ${s}\n`);
  };

  nodeOptions = [...ingestScriptOptions(), ...values['node-options']!.split(/\s+/).filter(Boolean)];
  const sources = loadSources(ROOT);
  const machine = { cores: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? '?', node: process.version, loadAverageAtStart: os.loadavg() };
  log(`policyfacts benchmark — ${machine.cores} cores (${machine.cpu}), Node ${machine.node}, load average ${machine.loadAverageAtStart.map((x) => x.toFixed(1)).join(' ')}\n`);
  if (nodeOptions.length) log(`node options for the runs: ${nodeOptions.join(' ')}\n`);
  log(`sources: ${sources.files.map((f) => `${path.relative(ROOT, f.path)} (${f.articles} articles)`).join(', ')}\n`);

  const results: SizeResult[] = [];
  let compromise: (BaselineMeasurement & { wordsPerSecond: number }) | null = null;
  for (const size of [...new Set(sizes)].sort((a, b) => a - b)) {
    const corpus = path.join(dir, `bench-${size}.jsonl`);
    progress(`building ${int(size)} documents`);
    const t = performance.now();
    writeBenchCorpus(sources.texts, size, corpus);
    const buildMs = performance.now() - t;
    const bytes = fs.statSync(corpus).size;

    if (!compromise && compromiseDocs > 0) {
      progress(`compromise baseline on ${compromiseDocs} documents`);
      const c = child<BaselineMeasurement>(['compromise', corpus, String(compromiseDocs)]);
      compromise = { ...c, wordsPerSecond: c.words / (c.elapsedMs / 1000) };
      log(`compromise full parse (nlp(text)) on ${c.documents} documents: ${int(compromise.wordsPerSecond)} words/s\n`);
    }

    progress(`${int(size)}: wink-nlp baseline`);
    const w = child<BaselineMeasurement>(['wink', corpus, String(Math.min(size, winkDocs))]);
    const wink = { ...w, wordsPerSecond: w.words / (w.elapsedMs / 1000) };

    const dbOne = path.join(dir, `bench-${size}-1.db`);
    const dbAll = path.join(dir, `bench-${size}-${workers}.db`);
    removeDb(dbOne);
    removeDb(dbAll);
    progress(`${int(size)}: ingest, 1 worker`);
    const one = runIngest(corpus, dbOne, 1);
    progress(`${int(size)}: the machine's parallel speed-up now`);
    const machineScaling = child<CpuMeasurement>(['cpu', String(workers), '1500']).scaling;
    progress(`${int(size)}: ingest, ${workers} workers`);
    const all = runIngest(corpus, dbAll, workers);
    progress(`${int(size)}: re-ingest, unchanged`);
    const rerun = runIngest(corpus, dbAll, workers);
    let snapshotRerun: RunResult | undefined;
    if (values.snapshot) {
      const snapDir = path.join(dir, `bench-${size}-facts`);
      fs.rmSync(snapDir, { recursive: true, force: true });
      progress(`${int(size)}: re-ingest with snapshot`);
      snapshotRerun = runIngest(corpus, dbAll, workers, snapDir);
      if (!values.keep) fs.rmSync(snapDir, { recursive: true, force: true });
    }
    let queries: QueryTiming[] | undefined;
    if (queryRuns > 0) {
      progress(`${int(size)}: query questions`);
      queries = child<QueryMeasurement>(['queries', dbOne, String(queryRuns)]).timings;
    }
    if (!values.keep) {
      removeDb(dbOne);
      removeDb(dbAll);
      fs.rmSync(corpus, { force: true });
    }
    const r: SizeResult = {
      documents: size,
      corpus: { file: corpus, bytes, buildMs },
      wink,
      one,
      all,
      rerun,
      ...(snapshotRerun ? { snapshotRerun } : {}),
      ...(queries ? { queries } : {}),
      machineScaling,
      ratios: {
        oneToWink: one.wordsPerSecond / wink.wordsPerSecond,
        allToWink: all.wordsPerSecond / wink.wordsPerSecond,
        allToOne: all.wordsPerSecond / one.wordsPerSecond,
        oneToCompromise: compromise ? one.wordsPerSecond / compromise.wordsPerSecond : null,
      },
    };
    results.push(r);
    log(formatSize(r, workers));
  }
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ machine, sources: sources.files, workers, compromise, sizes: results }, null, 2)}\n`);
  } else {
    log(formatTargets(results, workers));
  }
  return 0;
}

function formatSize(r: SizeResult, workers: number): string {
  const lines: string[] = [];
  lines.push('');
  lines.push(`${int(r.documents)} documents, ${int(r.one.words)} words`);
  lines.push(`  bare wink-nlp tokenize+tag: ${int(r.wink.wordsPerSecond)} words/s (first ${int(r.wink.documents)} documents)`);
  lines.push(`  ${'run'.padEnd(26)}${pad('time', 10)}${pad('CPU', 9)}${pad('docs/s', 9)}${pad('words/s', 10)}${pad('× wink', 8)}${pad('peak RSS', 10)}${pad('load', 6)}`);
  const row = (name: string, x: RunResult, note = ''): void => {
    const words = x.words ? int(x.wordsPerSecond) : '—';
    const ratio = x.words ? (x.wordsPerSecond / r.wink.wordsPerSecond).toFixed(2) : '—';
    lines.push(
      `  ${name.padEnd(26)}${pad(`${(x.elapsedMs / 1000).toFixed(2)} s`, 10)}${pad(`${(x.cpuMs / 1000).toFixed(1)} s`, 9)}${pad(int(x.documentsPerSecond), 9)}${pad(words, 10)}${pad(ratio, 8)}${pad(`${x.peakRssMB} MB`, 10)}${pad(x.loadAverage.toFixed(1), 6)}${note}`,
    );
  };
  row('ingest, 1 worker', r.one);
  row(`ingest, ${workers} workers`, r.all, `   ${r.ratios.allToOne.toFixed(2)}× 1 worker (the machine gave ${r.machineScaling.toFixed(2)}× on ${workers} threads)`);
  if (r.all.lanes.length > 1) {
    lines.push(`  ${' '.repeat(26)}lanes (documents, busy): ${r.all.lanes.map((l, i) => `${i ? `worker ${i}` : 'main'} ${int(l.documents)} ${(100 * l.utilization).toFixed(0)}%`).join(', ')}`);
  }
  row('re-ingest, unchanged', r.rerun, `   (process ${(r.rerun.processMs / 1000).toFixed(2)} s with start-up)`);
  if (r.rerun.documents.ingested > 0) {
    lines.push(`  warning: the re-run re-extracted ${int(r.rerun.documents.ingested)} documents: the code under src/ changed during the benchmark (new extractor version)`);
  }
  if (r.snapshotRerun) row('re-ingest + snapshot', r.snapshotRerun);
  const names = [...new Set([...Object.keys(r.one.stages), ...Object.keys(r.all.stages)])].sort((a, b) => (r.one.stages[b] ?? 0) - (r.one.stages[a] ?? 0));
  lines.push(`  time per stage, ms summed over threads (share of the stages' sum):`);
  lines.push(`    ${'stage'.padEnd(14)}${pad('1 worker', 20)}${pad(`${workers} workers`, 20)}`);
  for (const n of names) {
    const cell = (x: RunResult): string => (x.stages[n] === undefined ? '—' : `${int(x.stages[n])} (${(100 * x.stageShares[n]).toFixed(1)}%)`);
    lines.push(`    ${n.padEnd(14)}${pad(cell(r.one), 20)}${pad(cell(r.all), 20)}`);
  }
  if (r.queries) lines.push(formatQueryTimings(`the ${int(r.documents)}-document database`, r.queries).replace(/^/gm, '  ').trimEnd());
  return `${lines.join('\n')}\n`;
}

/** The slowest median among the built-in questions (`sql` runs the user's own statement: not one of them). */
function slowestQuery(timings: QueryTiming[]): number {
  return Math.max(...timings.filter((t) => t.question !== 'sql').map((t) => t.medianMs));
}

function formatTargets(results: SizeResult[], workers: number): string {
  const lines = ['', 'targets (issue 8):'];
  const mark = (ok: boolean): string => (ok ? 'met' : 'NOT met');
  for (const r of results) {
    lines.push(
      `  ${int(r.documents)} documents: 1 worker ${int(r.one.wordsPerSecond)} words/s (≥ 100,000: ${mark(r.one.wordsPerSecond >= 100_000)}), ` +
        `${r.ratios.oneToWink.toFixed(2)}× wink (≥ 0.4: ${mark(r.ratios.oneToWink >= 0.4)})` +
        `${r.ratios.oneToCompromise !== null ? `, ${r.ratios.oneToCompromise.toFixed(1)}× compromise` : ''}; ` +
        `${workers} workers ${r.ratios.allToOne.toFixed(2)}× 1 worker (≥ 1.8: ${mark(r.ratios.allToOne >= 1.8)}; the machine offered ${r.machineScaling.toFixed(2)}×); ` +
        `re-ingest ${(r.rerun.elapsedMs / 1000).toFixed(2)} s${r.documents === 10_000 ? ` (≤ 2 s at 10,000: ${mark(r.rerun.elapsedMs <= 2000)})` : ''}; ` +
        `peak RSS ${Math.max(r.one.peakRssMB, r.all.peakRssMB)} MB${r.documents >= 100_000 ? ` (≤ 500 MB: ${mark(Math.max(r.one.peakRssMB, r.all.peakRssMB) <= 500)})` : ''}` +
        (r.queries ? `; slowest query question ${slowestQuery(r.queries).toFixed(1)} ms${r.documents === 10_000 ? ` (< 50 ms at 10,000, issue 7: ${mark(slowestQuery(r.queries) < 50)})` : ''}` : ''),
    );
  }
  if (results.length > 1) {
    const per = results.map((r) => `${int(r.documents)}: ${((r.one.elapsedMs / r.documents) * 1000).toFixed(0)} µs/document`);
    lines.push(`  cost per document, 1 worker (linear growth means a flat figure): ${per.join(', ')}`);
  }
  return `${lines.join('\n')}\n`;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e) => {
    process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
    process.exitCode = 1;
  },
);
