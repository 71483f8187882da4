// Query timings for `npm run bench` (and `npm run bench -- --queries DB`): wall time of each built-in query question on a database,
// in-process, as `npm run query` runs it (open read-only, resolve names, query, format).
// Each question runs once to warm up, then --runs times; it prints the median and the slowest run.
// A benchmark, not a test: nothing in `npm test` depends on these figures.
import { performance } from 'node:perf_hooks';
import { runQuery } from '../cli/query.js';
import type { IO } from '../cli/io.js';
import { openReadonly } from '../store/queries.js';

export interface QueryTiming {
  question: string;
  args: string[];
  rows: number;
  medianMs: number;
  maxMs: number;
}

/** The questions timed: every built-in one, with arguments taken from the database itself. */
function questions(dbFile: string): string[][] {
  const db = openReadonly(dbFile);
  try {
    const one = <T>(sql: string): T => db.prepare(sql).pluck().get() as T;
    // The busiest document, the most frequent commitment actor and the most recent fact key.
    const doc = one<string>('SELECT d.doc_key FROM documents d JOIN mentions m ON m.document_id = d.id GROUP BY d.id ORDER BY count(*) DESC, d.doc_key LIMIT 1');
    const fact = one<string>('SELECT fact_key FROM commitments ORDER BY id DESC LIMIT 1');
    return [
      ['people'],
      ['people', '--country', 'US'],
      ['countries'],
      ['commitments'],
      ['commitments', '--actor', 'Denmark'],
      ['commitments', '--recipient', 'Ukraine'],
      ['commitments', '--actor', 'US', '--from', '2024-01-01', '--to', '2024-12-31'],
      ['commitments', '--polarity', 'negative'],
      ['commitments', '--modality', 'intended', '--text', 'troops'],
      ['timeline', 'Denmark'],
      ['timeline', 'NATO'],
      ['document', doc],
      ['explain', fact],
      ['search', 'security guarantee'],
      ['search', 'nuclear weapons'],
      ['sql', 'SELECT kind, count(*) AS n FROM facts GROUP BY kind'],
    ];
  } finally {
    db.close();
  }
}

export async function timeQueries(dbFile: string, runs: number): Promise<QueryTiming[]> {
  const timings: QueryTiming[] = [];
  for (const args of questions(dbFile)) {
    let out = '';
    const io: IO = {
      stdout: (s) => {
        out += s;
      },
      stderr: () => {},
      stderrIsTTY: false,
      stdoutIsTTY: false,
      cwd: process.cwd(),
    };
    const once = async (): Promise<number> => {
      out = '';
      const t = performance.now();
      const code = await runQuery([...args, '--db', dbFile, '--format', 'json'], io);
      const ms = performance.now() - t;
      if (code !== 0) throw new Error(`query ${args.join(' ')} exited with ${code}`);
      return ms;
    };
    await once();
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await once());
    ms.sort((a, b) => a - b);
    const parsed = JSON.parse(out) as unknown;
    timings.push({
      question: args[0],
      args: args.slice(1),
      rows: Array.isArray(parsed) ? parsed.length : 1,
      medianMs: ms[Math.floor(ms.length / 2)],
      maxMs: ms[ms.length - 1],
    });
  }
  return timings;
}

export function formatQueryTimings(where: string, timings: QueryTiming[]): string {
  const lines = [`query questions on ${where}, wall time in-process (median of the runs, and the slowest):`];
  lines.push(`  ${'question'.padEnd(62)} ${'rows'.padStart(5)} ${'median'.padStart(9)} ${'slowest'.padStart(9)}`);
  for (const t of timings) {
    const q = [t.question, ...t.args.map((a) => (/\s/.test(a) ? JSON.stringify(a) : a))].join(' ');
    lines.push(`  ${q.padEnd(62)} ${String(t.rows).padStart(5)} ${t.medianMs.toFixed(1).padStart(6)} ms ${t.maxMs.toFixed(1).padStart(6)} ms`);
  }
  // `sql` runs the caller's statement (here a scan of every fact): not a built-in question.
  const builtIn = timings.filter((t) => t.question !== 'sql');
  const worst = builtIn.reduce((a, b) => (b.medianMs > a.medianMs ? b : a));
  lines.push(`  slowest built-in question: ${worst.question} ${worst.args.join(' ')} ${worst.medianMs.toFixed(1)} ms (median)`);
  return lines.join('\n') + '\n';
}
