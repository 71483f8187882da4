// `policyfacts eval`: precision, recall and F1 per kind against gold annotations.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { evaluateCorpus, type CorpusEval } from '../report/eval/corpus.js';
import { evaluateExternal, type ExternalEval, type ExternalShape } from '../report/eval/external.js';
import type { PRF } from '../report/eval/score.js';
import { EXIT, UsageError, type IO } from './io.js';

export const EVAL_HELP = `Usage: npm run eval -- [options]

Scores the extractors. Without --gold: against corpus/gold/*.json (the corpus gold), printing a
table and writing the figures to output/eval.json. With --gold: against an external gold file in
one of the shapes of ../shared/dev (timex, entities, pledge; detected from the file).

Options:
  --gold FILE.jsonl   external gold file (TimeBank TIMEX3 lists, CoNLL entities, pledge labels)
  --shape NAME        timex | entities | pledge (default: detected)
  --corpus PATH       corpus to read the gold documents from (default: corpus)
  --json              print the figures as JSON instead of a table
  --errors            also list misses, false positives and wrong values
  --write FILE        where corpus figures are written (default: output/eval.json; "-" for nowhere)
  --check FILE        fail (exit 1) when a corpus figure is below its floor in FILE
  --ratchet FILE      raise the floors in FILE to the current figures (never lowers one)

Examples:
  npm run eval
  npm run eval -- --gold ../shared/dev/timex-train.jsonl --errors`;

export async function runEval(argv: string[], io: IO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      gold: { type: 'string' },
      shape: { type: 'string' },
      corpus: { type: 'string', default: 'corpus' },
      json: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
      write: { type: 'string', default: 'output/eval.json' },
      check: { type: 'string' },
      ratchet: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    io.stdout(`${EVAL_HELP}\n`);
    return EXIT.ok;
  }
  if (values.shape && !['timex', 'entities', 'pledge'].includes(values.shape)) {
    throw new UsageError(`Expected \`--shape\` to be timex, entities or pledge, got \`${JSON.stringify(values.shape)}\``);
  }
  if (values.gold) {
    if (!fs.existsSync(values.gold)) throw new UsageError(`gold file ${values.gold} does not exist`);
    const result = await evaluateExternal(values.gold, values.shape as ExternalShape | undefined);
    if (values.json) io.stdout(`${JSON.stringify(values.errors ? result : { ...result, errors: undefined }, null, 2)}\n`);
    else io.stdout(formatExternal(values.gold, result, values.errors!));
    return EXIT.ok;
  }
  const result = await evaluateCorpus([values.corpus!], path.join(values.corpus!, 'gold'));
  const figures = { ...result, errors: undefined };
  if (values.write !== '-') {
    fs.mkdirSync(path.dirname(values.write!), { recursive: true });
    fs.writeFileSync(values.write!, `${JSON.stringify(figures, null, 2)}\n`);
  }
  if (values.json) io.stdout(`${JSON.stringify(values.errors ? result : figures, null, 2)}\n`);
  else io.stdout(formatCorpus(result, values.errors!));
  const current = ratchetedFigures(figures);
  if (values.ratchet) {
    const floors = fs.existsSync(values.ratchet) ? (JSON.parse(fs.readFileSync(values.ratchet, 'utf8')) as Record<string, number>) : {};
    const raised = Object.fromEntries(Object.keys({ ...floors, ...current }).sort().map((k) => [k, Math.max(floors[k] ?? 0, current[k] ?? 0)]));
    fs.writeFileSync(values.ratchet, `${JSON.stringify(raised, null, 2)}\n`);
    io.stdout(`floors in ${values.ratchet} raised to the current figures where higher\n`);
  }
  if (values.check) {
    const floors = JSON.parse(fs.readFileSync(values.check, 'utf8')) as Record<string, number>;
    const below = Object.entries(floors).filter(([k, floor]) => (current[k] ?? 0) < floor - 1e-9);
    for (const [k, floor] of below) io.stderr(`error: ${k} is ${pct(current[k] ?? 0).trim()}%, below its floor ${pct(floor).trim()}% in ${values.check}\n`);
    if (below.length) return EXIT.inputFailed;
    io.stdout(`all ${Object.keys(floors).length} figures at or above their floors in ${values.check}\n`);
  }
  return EXIT.ok;
}

