// `policyfacts ingest [paths…]`: parse options, run the ingest job, report.
import os from 'node:os';
import { parseArgs } from 'node:util';
import { ingest, type IngestSummary, type Progress } from '../pipeline/ingest.js';
import { validIsoDate } from '../read/document-date.js';
import { EXIT, UsageError, type IO } from './io.js';

export const INGEST_HELP = `Usage: npm run ingest -- [paths…] [options]

Reads .txt/.md files (optional front matter) and .jsonl files (one {text, id?, date?, title?, url?}
per line) from the given files and folders (default: corpus/), extracts people, countries,
organizations, dates and commitments, and stores them in SQLite.

Options:
  --db PATH           database file (default: output/policyfacts.db)
  --out DIR           snapshot folder, one JSON file per document (default: output/facts)
  --no-snapshot       do not write the snapshot
  --concurrency N     extraction workers (default: one per core, ${os.availableParallelism()} here)
  --force             re-extract documents even when unchanged
  --prune             delete documents that are no longer in the input
  --date YYYY-MM-DD   reference date for documents that state none
  --profile           print time per stage
  --help              this text

Exit codes: 0 all input ingested; 1 some input could not be read (each problem is printed,
the rest was ingested); 2 bad options; 3 the database could not be used.

Example:
  npm run ingest -- corpus/seed-denmark-may-allow-us-troops.txt --db /tmp/one.db --no-snapshot`;

export async function runIngest(argv: string[], io: IO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      db: { type: 'string', default: 'output/policyfacts.db' },
      out: { type: 'string', default: 'output/facts' },
      'no-snapshot': { type: 'boolean', default: false },
      concurrency: { type: 'string' },
      force: { type: 'boolean', default: false },
      prune: { type: 'boolean', default: false },
      date: { type: 'string' },
      profile: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${INGEST_HELP}\n`);
    return EXIT.ok;
  }
  const concurrency = values.concurrency === undefined ? os.availableParallelism() : Number(values.concurrency);
  if (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
    throw new UsageError(`Expected \`--concurrency\` to be an integer from 1 to 64, got \`${JSON.stringify(values.concurrency)}\``);
  }
  let date: string | null = null;
  if (values.date !== undefined) {
    date = validIsoDate(values.date);
    if (!date || values.date.length !== 10) throw new UsageError(`Expected \`--date\` to be a calendar date YYYY-MM-DD, got \`${JSON.stringify(values.date)}\``);
  }
  const paths = positionals.length ? positionals : ['corpus'];

  const bar = io.stderrIsTTY ? progressBar(io) : progressLines(io);
  const summary = await ingest({
    paths,
    db: values.db!,
    out: values['no-snapshot'] ? null : values.out!,
    concurrency,
    force: values.force!,
    prune: values.prune!,
    date,
    argv,
    onDiagnostic: (d) => {
      bar.clear();
      io.stderr(`error: ${d.path}${d.line ? `:${d.line}` : ''}: ${d.message}\n`);
    },
    onProgress: bar.update,
  });
  bar.clear();
  io.stdout(formatSummary(summary, values.profile!));
  return summary.failedInputs > 0 || summary.documents.failed > 0 ? EXIT.inputFailed : EXIT.ok;
}

export function formatSummary(s: IngestSummary, profile: boolean): string {
  const secs = s.elapsedMs / 1000;
  const done = s.documents.ingested + s.documents.skipped;
  const lines = [
    `documents: ${s.documents.ingested} ingested, ${s.documents.skipped} unchanged (skipped), ${s.documents.failed + s.failedInputs} failed${s.documents.pruned ? `, ${s.documents.pruned} pruned` : ''}`,
    `facts: ${s.facts.people} people, ${s.facts.countries} country mentions, ${s.facts.organizations} organization mentions, ${s.facts.dates} dates, ${s.facts.commitments} commitments`,
    `elapsed: ${secs.toFixed(2)} s, ${(done / Math.max(secs, 1e-9)).toFixed(1)} documents/s, ${Math.round(s.words / Math.max(secs, 1e-9))} words/s (run ${s.runId})`,
  ];
  if (profile) {
    const total = Object.values(s.stages).reduce((a, b) => a + b, 0) || 1;
    lines.push('time per stage (ms, summed over documents and threads; share of the sum):');
    for (const [stage, ms] of Object.entries(s.stages).sort((a, b) => b[1] - a[1])) {
      lines.push(`  ${stage.padEnd(16)} ${ms.toFixed(1).padStart(10)} ${`${((100 * ms) / total).toFixed(1)}%`.padStart(6)}`);
    }
    if (s.lanes.length > 1) {
      const lanes = s.lanes.map((l, i) => `${i ? `worker ${i}` : 'main thread'} ${l.documents} (busy ${(100 * l.utilization).toFixed(0)}%)`);
      lines.push(`documents extracted per lane: ${lanes.join(', ')}`);
    }
  }
  return `${lines.join('\n')}\n`;
}

interface ProgressView {
  update: (p: Progress) => void;
  clear: () => void;
}

function progressBar(io: IO): ProgressView {
  let drawn = false;
  return {
    update: (p) => {
      io.stderr(`\r\x1b[K[${p.done} documents] ingested ${p.ingested}, skipped ${p.skipped}, failed ${p.failed} — ${p.current.slice(-50)}`);
      drawn = true;
    },
    clear: () => {
      if (drawn) io.stderr('\r\x1b[K');
      drawn = false;
    },
  };
}

/** For logs: a line every 500 documents, never more. */
function progressLines(io: IO): ProgressView {
  return {
    update: (p) => {
      if (p.done % 500 === 0) io.stderr(`progress: ${p.done} documents (${p.ingested} ingested, ${p.skipped} skipped, ${p.failed} failed)\n`);
    },
    clear: () => {},
  };
}
