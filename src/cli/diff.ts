// `policyfacts diff`: what the working tree's rules do to the facts, against a git ref's snapshot.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseArgs } from 'node:util';
import { ingest } from '../pipeline/ingest.js';
import { evaluateCorpus } from '../report/eval/corpus.js';
import { compareFigures, diffMarkdown, diffSnapshots, type SnapshotDiff } from '../report/diff.js';
import type { SnapshotDocument } from '../report/snapshot.js';
import { listInputs, readInputs } from '../read/index.js';
import { EXIT, UsageError, type IO } from './io.js';

export const DIFF_HELP = `Usage: npm run diff -- [options]

Re-extracts the corpus with the working tree's code and compares its facts, document by document,
with the snapshot committed at a git ref: facts added, removed and changed (field by field), with
the rule id and the sentence, and the change in each eval figure.

Options:
  --base REF          git ref whose output/facts and output/eval.json are the base (default: HEAD)
  --head DIR          compare this snapshot folder instead of re-extracting (e.g. output/facts)
  --corpus PATH       corpus to re-extract and to read sentences from (default: corpus)
  --format FMT        markdown (default) or json
  --out FILE          also write the output to FILE
  --max-details N     changes listed in full in Markdown (default: 500)
  --fail-on-change    exit 1 when any fact changed (CI: the committed snapshot is stale)

Examples:
  npm run diff
  npm run diff -- --base origin/main --format json --out /tmp/diff.json`;

export async function runDiff(argv: string[], io: IO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      base: { type: 'string', default: 'HEAD' },
      head: { type: 'string' },
      corpus: { type: 'string', default: 'corpus' },
      format: { type: 'string', default: 'markdown' },
      out: { type: 'string' },
      'max-details': { type: 'string', default: '500' },
      'fail-on-change': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${DIFF_HELP}\n`);
    return EXIT.ok;
  }
  if (!['markdown', 'json'].includes(values.format!)) throw new UsageError(`Expected \`--format\` to be markdown or json, got \`${JSON.stringify(values.format)}\``);
  const maxDetails = Number(values['max-details']);
  if (!Number.isInteger(maxDetails) || maxDetails < 0) throw new UsageError(`Expected \`--max-details\` to be a whole number, got \`${JSON.stringify(values['max-details'])}\``);

  const base = readSnapshotAtRef(values.base!, io.cwd);
  const baseEval = readFileAtRef(values.base!, 'output/eval.json', io.cwd);
  let headDir = values.head;
  let tmp: string | null = null;
  if (!headDir) {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'policyfacts-diff-'));
    headDir = path.join(tmp, 'facts');
    await ingest({ paths: [values.corpus!], db: path.join(tmp, 'head.db'), out: headDir, concurrency: os.availableParallelism(), force: false, prune: false, date: null, argv: ['diff'] });
  }
  const head = readSnapshotDir(headDir);
  const headEval = await evaluateCorpus([values.corpus!], path.join(values.corpus!, 'gold'));
  const texts = await documentTexts(values.corpus!);
  const diff: SnapshotDiff = diffSnapshots(base, head, (doc, start, end) => sentenceAround(texts.get(doc) ?? '', start, end));
  diff.figures = compareFigures(baseEval ? JSON.parse(baseEval) : null, { ...headEval, errors: undefined });
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });

  const output = values.format === 'json' ? `${JSON.stringify(diff, null, 2)}\n` : diffMarkdown(diff, { baseLabel: `\`${values.base}\``, maxDetails });
  io.stdout(output);
  if (values.out) fs.writeFileSync(values.out, output);
  const changed = diff.changes.length + diff.documents.added.length + diff.documents.removed.length;
  return values['fail-on-change'] && changed > 0 ? EXIT.inputFailed : EXIT.ok;
}

function git(args: string[], cwd: string, input?: string): Buffer {
  try {
    return execFileSync('git', args, { cwd, input, maxBuffer: 1 << 30, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e) {
    const stderr = (e as { stderr?: Buffer }).stderr?.toString().trim();
    throw new UsageError(`git ${args[0]} failed${stderr ? `: ${stderr.split('\n')[0]}` : ''}`);
  }
}

function readFileAtRef(ref: string, file: string, cwd: string): string | null {
  try {
    return execFileSync('git', ['show', `${ref}:${file}`], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString('utf8');
  } catch {
    return null;
  }
}

/** All snapshot files at a ref, read in one `git cat-file --batch` call. */
export function readSnapshotAtRef(ref: string, cwd: string): Map<string, SnapshotDocument> {
  git(['rev-parse', '--verify', `${ref}^{commit}`], cwd);
  const names = git(['ls-tree', '-r', '--name-only', ref, '--', 'output/facts'], cwd).toString('utf8').split('\n').filter((n) => n.endsWith('.json'));
  const out = new Map<string, SnapshotDocument>();
  if (!names.length) return out;
  const batch = git(['cat-file', '--batch'], cwd, names.map((n) => `${ref}:${n}`).join('\n') + '\n');
  let at = 0;
  for (let i = 0; i < names.length; i++) {
    const nl = batch.indexOf(0x0a, at);
    const header = batch.subarray(at, nl).toString('utf8');
    const size = Number(header.split(' ')[2]);
    const body = batch.subarray(nl + 1, nl + 1 + size).toString('utf8');
    at = nl + 1 + size + 1;
    const doc = JSON.parse(body) as SnapshotDocument;
    out.set(doc.document.id, doc);
  }
  return out;
}

export function readSnapshotDir(dir: string): Map<string, SnapshotDocument> {
  const out = new Map<string, SnapshotDocument>();
  if (!fs.existsSync(dir)) return out;
  for (const name of fs.readdirSync(dir).filter((n) => n.endsWith('.json')).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(dir, name), 'utf8')) as SnapshotDocument;
    out.set(doc.document.id, doc);
  }
  return out;
}

async function documentTexts(corpus: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const { files } = listInputs([corpus]);
  for await (const item of readInputs(files)) if (item.kind === 'document') out.set(item.doc.id, item.doc.text);
  return out;
}

/** The sentence (or line) around a span, cut to a readable length. */
export function sentenceAround(text: string, start: number, end: number): string {
  let s = start;
  while (s > 0 && !/[\n]/.test(text[s - 1]) && !(/[.!?]/.test(text[s - 2] ?? '') && /\s/.test(text[s - 1]))) s--;
  let e = end;
  while (e < text.length && text[e] !== '\n' && !(/[.!?]/.test(text[e - 1]) && /\s/.test(text[e] ?? ''))) e++;
  const sentence = text.slice(s, e).trim();
  return sentence.length > 300 ? `${sentence.slice(0, 297)}…` : sentence;
}