/**
 * The figures the ratchet holds: F1 per kind (exact and overlap) and the value accuracies of
 * mentions and dates. Commitment value accuracies are reported but not held: their denominator is
 * the set of matches, which grows as recall improves, so a better extractor could fall below them.
 */
export function ratchetedFigures(figures: Omit<CorpusEval, 'errors'> | CorpusEval): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [kind, f] of Object.entries(figures.kinds)) {
    out[`${kind}.exact.f1`] = f.exact.f1;
    out[`${kind}.overlap.f1`] = f.overlap.f1;
    if (kind !== 'commitments') for (const [name, a] of Object.entries(f.values)) out[`${kind}.value.${name}`] = a.accuracy;
  }
  return out;
}

const pct = (x: number): string => (x * 100).toFixed(1).padStart(5);
const prfCells = (p: PRF): string => `${pct(p.precision)} ${pct(p.recall)} ${pct(p.f1)}`;

export function formatCorpus(r: CorpusEval, withErrors: boolean): string {
  const lines = [
    `corpus gold: ${r.documents} documents`,
    `kind            exact: P     R    F1 | overlap: P     R    F1 | values`,
  ];
  for (const [kind, f] of Object.entries(r.kinds)) {
    const values = Object.entries(f.values).map(([k, a]) => `${k} ${pct(a.accuracy).trim()}% (${a.correct}/${a.total})`).join(', ');
    lines.push(`${kind.padEnd(15)} ${prfCells(f.exact)}      | ${prfCells(f.overlap)}        | ${values}`);
  }
  if (r.kinds.commitments.spanOnly) lines.push(`(commitments: exact = same clause and actor; overlap = overlapping clause and same actor; clause overlap alone ${prfCells(r.kinds.commitments.spanOnly)})`);
  if (withErrors) {
    lines.push('', `errors (${r.errors.length}):`);
    for (const e of r.errors) lines.push(`${e.document} ${e.kind} ${e.error} ${e.start}-${e.end} ${JSON.stringify(e.text)}: ${e.detail}`);
  }
  return `${lines.join('\n')}\n`;
}

export function formatExternal(file: string, r: ExternalEval, withErrors: boolean): string {
  const lines = [`${path.basename(file)} (${r.shape})`];
  const row = (name: string, p: PRF): string => `${name.padEnd(26)} P ${pct(p.precision)}  R ${pct(p.recall)}  F1 ${pct(p.f1)}   (tp ${p.tp}, fp ${p.fp}, fn ${p.fn})`;
  if (r.shape === 'timex') {
    lines.push(`${r.documents} documents`, row('strict span', r.strict), row('relaxed span (overlap)', r.relaxed), row('value (relaxed + value)', r.value), `type accuracy on relaxed matches: ${pct(r.type.accuracy)}%`);
  } else if (r.shape === 'entities') {
    lines.push(
      `${r.documents} documents`,
      row('PER exact', r.people.exact),
      row('PER overlap', r.people.overlap),
      row('countries exact', r.countries.exact),
      row('countries overlap', r.countries.overlap),
      `country code accuracy: ${pct(r.countries.code.accuracy)}%`,
      row('ORG exact', r.organizations.exact),
      row('ORG overlap', r.organizations.overlap),
    );
  } else {
    lines.push(`${r.sentences} sentences`, row('pledge (sentence level)', r.pledge));
  }
  if (withErrors) {
    lines.push('', `errors (${r.errors.length}):`);
    for (const e of r.errors) lines.push(`${e.id} ${e.kind} ${e.error} ${JSON.stringify(e.text)}: ${e.detail}`);
  }
  return `${lines.join('\n')}\n`;
}
